import type { AnalysisGraph, CheckReport, Factor, FactorLink, GraphNode } from '../../../../schema/contracts/analysis';
import type { ChronologyEvent, Source } from '../../../../schema/contracts/chronology';
import { api } from '../../api';
import { indexTaxonomy, type AnalysisTaxonomy, type TaxonomyIndex } from './chartData';

/** Everything the Analysis tab shows, loaded together. */
export interface AnalysisData {
  taxonomy: TaxonomyIndex;
  graph: AnalysisGraph;
  nodes: Map<string, GraphNode>;
  factors: Map<string, Factor>;
  links: Map<string, FactorLink>;
  checks: CheckReport;
}

/** The chronology entries and sources an investigator can cite as evidence; `available` is false when they could not be loaded. */
export interface EvidenceChoices {
  available: boolean;
  events: ChronologyEvent[];
  sources: Source[];
}

/** The API path of one of an investigation's resources. */
export function analysisPath(investigationId: string, rest: string): string {
  return `/api/investigations/${encodeURIComponent(investigationId)}/${rest}`;
}

/** Loads the taxonomy (once), the graph, the factors and links behind it, and the check results. */
export async function loadAnalysis(investigationId: string, taxonomy?: TaxonomyIndex): Promise<AnalysisData> {
  const at = (rest: string) => analysisPath(investigationId, rest);
  const [tax, graph, factors, links, checks] = await Promise.all([
    taxonomy ?? api.get<AnalysisTaxonomy>('/api/taxonomy').then(indexTaxonomy),
    api.get<AnalysisGraph>(at('analysis/graph')),
    api.get<Factor[]>(at('factors')),
    api.get<FactorLink[]>(at('factor-links')),
    api.get<CheckReport>(at('analysis/checks')),
  ]);
  return {
    taxonomy: tax,
    graph,
    nodes: new Map(graph.nodes.map((n) => [n.id, n])),
    factors: new Map(factors.map((f) => [f.id, f])),
    links: new Map(links.map((l) => [l.id, l])),
    checks,
  };
}

/** Loads the entries and sources to choose evidence from; a failure leaves evidence unchangeable rather than lost. */
export async function loadEvidenceChoices(investigationId: string): Promise<EvidenceChoices> {
  try {
    const [events, sources] = await Promise.all([
      api.get<ChronologyEvent[]>(analysisPath(investigationId, 'events')),
      api.get<Source[]>(analysisPath(investigationId, 'sources')),
    ]);
    return { available: true, events, sources };
  } catch {
    return { available: false, events: [], sources: [] };
  }
}

/** A short name of any graph node, for lists and messages. */
export function nodeName(data: AnalysisData, id: string): string {
  const node = data.nodes.get(id);
  if (!node) return 'an item no longer in the analysis';
  return node.kind === 'outcome' ? `the outcome (${node.label})` : node.label;
}
