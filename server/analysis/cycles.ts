/** A directed edge between two factors: `from` contributed to `to`. */
export interface FactorEdge {
  from: string;
  to: string;
}

/**
 * The cycle that adding the link `from → to` would close, as factor ids in order starting at `from`
 * (the cycle returns from the last id to the first), or null when the link keeps the graph acyclic.
 */
export function cycleThrough(edges: readonly FactorEdge[], from: string, to: string): string[] | null {
  if (from === to) return [from];
  const next = new Map<string, string[]>();
  for (const e of edges) {
    const list = next.get(e.from);
    if (list) list.push(e.to);
    else next.set(e.from, [e.to]);
  }
  // Breadth-first from `to` along existing links: the shortest way back to `from` names the cycle.
  const parent = new Map<string, string | null>([[to, null]]);
  const queue = [to];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i]!;
    if (node === from) {
      const path: string[] = [];
      for (let at: string | null = node; at !== null; at = parent.get(at) ?? null) path.push(at);
      path.reverse();
      return [from, ...path.slice(0, -1)];
    }
    for (const n of next.get(node) ?? []) {
      if (!parent.has(n)) {
        parent.set(n, node);
        queue.push(n);
      }
    }
  }
  return null;
}
