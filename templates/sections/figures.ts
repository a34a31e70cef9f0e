import type { AccimapNode, FigureBlock } from '../document';
import type { ReportModel } from '../model';

/** The timeline overview: one lane per agency, uncertain dates drawn as ranges, the incident marked. */
export function timelineFigure(model: ReportModel): FigureBlock {
  const agencies = model.agencies.filter((a) => a.entryCount > 0);
  return {
    type: 'figure',
    caption: 'Timeline overview of the integrated chronology, one lane per agency. Bars show entries whose date is known only as a range.',
    alt: `Timeline of ${model.chronology.length} chronology entries across ${agencies.length} agencies${model.incidentAt !== null ? ', with the incident marked' : ''}.`,
    figure: {
      kind: 'timeline',
      lanes: agencies.map((a) => ({ id: a.id, name: a.name })),
      items: model.chronology.map((e) => ({ id: e.id, start: e.start, end: e.end, agencyId: e.agencyId, uncertain: e.uncertain, kind: e.kind })),
      marker: model.incidentAt !== null ? { at: model.incidentAt, label: 'Incident' } : null,
      axis: model.dateStyle === 'relative' ? 'relative' : 'calendar',
    },
  };
}

/** The AcciMap: factors by level, the entries they shaped and the outcome at the bottom. */
export function accimapFigure(model: ReportModel): FigureBlock {
  const linkedEvents = new Set(model.links.flatMap((l) => (l.toKind === 'event' && l.toId ? [l.toId] : [])));
  const nodes: AccimapNode[] = [
    ...model.factors.map((f) => ({ id: f.id, band: f.level, ref: f.ref, label: f.statement, tone: f.influence }) satisfies AccimapNode),
    ...model.chronology.filter((e) => linkedEvents.has(e.id))
      .map((e) => ({ id: e.id, band: 'events', ref: e.ref, label: e.description, tone: 'event' }) satisfies AccimapNode),
    { id: 'outcome', band: 'outcome', ref: 'Outcome', label: model.investigation.outcome || 'The outcome', tone: 'outcome' },
  ];
  const ids = new Set(nodes.map((n) => n.id));
  const edges = model.links
    .map((l) => ({ from: l.fromId, to: l.toKind === 'outcome' ? 'outcome' : (l.toId ?? '') }))
    .filter((e) => ids.has(e.from) && ids.has(e.to));
  return {
    type: 'figure',
    caption: 'Causal diagram (AcciMap): contributory factors by level, systemic at the top; arrows show what each factor contributed to.',
    alt: `AcciMap of ${model.factors.length} factors and ${edges.length} causal links leading to the outcome.`,
    figure: { kind: 'accimap', nodes, edges },
  };
}
