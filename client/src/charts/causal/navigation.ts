import type { CausalLayout } from './types';

/** A direction of keyboard movement between the nodes of a laid-out diagram. */
export type NodeDirection = 'left' | 'right' | 'up' | 'down';

/**
 * The node a keyboard user reaches from `id` by going one step in a direction: the neighbour in the same row,
 * or the node nearest horizontally in the next non-empty row above or below; null at the edges.
 */
export function neighbourNode(layout: CausalLayout, id: string, direction: NodeDirection): string | null {
  const node = layout.nodes.find((n) => n.id === id);
  if (!node) return null;
  const row = layout.rows[node.row];
  if (!row) return null;
  if (direction === 'left' || direction === 'right') {
    const i = row.nodeIds.indexOf(id) + (direction === 'left' ? -1 : 1);
    return row.nodeIds[i] ?? null;
  }
  const target = layout.rows[node.row + (direction === 'up' ? -1 : 1)];
  if (!target) return null;
  const centre = node.x + node.width / 2;
  const byId = new Map(layout.nodes.map((n) => [n.id, n]));
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const other of target.nodeIds) {
    const n = byId.get(other);
    if (!n) continue;
    const d = Math.abs(n.x + n.width / 2 - centre);
    if (d < bestDistance) {
      best = other;
      bestDistance = d;
    }
  }
  return best;
}
