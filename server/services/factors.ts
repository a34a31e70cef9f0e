import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Conn, Db } from '../db/open';
import { events, factorEvidence, factorLinks, factors, sources } from '../../schema/tables';
import type { Factor, FactorCreateInput, FactorUpdateInput } from '../../schema/contracts/analysis';
import { findCategory, findLevel, type FactorLevel } from '../../schema/taxonomy';
import { unprocessable } from '../http/errors';
import { recordAudit } from './audit';
import type { Actor } from './actor';
import { assertVersion, definedOnly, loadScoped, updateVersioned } from './versioned';

type FactorRow = typeof factors.$inferSelect;
interface Evidence { eventIds: string[]; sourceIds: string[] }

/** A factor row with its evidence, as returned by the API. */
export function presentFactor(row: FactorRow, evidence: Evidence): Factor {
  return {
    id: row.id, level: row.level as Factor['level'], category: row.category, statement: row.statement,
    description: row.description, influence: row.influence as Factor['influence'], confidence: row.confidence as Factor['confidence'],
    contextTags: row.contextTags, eventIds: evidence.eventIds, sourceIds: evidence.sourceIds,
    reviewStatus: row.reviewStatus as Factor['reviewStatus'], createdAt: row.createdAt, updatedAt: row.updatedAt, version: row.version,
  };
}

/** Evidence of every factor of an investigation, in one query. */
function evidenceOf(db: Conn, investigationId: string, factorId?: string): Map<string, Evidence> {
  const rows = db.select({ factorId: factorEvidence.factorId, eventId: factorEvidence.eventId, sourceId: factorEvidence.sourceId })
    .from(factorEvidence).innerJoin(factors, eq(factors.id, factorEvidence.factorId))
    .where(factorId ? eq(factorEvidence.factorId, factorId) : eq(factors.investigationId, investigationId))
    .orderBy(sql`${factorEvidence}.rowid`).all();
  const out = new Map<string, Evidence>();
  for (const r of rows) {
    let e = out.get(r.factorId);
    if (!e) out.set(r.factorId, (e = { eventIds: [], sourceIds: [] }));
    if (r.eventId) e.eventIds.push(r.eventId);
    if (r.sourceId) e.sourceIds.push(r.sourceId);
  }
  return out;
}

const NO_EVIDENCE: Evidence = { eventIds: [], sourceIds: [] };

/** Every factor of an investigation with its evidence, oldest first. */
export function listFactors(db: Conn, investigationId: string): Factor[] {
  const rows = db.select().from(factors).where(eq(factors.investigationId, investigationId))
    .orderBy(asc(factors.createdAt), sql`${factors}.rowid`).all();
  const evidence = evidenceOf(db, investigationId);
  return rows.map((r) => presentFactor(r, evidence.get(r.id) ?? NO_EVIDENCE));
}

/** One factor of an investigation, or 404. */
export function getFactor(db: Conn, investigationId: string, id: string): Factor {
  const row = loadScoped<FactorRow>(db, factors, id, investigationId, 'factor');
  return presentFactor(row, evidenceOf(db, investigationId, id).get(id) ?? NO_EVIDENCE);
}

/** Throws 422 naming `category` unless the category belongs to the level. */
export function assertCategoryOfLevel(level: FactorLevel, category: string): void {
  const found = findCategory(category);
  if (found?.level === level) return;
  const allowed = findLevel(level).categories.map((c) => c.code).join(', ');
  const where = found ? `is a category of the ${found.level} level, not the ${level} level` : 'is not a category in the taxonomy';
  throw unprocessable(`category: "${category}" ${where}; ${level} categories are ${allowed}`);
}

/** Throws 422 naming the list item unless every id is a row of `table` in this investigation. */
function assertAllIn(db: Conn, table: typeof events | typeof sources, investigationId: string, ids: string[], field: string, what: string) {
  if (ids.length === 0) return;
  const found = new Set(db.select({ id: table.id }).from(table)
    .where(and(eq(table.investigationId, investigationId), inArray(table.id, ids))).all().map((r) => r.id));
  const missing = ids.findIndex((id) => !found.has(id));
  if (missing >= 0) throw unprocessable(`${field}[${missing}]: no such ${what} in this investigation`);
}

const unique = (ids: string[]) => [...new Set(ids)];

/** Replaces a factor's evidence with the given events and sources (already checked). */
function writeEvidence(tx: Conn, factorId: string, evidence: Evidence) {
  tx.delete(factorEvidence).where(eq(factorEvidence.factorId, factorId)).run();
  const rows = [
    ...evidence.eventIds.map((eventId) => ({ id: randomUUID(), factorId, eventId, sourceId: null })),
    ...evidence.sourceIds.map((sourceId) => ({ id: randomUUID(), factorId, eventId: null, sourceId })),
  ];
  if (rows.length) tx.insert(factorEvidence).values(rows).run();
}

function checkEvidence(tx: Conn, investigationId: string, evidence: Evidence): Evidence {
  const checked = { eventIds: unique(evidence.eventIds), sourceIds: unique(evidence.sourceIds) };
  assertAllIn(tx, events, investigationId, checked.eventIds, 'eventIds', 'event');
  assertAllIn(tx, sources, investigationId, checked.sourceIds, 'sourceIds', 'source');
  return checked;
}

/** Records a factor with its evidence. */
export function createFactor(db: Db, actor: Actor, investigationId: string, input: FactorCreateInput): Factor {
  return db.transaction((tx) => {
    const { eventIds, sourceIds, ...fields } = input;
    assertCategoryOfLevel(fields.level, fields.category);
    const evidence = checkEvidence(tx, investigationId, { eventIds, sourceIds });
    const row = tx.insert(factors).values({
      id: randomUUID(), investigationId, ...fields, contextTags: unique(fields.contextTags),
      createdBy: actor.userId, createdAt: actor.at, updatedAt: actor.at,
    }).returning().get();
    writeEvidence(tx, row.id, evidence);
    const after = presentFactor(row, evidence);
    recordAudit(tx, actor, { investigationId, entity: 'factor', entityId: row.id, action: 'create', after });
    return after;
  });
}

/** Edits a factor; given evidence lists replace the old ones. Stale versions get 409. */
export function updateFactor(db: Db, actor: Actor, investigationId: string, id: string, input: FactorUpdateInput): Factor {
  return db.transaction((tx) => {
    const row = loadScoped<FactorRow>(tx, factors, id, investigationId, 'factor');
    const { version, eventIds, sourceIds, ...fields } = input;
    assertVersion(row, version, 'factor');
    const before = presentFactor(row, evidenceOf(tx, investigationId, id).get(id) ?? NO_EVIDENCE);
    const patch = definedOnly({ ...fields, contextTags: fields.contextTags && unique(fields.contextTags) });
    assertCategoryOfLevel(patch.level ?? before.level, patch.category ?? before.category);
    const evidence = eventIds || sourceIds
      ? checkEvidence(tx, investigationId, { eventIds: eventIds ?? before.eventIds, sourceIds: sourceIds ?? before.sourceIds })
      : null;
    const updated = updateVersioned<FactorRow>(tx, factors, row, version, patch, actor.at, 'factor');
    if (evidence) writeEvidence(tx, id, evidence);
    const after = presentFactor(updated, evidence ?? before);
    recordAudit(tx, actor, { investigationId, entity: 'factor', entityId: id, action: 'update', before, after });
    return after;
  });
}

/** Removes a factor with its evidence and every causal link to or from it (each audited). */
export function deleteFactor(db: Db, actor: Actor, investigationId: string, id: string, version: number): void {
  db.transaction((tx) => {
    const row = loadScoped<FactorRow>(tx, factors, id, investigationId, 'factor');
    assertVersion(row, version, 'factor');
    const before = presentFactor(row, evidenceOf(tx, investigationId, id).get(id) ?? NO_EVIDENCE);
    const links = tx.select().from(factorLinks)
      .where(or(eq(factorLinks.fromFactorId, id), eq(factorLinks.toFactorId, id))).all();
    for (const link of links) {
      tx.delete(factorLinks).where(eq(factorLinks.id, link.id)).run();
      recordAudit(tx, actor, { investigationId, entity: 'factor_link', entityId: link.id, action: 'delete', before: link });
    }
    tx.delete(factors).where(eq(factors.id, id)).run();
    recordAudit(tx, actor, { investigationId, entity: 'factor', entityId: id, action: 'delete', before });
  });
}
