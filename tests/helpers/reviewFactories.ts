import { randomUUID } from 'node:crypto';
import type { Db } from '../../server/db/open';
import * as t from '../../schema/tables';
import { actorOf } from '../../server/services/actor';
import { createPerson } from '../../server/services/people';
import { agencyService } from '../../server/services/agencies';
import type { Express } from 'express';
import { FIXED_NOW, buildInvestigationWithRoles } from './app';

const at = FIXED_NOW.toISOString();
const stamps = { createdAt: at, updatedAt: at };

/** Inserts a source. */
export function buildSource(db: Db, investigationId: string, o: { title?: string; agencyId?: string | null } = {}) {
  return db.insert(t.sources).values({
    id: randomUUID(), investigationId, title: o.title ?? 'Case record extract', kind: 'case_record', agencyId: o.agencyId ?? null, ...stamps,
  }).returning().get();
}

/** Inserts a key practice episode. */
export function buildEpisode(db: Db, investigationId: string, o: { title?: string } = {}) {
  return db.insert(t.episodes).values({ id: randomUUID(), investigationId, title: o.title ?? 'Referral and assessment', ...stamps }).returning().get();
}

/** Inserts a chronology entry on a day, with its people and sources. */
export function buildEvent(db: Db, investigationId: string, o: {
  description?: string; day?: string; agencyId?: string | null; episodeId?: string | null;
  people?: { personId: string; role: string }[]; sourceIds?: string[];
} = {}) {
  const day = o.day ?? '2023-03-14';
  const row = db.insert(t.events).values({
    id: randomUUID(), investigationId, occurred: day, sortStart: Date.parse(day), sortEnd: Date.parse(day) + 86_399_999,
    precision: 'day', kind: 'event', agencyId: o.agencyId ?? null, description: o.description ?? 'Home visit took place',
    episodeId: o.episodeId ?? null, ...stamps,
  }).returning().get();
  for (const p of o.people ?? []) db.insert(t.eventPeople).values({ eventId: row.id, ...p }).run();
  for (const sourceId of o.sourceIds ?? []) db.insert(t.eventSources).values({ eventId: row.id, sourceId }).run();
  return row;
}

/** Inserts a link between two entries (stored once, a < b). */
export function buildEventLink(db: Db, investigationId: string, a: string, b: string) {
  const [eventAId, eventBId] = a < b ? [a, b] : [b, a];
  return db.insert(t.eventLinks).values({ id: randomUUID(), investigationId, eventAId, eventBId, kind: 'conflicts_with', ...stamps }).returning().get();
}

/** Inserts a factor with its evidence. */
export function buildFactor(db: Db, investigationId: string, o: {
  statement?: string; description?: string; level?: string; category?: string; eventIds?: string[]; sourceIds?: string[];
} = {}) {
  const row = db.insert(t.factors).values({
    id: randomUUID(), investigationId, level: o.level ?? 'organisational', category: o.category ?? 'workload',
    statement: o.statement ?? 'Caseloads were above the agency limit', description: o.description ?? '', contextTags: [], ...stamps,
  }).returning().get();
  for (const eventId of o.eventIds ?? []) db.insert(t.factorEvidence).values({ id: randomUUID(), factorId: row.id, eventId }).run();
  for (const sourceId of o.sourceIds ?? []) db.insert(t.factorEvidence).values({ id: randomUUID(), factorId: row.id, sourceId }).run();
  return row;
}

/** Inserts a causal link from a factor to another factor, or to the outcome. */
export function buildFactorLink(db: Db, investigationId: string, fromFactorId: string, toFactorId: string | null = null) {
  return db.insert(t.factorLinks).values({
    id: randomUUID(), investigationId, fromFactorId, toKind: toFactorId ? 'factor' : 'outcome', toFactorId, rationale: 'Made it more likely', ...stamps,
  }).returning().get();
}

/** Inserts a finding resting on factors. */
export function buildFinding(db: Db, investigationId: string, o: { statement?: string; factorIds?: string[] } = {}) {
  const row = db.insert(t.findings).values({
    id: randomUUID(), investigationId, type: 'contributing_factor', statement: o.statement ?? 'Referral thresholds were applied inconsistently',
    boardQuestions: [], ...stamps,
  }).returning().get();
  for (const factorId of o.factorIds ?? []) db.insert(t.findingFactors).values({ findingId: row.id, factorId }).run();
  return row;
}

/** Inserts a recommendation addressing findings, with one response. */
export function buildRecommendation(db: Db, investigationId: string, o: { text?: string; findingIds?: string[] } = {}) {
  const row = db.insert(t.recommendations).values({
    id: randomUUID(), investigationId, addresseeName: "Children's Social Care", text: o.text ?? 'Review the caseload limits', ...stamps,
  }).returning().get();
  for (const findingId of o.findingIds ?? []) db.insert(t.recommendationFindings).values({ recommendationId: row.id, findingId }).run();
  db.insert(t.recommendationResponses).values({
    id: randomUUID(), recommendationId: row.id, receivedOn: '2026-02-01', organisation: "Children's Social Care", text: 'Accepted',
    assessment: 'adequate', ...stamps,
  }).run();
  return row;
}

/** The name registered for the fixture child; it must never reach a panel member or observer. */
export const CHILD_REAL_NAME = 'Zoë Quartermaine';
export const CHILD_PSEUDONYM = 'Child Q';

/**
 * A small but complete investigation: an agency, a registered child whose real name appears in an
 * event and a factor, a source, an episode, two linked events, two factors (one linked to the other,
 * with evidence), a finding, a recommendation with a response, and a safety action.
 */
export async function buildReviewFixture(db: Db, investigationId: string, userId: string) {
  const actor = actorOf(userId, FIXED_NOW);
  const agency = agencyService.create(db, actor, investigationId, { name: 'Northshire Police', kind: 'police' });
  const child = createPerson(db, actor, investigationId, {
    kind: 'child', realName: CHILD_REAL_NAME, aliases: ['Zo'], dateOfBirth: '2019-06-02', identifiers: [], relationship: '',
    agencyId: null, jobTitle: '', pseudonym: CHILD_PSEUDONYM, roleCode: null,
  });
  const source = buildSource(db, investigationId, { agencyId: agency.id });
  const episode = buildEpisode(db, investigationId);
  const visit = buildEvent(db, investigationId, {
    description: `Officer visited; ${CHILD_REAL_NAME} was seen at home`, agencyId: agency.id, episodeId: episode.id,
    people: [{ personId: child.id, role: 'subject' }], sourceIds: [source.id],
  });
  const missed = buildEvent(db, investigationId, { description: 'Planned visit did not take place', day: '2023-04-02' });
  const link = buildEventLink(db, investigationId, visit.id, missed.id);
  const workload = buildFactor(db, investigationId, { eventIds: [missed.id], sourceIds: [source.id] });
  const individual = buildFactor(db, investigationId, {
    level: 'individual', category: 'perception', statement: 'The visit plan was not revisited',
    description: `${CHILD_REAL_NAME}'s school raised no concern at the time`,
  });
  const factorLink = buildFactorLink(db, investigationId, workload.id, individual.id);
  const finding = buildFinding(db, investigationId, { factorIds: [workload.id, individual.id] });
  const recommendation = buildRecommendation(db, investigationId, { findingIds: [finding.id] });
  const action = db.insert(t.safetyActions).values({
    id: randomUUID(), investigationId, agencyId: agency.id, takenOn: '2025-01-01', description: 'Caseload cap introduced', ...stamps,
  }).returning().get();
  return { agency, child, source, episode, visit, missed, link, workload, individual, factorLink, finding, recommendation, action };
}

/** An investigation with a logged-in client per role and the review fixture in it. */
export async function buildReviewWorld(app: Express, db: Db) {
  const { investigationId, clients } = await buildInvestigationWithRoles(app, db);
  const fx = await buildReviewFixture(db, investigationId, clients.lead.userId);
  const base = `/api/investigations/${investigationId}`;
  return { investigationId, clients, fx, base };
}
