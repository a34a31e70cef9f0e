import type { AnalysisGraph } from '../../../../schema/contracts/analysis';
import { causalChain } from '../../charts/causal/chain';
import type { CausalHighlight } from '../../charts/causal/highlight';

/** The highlight for a selected node: its chain up and down, the links on it, and (for a factor) its evidence events. */
export function selectionHighlight(graph: AnalysisGraph, selected: string | null, linkSource: string | null = null): CausalHighlight {
  const node = selected ? graph.nodes.find((n) => n.id === selected) : undefined;
  if (!node) return { selected: null, chain: new Set(), edges: new Set(), evidence: new Set(), linkSource };
  const chain = causalChain(graph.edges.map((e) => ({ id: e.id, from: e.source, to: e.target })), node.id);
  const present = new Set(graph.nodes.map((n) => n.id));
  return {
    selected: node.id,
    chain: new Set([...chain.ancestors, ...chain.descendants]),
    edges: chain.edgeIds,
    evidence: new Set(node.kind === 'factor' ? node.eventIds.filter((id) => present.has(id)) : []),
    linkSource,
  };
}

/** The chronology entries to highlight in the timeline for a selection: events on its chain, its evidence, and itself if it is an event. */
export function timelineEventIds(graph: AnalysisGraph, h: CausalHighlight): string[] {
  const wanted = new Set([...h.chain, ...h.evidence, ...(h.selected ? [h.selected] : [])]);
  return graph.nodes.filter((n) => n.kind === 'event' && wanted.has(n.id)).map((n) => n.id);
}
