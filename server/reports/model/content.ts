import { z } from 'zod';
import { CONTENT_FORMAT_VERSION } from '../../../schema/contracts/review';
import type { EventKind } from '../../../schema/contracts/enums';
import * as archived from '../../archive/rows';
import { buildAnalysisGraph } from '../../analysis/graph';
import { whyChains } from '../../analysis/whyChains';
import { MAX_WHY_CHAINS } from '../../services/analysisGraph';
import { presentFactor } from '../../services/factors';
import { presentLink } from '../../services/factorLinks';
import type { ReportRows } from './load';

/**
 * The parts of a stored investigation content (a snapshot's) that a report is built from, each row checked with the
 * archive's row shapes; lists a report does not use (event links, comments) are left out.
 */
export const ReportContentSchema = z.object({
  formatVersion: z.literal(CONTENT_FORMAT_VERSION, { message: `must be ${CONTENT_FORMAT_VERSION}, the content format this installation reads` }),
  investigation: z.strictObject(archived.investigationFields),
  agencies: z.array(archived.AgencyRow),
  people: z.array(archived.PersonRow),
  places: z.array(archived.PlaceRow),
  sources: z.array(archived.SourceRow),
  episodes: z.array(archived.EpisodeRow),
  events: z.array(archived.EventRow),
  factors: z.array(archived.FactorRow),
  factorLinks: z.array(archived.FactorLinkRow),
  findings: z.array(archived.FindingRow),
  recommendations: z.array(archived.RecommendationRow),
  responses: z.array(archived.ResponseRow),
  safetyActions: z.array(archived.SafetyActionRow),
  reviewDecisions: z.array(archived.ReviewDecisionRow),
});
export type ReportContent = z.infer<typeof ReportContentSchema>;

type Key = string | number | null;

/** Sorts like SQL `ORDER BY a, b, …` ascending: NULL first, then numbers or strings by code unit. */
function orderBy<T>(rows: readonly T[], ...keys: ((row: T) => Key)[]): T[] {
  const compare = (a: Key, b: Key) => (a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1);
  return [...rows].sort((x, y) => {
    for (const key of keys) {
      const c = compare(key(x), key(y));
      if (c !== 0) return c;
    }
    return 0;
  });
}

/**
 * The rows of a report read from stored content instead of the database, in the order loadReportRows reads them,
 * so buildModel makes the same model from a snapshot as from the live data it froze. Why-chains are worked out
 * from the content's own factors, links and entries.
 */
export function reportRowsFromContent(content: ReportContent): ReportRows {
  const investigationId = content.investigation.id;
  const scoped = <R extends object>(row: R) => ({ ...row, investigationId });
  const events = orderBy(content.events, (e) => e.sortStart, (e) => e.sequence, (e) => e.id);
  const sourceTitle = new Map(content.sources.map((s) => [s.id, s.title]));
  const factors = orderBy(content.factors, (f) => f.createdAt, (f) => f.id);
  const links = orderBy(content.factorLinks, (l) => l.createdAt, (l) => l.id);
  const recommendations = orderBy(content.recommendations, (r) => r.position, (r) => r.createdAt, (r) => r.id);
  const eventRows = events.map(({ people: _people, sourceIds: _sources, ...e }) => scoped(e));
  const factorRows = factors.map(({ evidence: _evidence, ...f }) => scoped(f));
  const linkRows = links.map(scoped);

  const graph = buildAnalysisGraph({
    factors: factors.map((f, i) => presentFactor(factorRows[i]!, {
      eventIds: f.evidence.flatMap((e) => (e.eventId ? [e.eventId] : [])), sourceIds: f.evidence.flatMap((e) => (e.sourceId ? [e.sourceId] : [])),
    })),
    links: linkRows.map(presentLink),
    events: events.map((e) => ({
      id: e.id, occurred: e.occurred, start: e.sortStart, kind: e.kind as EventKind, agencyId: e.agencyId, description: e.description,
      knownAtTime: e.knownAtTime, sourceCount: e.sourceIds.length,
    })),
    outcome: content.investigation.outcome || 'Outcome',
  });

  return {
    investigation: content.investigation,
    agencies: orderBy(content.agencies, (a) => a.name).map(scoped),
    people: orderBy(content.people, (p) => p.kind, (p) => p.pseudonym).map(scoped),
    events: eventRows,
    eventPeople: orderBy(events.flatMap((e) => e.people.map((p) => ({ eventId: e.id, personId: p.personId, role: p.role }))), (p) => p.eventId, (p) => p.personId),
    eventSources: orderBy(
      events.flatMap((e) => e.sourceIds.flatMap((sourceId) => {
        const title = sourceTitle.get(sourceId);
        return title === undefined ? [] : [{ eventId: e.id, sourceId, title }];
      })),
      (s) => s.title, (s) => s.sourceId,
    ).map(({ eventId, title }) => ({ eventId, title })),
    episodes: orderBy(content.episodes, (e) => e.position, (e) => e.createdAt, (e) => e.id).map(scoped),
    factors: factorRows,
    evidence: factors.flatMap((f) => f.evidence.map((e) => ({
      factorId: f.id, eventId: e.eventId, sourceTitle: e.sourceId ? sourceTitle.get(e.sourceId) ?? null : null,
    }))),
    links: linkRows,
    whyChains: whyChains(graph.nodes, graph.edges, MAX_WHY_CHAINS).chains,
    findings: orderBy(content.findings, (f) => f.position, (f) => f.createdAt, (f) => f.id).map(({ factorIds: _factors, ...f }) => scoped(f)),
    findingFactors: content.findings.flatMap((f) => f.factorIds.map((factorId) => ({ findingId: f.id, factorId }))),
    recommendations: recommendations.map(({ findingIds: _findings, ...r }) => scoped(r)),
    recommendationFindings: recommendations.flatMap((r) => r.findingIds.map((findingId) => ({ recommendationId: r.id, findingId }))),
    responses: orderBy(content.responses, (r) => r.receivedOn, (r) => r.createdAt, (r) => r.id),
    safetyActions: orderBy(content.safetyActions, (a) => a.takenOn, (a) => a.id).map(scoped),
    decisions: orderBy(content.reviewDecisions.filter((d) => d.status === 'disputed' || d.status === 'rejected'), (d) => d.createdAt, (d) => d.id).map(scoped),
  };
}
