import { asc, eq } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Conn } from '../db/open';
import * as t from '../../schema/tables';
import { CONTENT_FORMAT_VERSION, type InvestigationContent } from '../../schema/contracts/review';
import { sortKeys } from '../review/canonicalJson';
import { getInvestigation } from './investigations';

type Row = Record<string, unknown> & { id: string };
type ScopedTable = SQLiteTable & { id: SQLiteColumn; investigationId: SQLiteColumn };

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const compare = (a: string | null, b: string | null) => ((a ?? '') < (b ?? '') ? -1 : (a ?? '') > (b ?? '') ? 1 : 0);

/** A row without its investigationId (implied by the content it sits in). */
function plain<R extends Row>(row: R): Omit<R, 'investigationId'> {
  const { investigationId: _omit, ...rest } = row as R & { investigationId?: unknown };
  return rest;
}

/** Groups join rows by a key, each group sorted by the given comparator. */
function groupBy<J>(rows: readonly J[], key: (r: J) => string, order: (a: J, b: J) => number): Map<string, J[]> {
  const out = new Map<string, J[]>();
  for (const r of rows) {
    const list = out.get(key(r)) ?? [];
    list.push(r);
    out.set(key(r), list);
  }
  for (const list of out.values()) list.sort(order);
  return out;
}

/**
 * The whole content of one investigation as one plain, deterministic JSON object: the investigation,
 * its registry, sources, episodes, events (with their people and sources), event links, factors
 * (with their evidence), factor links, findings (with factor ids), recommendations (with finding ids),
 * responses, safety actions, comments and review decisions. Every list is sorted by id and every
 * object's keys are sorted, so the same data always gives the same JSON text.
 */
export function readInvestigationContent(db: Conn, investigationId: string): InvestigationContent {
  const scoped = (table: ScopedTable): Row[] =>
    db.select().from(table).where(eq(table.investigationId, investigationId)).orderBy(asc(table.id)).all() as Row[];
  const inInvestigation = eq(t.events.investigationId, investigationId);

  const events = scoped(t.events);
  const eventPeople = db.select({ j: t.eventPeople }).from(t.eventPeople).innerJoin(t.events, eq(t.events.id, t.eventPeople.eventId))
    .where(inInvestigation).all().map((r) => r.j);
  const eventSources = db.select({ j: t.eventSources }).from(t.eventSources).innerJoin(t.events, eq(t.events.id, t.eventSources.eventId))
    .where(inInvestigation).all().map((r) => r.j);
  const peopleOf = groupBy(eventPeople, (r) => r.eventId, (a, b) => compare(a.personId, b.personId) || compare(a.role, b.role));
  const sourcesOf = groupBy(eventSources, (r) => r.eventId, (a, b) => compare(a.sourceId, b.sourceId));

  const evidence = db.select({ j: t.factorEvidence }).from(t.factorEvidence).innerJoin(t.factors, eq(t.factors.id, t.factorEvidence.factorId))
    .where(eq(t.factors.investigationId, investigationId)).all().map((r) => r.j);
  const evidenceOf = groupBy(evidence, (r) => r.factorId, (a, b) => compare(a.eventId, b.eventId) || compare(a.sourceId, b.sourceId));

  const findingFactors = db.select({ j: t.findingFactors }).from(t.findingFactors).innerJoin(t.findings, eq(t.findings.id, t.findingFactors.findingId))
    .where(eq(t.findings.investigationId, investigationId)).all().map((r) => r.j);
  const factorsOf = groupBy(findingFactors, (r) => r.findingId, (a, b) => compare(a.factorId, b.factorId));

  const inRecommendations = eq(t.recommendations.investigationId, investigationId);
  const recFindings = db.select({ j: t.recommendationFindings }).from(t.recommendationFindings)
    .innerJoin(t.recommendations, eq(t.recommendations.id, t.recommendationFindings.recommendationId)).where(inRecommendations).all().map((r) => r.j);
  const findingsOf = groupBy(recFindings, (r) => r.recommendationId, (a, b) => compare(a.findingId, b.findingId));
  const responses = db.select({ j: t.recommendationResponses }).from(t.recommendationResponses)
    .innerJoin(t.recommendations, eq(t.recommendations.id, t.recommendationResponses.recommendationId)).where(inRecommendations).all()
    .map((r) => r.j as Row);

  return sortKeys({
    formatVersion: CONTENT_FORMAT_VERSION,
    investigation: getInvestigation(db, investigationId) as unknown as Row,
    agencies: scoped(t.agencies).map(plain),
    people: scoped(t.people).map(plain),
    places: scoped(t.places).map(plain),
    sources: scoped(t.sources).map(plain),
    episodes: scoped(t.episodes).map(plain),
    events: events.map((e) => ({
      ...plain(e),
      people: (peopleOf.get(e.id) ?? []).map((p) => ({ personId: p.personId, role: p.role })),
      sourceIds: (sourcesOf.get(e.id) ?? []).map((s) => s.sourceId),
    })),
    eventLinks: scoped(t.eventLinks).map(plain),
    factors: scoped(t.factors).map((f) => ({
      ...plain(f),
      evidence: (evidenceOf.get(f.id) ?? []).map((e) => ({ eventId: e.eventId, sourceId: e.sourceId })),
    })),
    factorLinks: scoped(t.factorLinks).map(plain),
    findings: scoped(t.findings).map((f) => ({ ...plain(f), factorIds: (factorsOf.get(f.id) ?? []).map((x) => x.factorId) })),
    recommendations: scoped(t.recommendations).map((r) => ({ ...plain(r), findingIds: (findingsOf.get(r.id) ?? []).map((x) => x.findingId) })),
    responses: responses.sort(byId),
    safetyActions: scoped(t.safetyActions).map(plain),
    comments: scoped(t.comments).map(plain),
    reviewDecisions: scoped(t.reviewDecisions).map(plain),
  });
}
