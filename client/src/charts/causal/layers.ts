import { causalBands, type CausalBand, type CausalEdge, type CausalNode } from './types';

/**
 * The row of each node within its band: a factor that contributed to another factor of the same level sits
 * above it (longest path over the band's own edges). Nodes caught in a cycle, which the analysis forbids, stay in row 0.
 */
export function bandRows(nodes: readonly CausalNode[], edges: readonly CausalEdge[]): Map<string, number> {
  const bandOf = new Map(nodes.map((n) => [n.id, n.band]));
  const rows = new Map(nodes.map((n) => [n.id, 0]));
  const indegree = new Map(nodes.map((n) => [n.id, 0]));
  const next = new Map<string, string[]>();
  for (const e of edges) {
    if (e.from === e.to || bandOf.get(e.from) === undefined || bandOf.get(e.from) !== bandOf.get(e.to)) continue;
    next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
    indegree.set(e.to, (indegree.get(e.to) ?? 0) + 1);
  }
  const queue = nodes.filter((n) => indegree.get(n.id) === 0).map((n) => n.id);
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i]!;
    for (const to of next.get(id) ?? []) {
      rows.set(to, Math.max(rows.get(to)!, rows.get(id)! + 1));
      const left = indegree.get(to)! - 1;
      indegree.set(to, left);
      if (left === 0) queue.push(to);
    }
  }
  for (const n of nodes) if (indegree.get(n.id)! > 0) rows.set(n.id, 0);
  return rows;
}

/** A layer: the nodes of one row of one band, in input order. */
export interface Layer {
  band: CausalBand;
  ids: string[];
}

/** The layers top to bottom: each band's rows in band order; bands with no nodes contribute no layer. */
export function buildLayers(nodes: readonly CausalNode[], rows: ReadonlyMap<string, number>): Layer[] {
  const layers: Layer[] = [];
  for (const band of causalBands) {
    const inBand = nodes.filter((n) => n.band === band);
    const count = Math.max(-1, ...inBand.map((n) => rows.get(n.id) ?? 0)) + 1;
    for (let r = 0; r < count; r++) layers.push({ band, ids: inBand.filter((n) => (rows.get(n.id) ?? 0) === r).map((n) => n.id) });
  }
  return layers.filter((l) => l.ids.length > 0);
}
