import type { CausalEdge } from './types';
import type { Layer } from './layers';
import { countCrossings, type Segment } from './crossings';

/** Where each node sits: its layer and its position across that layer, from 0 to 1. */
function positions(layers: readonly Layer[]): Map<string, { layer: number; x: number }> {
  const out = new Map<string, { layer: number; x: number }>();
  layers.forEach((l, li) => l.ids.forEach((id, i) => out.set(id, { layer: li, x: (i + 0.5) / l.ids.length })));
  return out;
}

/** The edges as segments between the nodes' positions (x across the layer, y the layer index). */
export function orderSegments(layers: readonly Layer[], edges: readonly CausalEdge[]): Segment[] {
  const pos = positions(layers);
  return edges.flatMap((e) => {
    const a = pos.get(e.from);
    const b = pos.get(e.to);
    return a && b && a.layer !== b.layer ? [{ from: e.from, to: e.to, x1: a.x, y1: a.layer, x2: b.x, y2: b.layer }] : [];
  });
}

function sweep(layers: Layer[], neighbours: Map<string, string[]>, downward: boolean): Layer[] {
  const out = layers.map((l) => ({ ...l, ids: [...l.ids] }));
  const order = downward ? out.map((_, i) => i) : out.map((_, i) => out.length - 1 - i);
  for (const li of order.slice(1)) {
    const pos = positions(out);
    const layer = out[li]!;
    const keyed = layer.ids.map((id, i) => {
      const fixed = (neighbours.get(id) ?? []).map((n) => pos.get(n)).filter((p) => p && (downward ? p.layer < li : p.layer > li));
      const bary = fixed.length > 0 ? fixed.reduce((s, p) => s + p!.x, 0) / fixed.length : (i + 0.5) / layer.ids.length;
      return { id, bary, i };
    });
    keyed.sort((a, b) => a.bary - b.bary || a.i - b.i);
    layer.ids = keyed.map((k) => k.id);
  }
  return out;
}

/**
 * Orders the nodes within each layer to reduce edge crossings: alternating barycentre sweeps down and up,
 * keeping the best order seen (ties keep the earlier order, so the result is deterministic).
 */
export function reduceCrossings(layers: readonly Layer[], edges: readonly CausalEdge[], sweeps = 8): Layer[] {
  const neighbours = new Map<string, string[]>();
  for (const e of edges) {
    neighbours.set(e.from, [...(neighbours.get(e.from) ?? []), e.to]);
    neighbours.set(e.to, [...(neighbours.get(e.to) ?? []), e.from]);
  }
  let best = layers.map((l) => ({ ...l, ids: [...l.ids] }));
  let bestCount = countCrossings(orderSegments(best, edges));
  let current = best;
  for (let s = 0; s < sweeps && bestCount > 0; s++) {
    current = sweep(current, neighbours, s % 2 === 0);
    const count = countCrossings(orderSegments(current, edges));
    if (count < bestCount) {
      best = current;
      bestCount = count;
    }
  }
  return best;
}
