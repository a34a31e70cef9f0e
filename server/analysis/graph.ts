import { OUTCOME_NODE_ID, type Factor, type FactorLink, type GraphEdge, type GraphNode } from '../../schema/contracts/analysis';
import type { SnapshotEvent } from './snapshot';

/** What the graph is assembled from. */
export interface GraphInput {
  factors: readonly Factor[];
  links: readonly FactorLink[];
  events: readonly SnapshotEvent[];
  outcome: string;
}

/** The node a link points at. */
export function linkTargetId(link: FactorLink): string {
  if (link.toKind === 'outcome') return OUTCOME_NODE_ID;
  return (link.toKind === 'factor' ? link.toFactorId : link.toEventId) ?? '';
}

/**
 * Assembles the causal graph ready to draw: every factor, the events that are link targets or evidence
 * (in chronological order), the outcome node, and one edge per causal link.
 */
export function buildAnalysisGraph(input: GraphInput): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const used = new Set<string>();
  for (const f of input.factors) for (const id of f.eventIds) used.add(id);
  for (const l of input.links) if (l.toKind === 'event' && l.toEventId) used.add(l.toEventId);
  const events = input.events.filter((e) => used.has(e.id))
    .sort((a, b) => a.start - b.start || a.id.localeCompare(b.id));
  const nodes: GraphNode[] = [
    ...input.factors.map((f): GraphNode => ({
      kind: 'factor', id: f.id, label: f.statement, level: f.level, category: f.category, influence: f.influence,
      confidence: f.confidence, reviewStatus: f.reviewStatus, contextTags: f.contextTags, eventIds: f.eventIds, sourceIds: f.sourceIds,
    })),
    ...events.map((e): GraphNode => ({
      kind: 'event', id: e.id, label: e.description, occurred: e.occurred, start: e.start, eventKind: e.kind, agencyId: e.agencyId,
    })),
    { kind: 'outcome', id: OUTCOME_NODE_ID, label: input.outcome },
  ];
  const known = new Set(nodes.map((n) => n.id));
  const edges = input.links
    .map((l) => ({ id: l.id, source: l.fromFactorId, target: linkTargetId(l), rationale: l.rationale }))
    .filter((e) => known.has(e.source) && known.has(e.target));
  return { nodes, edges };
}
