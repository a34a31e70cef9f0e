import { OUTCOME_NODE_ID, type GraphEdge, type GraphNode, type WhyChain } from '../../schema/contracts/analysis';

/** Why-chains with a flag saying whether more existed than the limit allowed. */
export interface WhyChains {
  chains: WhyChain[];
  truncated: boolean;
}

/**
 * Paths from the outcome and each key event (an event some factor contributed to) down through the
 * factors that explain them to the deepest factors, ones nothing else explains. Rejected factors are
 * left out. Roots come outcome first, then events in time order; at each step the contributing
 * factors are taken in order of statement. A layered graph can hold very many paths, so at most
 * `limit` chains are listed.
 */
export function whyChains(nodes: readonly GraphNode[], edges: readonly GraphEdge[], limit = 1000): WhyChains {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const counts = (id: string) => {
    const n = byId.get(id);
    return !!n && (n.kind !== 'factor' || n.reviewStatus !== 'rejected');
  };
  const causes = new Map<string, string[]>();
  for (const e of edges) {
    if (!counts(e.source) || !counts(e.target) || byId.get(e.source)?.kind !== 'factor') continue;
    const list = causes.get(e.target);
    if (list) list.push(e.source);
    else causes.set(e.target, [e.source]);
  }
  const label = (id: string) => byId.get(id)?.label ?? '';
  for (const list of causes.values()) list.sort((a, b) => label(a).localeCompare(label(b)) || a.localeCompare(b));

  const eventRoots = nodes.filter((n) => n.kind === 'event' && causes.has(n.id))
    .sort((a, b) => (a.kind === 'event' && b.kind === 'event' ? a.start - b.start : 0) || a.id.localeCompare(b.id));
  const roots = [...(causes.has(OUTCOME_NODE_ID) ? [OUTCOME_NODE_ID] : []), ...eventRoots.map((n) => n.id)];

  const chains: WhyChain[] = [];
  let truncated = false;
  const path: string[] = [];
  const onPath = new Set<string>();
  const walk = (id: string): void => {
    if (truncated) return;
    path.push(id);
    onPath.add(id);
    const next = (causes.get(id) ?? []).filter((c) => !onPath.has(c));
    const node = byId.get(id);
    if (next.length === 0 && node?.kind === 'factor') {
      if (chains.length < limit) {
        chains.push({ rootId: path[0]!, nodeIds: [...path], deepestFactorId: id, deepestLevel: node.level });
      } else truncated = true;
    }
    for (const c of next) walk(c);
    path.pop();
    onPath.delete(id);
  };
  for (const r of roots) walk(r);
  return { chains, truncated };
}
