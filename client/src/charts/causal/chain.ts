/** A causal edge as the chain walk sees it: `from` contributed to `to`. */
export interface ChainEdge {
  id: string;
  from: string;
  to: string;
}

/** The chain through a node: what led to it (ancestors), what it led to (descendants), and the edges on those paths. */
export interface CausalChain {
  ancestors: Set<string>;
  descendants: Set<string>;
  edgeIds: Set<string>;
}

function reach(start: string, next: ReadonlyMap<string, ChainEdge[]>, step: (e: ChainEdge) => string, edgeIds: Set<string>): Set<string> {
  const seen = new Set<string>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    for (const e of next.get(queue[i]!) ?? []) {
      edgeIds.add(e.id);
      const n = step(e);
      if (n !== start && !seen.has(n)) {
        seen.add(n);
        queue.push(n);
      }
    }
  }
  return seen;
}

function push(map: Map<string, ChainEdge[]>, key: string, edge: ChainEdge): void {
  const list = map.get(key);
  if (list) list.push(edge);
  else map.set(key, [edge]);
}

/**
 * The chain up and down from one node: every node that contributed to it (directly or through others),
 * every node it contributed to, and the edges on those paths (edges that merely touch the chain are left out).
 */
export function causalChain(edges: readonly ChainEdge[], id: string): CausalChain {
  const out = new Map<string, ChainEdge[]>();
  const into = new Map<string, ChainEdge[]>();
  for (const e of edges) {
    if (e.from === e.to) continue;
    push(out, e.from, e);
    push(into, e.to, e);
  }
  const edgeIds = new Set<string>();
  const ancestors = reach(id, into, (e) => e.from, edgeIds);
  const descendants = reach(id, out, (e) => e.to, edgeIds);
  return { ancestors, descendants, edgeIds };
}
