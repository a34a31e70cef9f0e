import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq } from 'drizzle-orm';
import type { Conn, Db } from '../db/open';
import { recommendationResponses, recommendations } from '../../schema/tables';
import type { RecommendationResponse, ResponseCreateInput, ResponseUpdateInput } from '../../schema/contracts/findings';
import { notFound, unprocessable } from '../http/errors';
import { recordAudit } from './audit';
import type { Actor } from './actor';
import type { RecommendationRow } from './recommendations';
import { assertVersion, definedOnly, updateVersioned } from './versioned';

type ResponseRow = typeof recommendationResponses.$inferSelect;

/** A response as the API returns it. */
export function presentResponse(row: ResponseRow): RecommendationResponse {
  return {
    id: row.id, recommendationId: row.recommendationId, receivedOn: row.receivedOn, organisation: row.organisation,
    text: row.text, assessment: row.assessment as RecommendationResponse['assessment'], createdAt: row.createdAt, version: row.version,
  };
}

function loadRecommendation(db: Conn, recId: string): RecommendationRow {
  const row = db.select().from(recommendations).where(eq(recommendations.id, recId)).get();
  if (!row) throw notFound('recommendation');
  return row;
}

function loadResponse(db: Conn, recId: string, responseId: string): ResponseRow {
  const row = db.select().from(recommendationResponses)
    .where(and(eq(recommendationResponses.id, responseId), eq(recommendationResponses.recommendationId, recId))).get();
  if (!row) throw notFound('response');
  return row;
}

/** Responses to a recommendation, oldest first. */
export function listResponses(db: Conn, recId: string): RecommendationResponse[] {
  return db.select().from(recommendationResponses).where(eq(recommendationResponses.recommendationId, recId))
    .orderBy(asc(recommendationResponses.receivedOn), asc(recommendationResponses.createdAt), asc(recommendationResponses.id)).all()
    .map(presentResponse);
}

function checkReceivedOn(rec: RecommendationRow, receivedOn: string, today: string): void {
  if (receivedOn > today) throw unprocessable('receivedOn: must not be in the future');
  if (rec.issuedAt && receivedOn < rec.issuedAt) throw unprocessable(`receivedOn: must not be before the issue date (${rec.issuedAt})`);
}

/** Makes the recommendation's assessment follow its latest response (awaiting a response when there is none). */
function followLatest(tx: Conn, actor: Actor, rec: RecommendationRow): void {
  const latest = tx.select({ assessment: recommendationResponses.assessment }).from(recommendationResponses)
    .where(eq(recommendationResponses.recommendationId, rec.id))
    .orderBy(desc(recommendationResponses.receivedOn), desc(recommendationResponses.createdAt), desc(recommendationResponses.id)).get();
  const assessment = latest?.assessment ?? 'awaiting_response';
  if (assessment === rec.assessment) return;
  const after = updateVersioned<RecommendationRow>(tx, recommendations, rec, rec.version, { assessment }, actor.at, 'recommendation');
  recordAudit(tx, actor, { investigationId: rec.investigationId, entity: 'recommendation', entityId: rec.id, action: 'assess', before: rec, after });
}

/** Records a response to an issued recommendation, with the investigator's assessment. */
export function createResponse(db: Db, actor: Actor, recId: string, input: ResponseCreateInput): RecommendationResponse {
  return db.transaction((tx) => {
    const rec = loadRecommendation(tx, recId);
    if (rec.status === 'draft') throw unprocessable('status: responses are recorded for issued recommendations; this one is still a draft');
    checkReceivedOn(rec, input.receivedOn, actor.at.slice(0, 10));
    const row = tx.insert(recommendationResponses).values({
      id: randomUUID(), recommendationId: recId, ...input, createdBy: actor.userId, createdAt: actor.at, updatedAt: actor.at,
    }).returning().get();
    recordAudit(tx, actor, { investigationId: rec.investigationId, entity: 'recommendation_response', entityId: row.id, action: 'create', after: row });
    followLatest(tx, actor, rec);
    return presentResponse(row);
  });
}

/** Edits a response (for example, assessing it once it has been read). */
export function updateResponse(db: Db, actor: Actor, recId: string, responseId: string, input: ResponseUpdateInput): RecommendationResponse {
  return db.transaction((tx) => {
    const rec = loadRecommendation(tx, recId);
    const before = loadResponse(tx, recId, responseId);
    const { version, ...fields } = input;
    assertVersion(before, version, 'response');
    if (fields.receivedOn) checkReceivedOn(rec, fields.receivedOn, actor.at.slice(0, 10));
    const after = updateVersioned<ResponseRow>(tx, recommendationResponses, before, version, definedOnly(fields), actor.at, 'response');
    recordAudit(tx, actor, { investigationId: rec.investigationId, entity: 'recommendation_response', entityId: responseId, action: 'update', before, after });
    followLatest(tx, actor, rec);
    return presentResponse(after);
  });
}

/** Removes a response recorded in error. */
export function deleteResponse(db: Db, actor: Actor, recId: string, responseId: string, version: number): void {
  db.transaction((tx) => {
    const rec = loadRecommendation(tx, recId);
    const before = loadResponse(tx, recId, responseId);
    assertVersion(before, version, 'response');
    tx.delete(recommendationResponses).where(eq(recommendationResponses.id, responseId)).run();
    recordAudit(tx, actor, { investigationId: rec.investigationId, entity: 'recommendation_response', entityId: responseId, action: 'delete', before });
    followLatest(tx, actor, rec);
  });
}
