import { randomUUID } from 'node:crypto';
import { and, asc, count, eq, inArray, max, sql } from 'drizzle-orm';
import type { Conn, Db } from '../db/open';
import {
  agencies, findings, investigations, recommendationCounters, recommendationFindings, recommendationResponses, recommendations,
} from '../../schema/tables';
import type {
  Recommendation, RecommendationCreateInput, RecommendationIssueInput, RecommendationStatusChangeInput, RecommendationUpdateInput,
} from '../../schema/contracts/findings';
import { unprocessable } from '../http/errors';
import { namesRegisteredPerson } from '../findings/addressee';
import { dateOf, responseDueDate, yearOf } from '../findings/dates';
import { formatIdentifier, parseIdentifier } from '../findings/identifiers';
import { isOverdue } from '../findings/overdue';
import { transitionProblem } from '../findings/status';
import { recordAudit } from './audit';
import type { Actor } from './actor';
import { assertAgencyIn } from './agencies';
import { findMembership } from './investigations';
import { listPeopleRows } from './people';
import { assertVersion, definedOnly, loadScoped, updateVersioned } from './versioned';

/** A stored recommendation row. */
export type RecommendationRow = typeof recommendations.$inferSelect;

/** The investigation a recommendation belongs to, for routes under /api/recommendations/:recId. */
export function investigationOfRecommendation(db: Conn, recId: string | undefined): string | undefined {
  if (!recId) return undefined;
  return db.select({ id: recommendations.investigationId }).from(recommendations).where(eq(recommendations.id, recId)).get()?.id;
}

/** What presenting recommendations needs besides their rows: findings, response counts, agency names, today. */
export interface RecommendationContext {
  findingIds: Map<string, string[]>;
  responses: Map<string, { count: number; last: string | null }>;
  agencyNames: Map<string, string>;
  today: string;
}

/** Loads the findings, response counts and agency names of the given recommendations. */
export function loadContext(db: Conn, rows: readonly RecommendationRow[], today: string): RecommendationContext {
  const ids = rows.map((r) => r.id);
  const agencyIds = [...new Set(rows.flatMap((r) => (r.addresseeAgencyId ? [r.addresseeAgencyId] : [])))];
  const ctx: RecommendationContext = { findingIds: new Map(), responses: new Map(), agencyNames: new Map(), today };
  if (ids.length === 0) return ctx;
  for (const chunk of chunks(ids)) {
    for (const l of db.select().from(recommendationFindings).where(inArray(recommendationFindings.recommendationId, chunk))
      .orderBy(asc(recommendationFindings.findingId)).all()) {
      (ctx.findingIds.get(l.recommendationId) ?? ctx.findingIds.set(l.recommendationId, []).get(l.recommendationId)!).push(l.findingId);
    }
    for (const r of db.select({ id: recommendationResponses.recommendationId, n: count(), last: max(recommendationResponses.receivedOn) })
      .from(recommendationResponses).where(inArray(recommendationResponses.recommendationId, chunk))
      .groupBy(recommendationResponses.recommendationId).all()) {
      ctx.responses.set(r.id, { count: r.n, last: r.last });
    }
  }
  for (const chunk of chunks(agencyIds)) {
    for (const a of db.select({ id: agencies.id, name: agencies.name }).from(agencies).where(inArray(agencies.id, chunk)).all()) {
      ctx.agencyNames.set(a.id, a.name);
    }
  }
  return ctx;
}

function chunks<T>(items: readonly T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** A recommendation as the API returns it; the addressee shows an agency's current name. */
export function presentRecommendation(row: RecommendationRow, ctx: RecommendationContext): Recommendation {
  const responseCount = ctx.responses.get(row.id)?.count ?? 0;
  return {
    id: row.id, investigationId: row.investigationId, identifier: row.identifier, findingIds: ctx.findingIds.get(row.id) ?? [],
    addresseeAgencyId: row.addresseeAgencyId,
    addresseeName: (row.addresseeAgencyId && ctx.agencyNames.get(row.addresseeAgencyId)) || row.addresseeName,
    text: row.text, intendedOutcome: row.intendedOutcome, measure: row.measure,
    status: row.status as Recommendation['status'], assessment: row.assessment as Recommendation['assessment'],
    issuedAt: row.issuedAt, responseDueAt: row.responseDueAt, statusReason: row.statusReason, supersededById: row.supersededById,
    position: row.position, responseCount, overdue: isOverdue({ ...row, responseCount }, ctx.today),
    createdAt: row.createdAt, updatedAt: row.updatedAt, version: row.version,
  };
}

/** Every recommendation of an investigation (drafts included), in report order. */
export function listRecommendations(db: Conn, investigationId: string, now: Date): Recommendation[] {
  const rows = db.select().from(recommendations).where(eq(recommendations.investigationId, investigationId))
    .orderBy(asc(recommendations.position), asc(recommendations.createdAt), asc(recommendations.id)).all();
  const ctx = loadContext(db, rows, dateOf(now));
  return rows.map((r) => presentRecommendation(r, ctx));
}

function present(db: Conn, row: RecommendationRow, at: string): Recommendation {
  return presentRecommendation(row, loadContext(db, [row], at.slice(0, 10)));
}

const PERSON_ADDRESSEE = 'addresseeName: a recommendation is addressed to an organisation, never to a person; this name matches an entry in the identity registry';

/** Resolves the addressee to an agency of the investigation or another organisation's name, refusing a registered person. */
function resolveAddressee(db: Conn, investigationId: string, agencyId: string | null | undefined, name: string | null | undefined) {
  if (agencyId) {
    assertAgencyIn(db, investigationId, agencyId, 'addresseeAgencyId');
    const agency = db.select({ name: agencies.name }).from(agencies).where(eq(agencies.id, agencyId)).get()!;
    if (name && name.toLowerCase() !== agency.name.toLowerCase()) {
      throw unprocessable('addresseeName: give either an agency of this investigation (addresseeAgencyId) or another organisation (addresseeName), not both');
    }
    return { addresseeAgencyId: agencyId, addresseeName: agency.name };
  }
  if (!name) throw unprocessable('addresseeAgencyId: name the addressee: an agency of this investigation or another organisation');
  assertNotPerson(db, investigationId, name);
  return { addresseeAgencyId: null, addresseeName: name };
}

function assertNotPerson(db: Conn, investigationId: string, name: string): void {
  if (namesRegisteredPerson(name, listPeopleRows(db, investigationId))) throw unprocessable(PERSON_ADDRESSEE);
}

function checkFindings(db: Conn, investigationId: string, findingIds: readonly string[]): string[] {
  const unique = [...new Set(findingIds)];
  if (unique.length === 0) return unique;
  const found = new Set(db.select({ id: findings.id }).from(findings)
    .where(and(eq(findings.investigationId, investigationId), inArray(findings.id, unique))).all().map((r) => r.id));
  const missing = findingIds.findIndex((f) => !found.has(f));
  if (missing >= 0) throw unprocessable(`findingIds[${missing}]: no such finding in this investigation`);
  return unique;
}

function setFindings(tx: Conn, recommendationId: string, findingIds: readonly string[]): void {
  tx.delete(recommendationFindings).where(eq(recommendationFindings.recommendationId, recommendationId)).run();
  if (findingIds.length > 0) tx.insert(recommendationFindings).values(findingIds.map((findingId) => ({ recommendationId, findingId }))).run();
}

/** Drafts a recommendation; it has no identifier until it is issued. */
export function createRecommendation(db: Db, actor: Actor, investigationId: string, input: RecommendationCreateInput): Recommendation {
  return db.transaction((tx) => {
    const addressee = resolveAddressee(tx, investigationId, input.addresseeAgencyId, input.addresseeName);
    const findingIds = checkFindings(tx, investigationId, input.findingIds);
    const position = input.position ?? tx.select({ n: count() }).from(recommendations).where(eq(recommendations.investigationId, investigationId)).get()!.n;
    const row = tx.insert(recommendations).values({
      id: randomUUID(), investigationId, ...addressee, text: input.text, intendedOutcome: input.intendedOutcome, measure: input.measure,
      position, status: 'draft', assessment: 'awaiting_response', createdAt: actor.at, updatedAt: actor.at,
    }).returning().get();
    setFindings(tx, row.id, findingIds);
    const after = present(tx, row, actor.at);
    recordAudit(tx, actor, { investigationId, entity: 'recommendation', entityId: row.id, action: 'create', after });
    return after;
  });
}

const ISSUED_EDITABLE = new Set(['version', 'position', 'responseDueAt']);

/** Edits a draft; an issued recommendation only changes its position or (an agreed extension) its response due date. */
export function updateRecommendation(db: Db, actor: Actor, investigationId: string, id: string, input: RecommendationUpdateInput): Recommendation {
  return db.transaction((tx) => {
    const row = loadScoped<RecommendationRow>(tx, recommendations, id, investigationId, 'recommendation');
    assertVersion(row, input.version, 'recommendation');
    const given = Object.keys(definedOnly(input));
    const { version, findingIds, addresseeAgencyId, addresseeName, responseDueAt, ...fields } = input;
    const patch: Record<string, unknown> = definedOnly(fields);
    if (row.status !== 'draft') {
      const locked = given.find((k) => !ISSUED_EDITABLE.has(k));
      if (locked) throw unprocessable(`${locked}: recommendation ${row.identifier} has been issued and cannot be changed; close or supersede it instead`);
    }
    if (responseDueAt !== undefined) {
      if (!row.issuedAt) throw unprocessable('responseDueAt: the response due date is set when the recommendation is issued');
      if (responseDueAt <= row.issuedAt) throw unprocessable(`responseDueAt: must be after the issue date (${row.issuedAt})`);
      patch.responseDueAt = responseDueAt;
    }
    if (addresseeAgencyId !== undefined || addresseeName !== undefined) {
      Object.assign(patch, resolveAddressee(tx, investigationId, addresseeAgencyId, addresseeName));
    }
    const links = findingIds ? checkFindings(tx, investigationId, findingIds) : undefined;
    const before = present(tx, row, actor.at);
    const updated = updateVersioned<RecommendationRow>(tx, recommendations, row, version, patch, actor.at, 'recommendation');
    if (links) setFindings(tx, id, links);
    const after = present(tx, updated, actor.at);
    recordAudit(tx, actor, { investigationId, entity: 'recommendation', entityId: id, action: 'update', before, after });
    return after;
  });
}

/** Deletes a draft. Drafts hold no identifier, so deleting one never frees a number. */
export function deleteRecommendation(db: Db, actor: Actor, investigationId: string, id: string, version: number): void {
  db.transaction((tx) => {
    const row = loadScoped<RecommendationRow>(tx, recommendations, id, investigationId, 'recommendation');
    assertVersion(row, version, 'recommendation');
    if (row.status !== 'draft') {
      throw unprocessable(`status: recommendation ${row.identifier} has been issued and is kept in the register; close or supersede it instead`);
    }
    const before = present(tx, row, actor.at);
    tx.delete(recommendations).where(eq(recommendations.id, id)).run();
    recordAudit(tx, actor, { investigationId, entity: 'recommendation', entityId: id, action: 'delete', before });
  });
}

/** Takes the next number for a year from the installation-wide counter, skipping any identifier already in use. */
function allocateIdentifier(tx: Conn, year: number): string {
  for (;;) {
    const { lastNumber } = tx.insert(recommendationCounters).values({ year, lastNumber: 1 })
      .onConflictDoUpdate({ target: recommendationCounters.year, set: { lastNumber: sql`${recommendationCounters.lastNumber} + 1` } })
      .returning().get();
    const identifier = formatIdentifier(year, lastNumber);
    if (!tx.select({ id: recommendations.id }).from(recommendations).where(eq(recommendations.identifier, identifier)).get()) return identifier;
  }
}

/** Issues a draft: allocates its `YYYY-NNN` identifier and sets the issue and response due dates. */
export function issueRecommendation(db: Db, actor: Actor, investigationId: string, id: string, input: RecommendationIssueInput): Recommendation {
  return db.transaction((tx) => {
    const row = loadScoped<RecommendationRow>(tx, recommendations, id, investigationId, 'recommendation');
    assertVersion(row, input.version, 'recommendation');
    if (row.status !== 'draft') throw unprocessable(`status: recommendation ${row.identifier} has already been issued`);
    if (!tx.select({ id: recommendationFindings.findingId }).from(recommendationFindings).where(eq(recommendationFindings.recommendationId, id)).get()) {
      throw unprocessable('findingIds: a recommendation must address at least one finding before it is issued');
    }
    if (!row.addresseeAgencyId) assertNotPerson(tx, investigationId, row.addresseeName);
    const today = actor.at.slice(0, 10);
    const issuedAt = input.issuedOn ?? today;
    if (issuedAt > today) throw unprocessable('issuedOn: must not be in the future');
    const incident = tx.select({ date: investigations.incidentDate }).from(investigations).where(eq(investigations.id, investigationId)).get()?.date;
    if (incident && issuedAt < incident) {
      throw unprocessable(`issuedOn: must not be before the incident date (${incident}): a recommendation comes from the review of it`);
    }
    if (input.responseDays !== undefined && input.responseDueAt !== undefined) {
      throw unprocessable('responseDueAt: give either responseDays or responseDueAt, not both');
    }
    const responseDueAt = responseDueDate(issuedAt, input);
    if (responseDueAt <= issuedAt) throw unprocessable(`responseDueAt: must be after the issue date (${issuedAt})`);
    const identifier = allocateIdentifier(tx, yearOf(issuedAt));
    const before = present(tx, row, actor.at);
    const updated = updateVersioned<RecommendationRow>(tx, recommendations, row, input.version,
      { identifier, status: 'open', issuedAt, responseDueAt }, actor.at, 'recommendation');
    const after = present(tx, updated, actor.at);
    recordAudit(tx, actor, { investigationId, entity: 'recommendation', entityId: id, action: 'issue', before, after });
    return after;
  }, { behavior: 'immediate' });
}

/** Finds the recommendation that supersedes another, by id or identifier, among issued ones the actor may see. */
function findReplacement(tx: Conn, actor: Actor, ref: string, selfId: string): RecommendationRow {
  const byIdentifier = parseIdentifier(ref) !== undefined;
  const row = tx.select().from(recommendations).where(eq(byIdentifier ? recommendations.identifier : recommendations.id, ref.trim())).get();
  const visible = row && actor.userId && findMembership(tx, row.investigationId, actor.userId);
  if (!row || !visible) throw unprocessable('supersededById: no recommendation with this id or identifier');
  if (row.id === selfId) throw unprocessable('supersededById: a recommendation cannot supersede itself');
  if (row.status === 'draft') throw unprocessable('supersededById: the replacing recommendation must be issued first');
  return row;
}

/** Closes or supersedes an open recommendation; any other change of status is refused with 422. */
export function changeRecommendationStatus(db: Db, actor: Actor, investigationId: string, id: string, input: RecommendationStatusChangeInput): Recommendation {
  return db.transaction((tx) => {
    const row = loadScoped<RecommendationRow>(tx, recommendations, id, investigationId, 'recommendation');
    assertVersion(row, input.version, 'recommendation');
    const problem = transitionProblem(row.status as Recommendation['status'], input.status);
    if (problem) throw unprocessable(problem);
    let supersededById: string | null = null;
    if (input.status === 'superseded') {
      if (!input.supersededById) throw unprocessable('supersededById: name the recommendation that replaces this one');
      supersededById = findReplacement(tx, actor, input.supersededById, id).id;
    } else if (input.supersededById) {
      throw unprocessable('supersededById: only a superseded recommendation names a replacement');
    }
    const before = present(tx, row, actor.at);
    const updated = updateVersioned<RecommendationRow>(tx, recommendations, row, input.version,
      { status: input.status, statusReason: input.reason, supersededById }, actor.at, 'recommendation');
    const after = present(tx, updated, actor.at);
    recordAudit(tx, actor, { investigationId, entity: 'recommendation', entityId: id, action: input.status === 'closed' ? 'close' : 'supersede', before, after });
    return after;
  });
}
