import type { AnalysisGraph, GraphNode } from '../../../../schema/contracts/analysis';
import { labels } from '../../../../schema/contracts/enums';
import type { ContextTag, FactorLevel, TaxonomyCategory, TaxonomyLevel } from '../../../../schema/taxonomy';
import { displayEdtf } from '../../../../schema/edtf';
import type { CausalChartData, CausalChartNode } from '../../charts/causal/causalChart';
import type { LegendLevel } from '../../charts/causal/legend';
import { categorySlots } from '../../charts/causal/palette';

/** The taxonomy as served by GET /api/taxonomy. */
export interface AnalysisTaxonomy {
  levels: TaxonomyLevel[];
  contextTags: ContextTag[];
}

/** Looks up categories and levels of the served taxonomy by code. */
export interface TaxonomyIndex {
  taxonomy: AnalysisTaxonomy;
  category(code: string): TaxonomyCategory | undefined;
  levelLabel(level: FactorLevel): string;
  slots: Map<string, number>;
}

/** Indexes the served taxonomy for the views. */
export function indexTaxonomy(taxonomy: AnalysisTaxonomy): TaxonomyIndex {
  const categories = new Map(taxonomy.levels.flatMap((l) => l.categories.map((c) => [c.code, c] as const)));
  const levels = new Map(taxonomy.levels.map((l) => [l.code, l.label]));
  return {
    taxonomy,
    category: (code) => categories.get(code),
    levelLabel: (level) => levels.get(level) ?? level,
    slots: categorySlots(taxonomy.levels),
  };
}

const word = (value: string) => labels[value] ?? value;

/** A factor node's line of qualifiers: "Supporting · Accepted · Likely" (hindering factors leave out the first). */
export function factorDetail(node: Extract<GraphNode, { kind: 'factor' }>): string {
  return [node.influence === 'supported' ? 'Supporting' : null, word(node.reviewStatus), word(node.confidence)].filter(Boolean).join(' · ');
}

/** A factor node described in one sentence, for screen readers and the outline. */
export function describeFactor(node: Extract<GraphNode, { kind: 'factor' }>, index: TaxonomyIndex): string {
  const category = index.category(node.category)?.label ?? node.category;
  return `${index.levelLabel(node.level)} factor, ${category}: ${node.label}. ${node.influence === 'supported' ? 'Supporting' : 'Hindering'}; confidence ${word(node.confidence).toLowerCase()}; ${word(node.reviewStatus).toLowerCase()}.`;
}

function toChartNode(node: GraphNode, index: TaxonomyIndex): CausalChartNode {
  if (node.kind === 'factor') {
    return {
      id: node.id, kind: 'factor', band: node.level, heading: index.category(node.category)?.label ?? node.category,
      label: node.label, detail: factorDetail(node), description: describeFactor(node, index),
      slot: index.slots.get(node.category) ?? 0, supporting: node.influence === 'supported', reviewStatus: node.reviewStatus,
    };
  }
  if (node.kind === 'event') {
    const date = displayEdtf(node.occurred);
    return {
      id: node.id, kind: 'event', band: 'events', heading: date, label: node.label, detail: word(node.eventKind),
      description: `Chronology event, ${date}: ${node.label}. ${word(node.eventKind)}.`,
    };
  }
  return { id: node.id, kind: 'outcome', band: 'outcome', heading: 'Outcome', label: node.label, detail: '', description: `Outcome: ${node.label}` };
}

/** The analysis graph as the AcciMap draws it. */
export function toChartData(graph: AnalysisGraph, index: TaxonomyIndex): CausalChartData {
  return {
    nodes: graph.nodes.map((n) => toChartNode(n, index)),
    edges: graph.edges.map((e) => ({ id: e.id, from: e.source, to: e.target, rationale: e.rationale })),
  };
}

/** The legend: the categories used in the graph, level by level from systemic to individual, in taxonomy order. */
export function legendLevels(graph: AnalysisGraph, index: TaxonomyIndex): LegendLevel[] {
  const used = new Set(graph.nodes.flatMap((n) => (n.kind === 'factor' ? [n.category] : [])));
  return [...index.taxonomy.levels].reverse().map((level) => ({
    label: level.label,
    categories: level.categories.filter((c) => used.has(c.code)).map((c) => ({ label: c.label, slot: index.slots.get(c.code) ?? 0 })),
  }));
}
