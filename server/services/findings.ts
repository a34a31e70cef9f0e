import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Conn, Db } from '../db/open';
import { factors, findingFactors, findings, recommendationFindings, recommendations } from '../../schema/tables';
import type { Finding, FindingCreateInput, FindingUpdateInput } from '../../schema/contracts/findings';
import { unprocessable } from '../http/errors';
import { recordAudit } from './audit';
import type { Actor } from './actor';
import { assertVersion, definedOnly, loadScoped, updateVersioned } from './versioned';

type FindingRow = typeof findings.$inferSelect;

/** A finding as the API returns it, with the factors it rests on. */
export function presentFinding(row: FindingRow, factorIds: string[]): Finding {
  return {
    id: row.id, type: row.type as Finding['type'], statement: row.statement, inThisCase: row.inThisCase,
    notUnique: row.notUnique, whyItMatters: row.whyItMatters, confidence: row.confidence as Finding['confidence'],
    factorIds, boardQuestions: row.boardQuestions, position: row.position, isFinal: row.isFinal,
    reviewStatus: row.reviewStatus as Finding['reviewStatus'], createdAt: row.createdAt, updatedAt: row.updatedAt, version: row.version,
  };
}

/** The factor ids each finding of an investigation rests on, keyed by finding id. */
export function factorIdsByFinding(db: Conn, investigationId: string): Map<string, string[]> {
  const rows = db.select({ findingId: findingFactors.findingId, factorId: findingFactors.factorId }).from(findingFactors)
    .innerJoin(findings, eq(findings.id, findingFactors.findingId))
    .where(eq(findings.investigationId, investigationId)).orderBy(asc(findingFactors.factorId)).all();
  const out = new Map<string, string[]>();
  for (const r of rows) (out.get(r.findingId) ?? out.set(r.findingId, []).get(r.findingId)!).push(r.factorId);
  return out;
}

/** Every finding of an investigation, in report order. */
export function listFindings(db: Conn, investigationId: string): Finding[] {
  const byFinding = factorIdsByFinding(db, investigationId);
  return db.select().from(findings).where(eq(findings.investigationId, investigationId))
    .orderBy(asc(findings.position), asc(findings.createdAt), asc(findings.id)).all()
    .map((r) => presentFinding(r, byFinding.get(r.id) ?? []));
}

/** Removes duplicates and throws 422 naming the entry unless every factor belongs to the investigation. */
function checkFactors(db: Conn, investigationId: string, factorIds: readonly string[]): string[] {
  const unique = [...new Set(factorIds)];
  if (unique.length === 0) return unique;
  const found = new Set(db.select({ id: factors.id }).from(factors)
    .where(and(eq(factors.investigationId, investigationId), inArray(factors.id, unique))).all().map((r) => r.id));
  const missing = factorIds.findIndex((f) => !found.has(f));
  if (missing >= 0) throw unprocessable(`factorIds[${missing}]: no such factor in this investigation`);
  return unique;
}

function assertFinalHasFactors(isFinal: boolean, factorIds: readonly string[]): void {
  if (isFinal && factorIds.length === 0) {
    throw unprocessable('factorIds: a finding must rest on at least one factor before it can be marked final');
  }
}

function setFactors(tx: Conn, findingId: string, factorIds: readonly string[]): void {
  tx.delete(findingFactors).where(eq(findingFactors.findingId, findingId)).run();
  if (factorIds.length > 0) tx.insert(findingFactors).values(factorIds.map((factorId) => ({ findingId, factorId }))).run();
}

function nextPosition(tx: Conn, investigationId: string): number {
  const rows = tx.select({ position: findings.position }).from(findings).where(eq(findings.investigationId, investigationId)).all();
  return rows.reduce((max, r) => Math.max(max, r.position + 1), 0);
}

/** Records a finding; it goes last unless a position is given. */
export function createFinding(db: Db, actor: Actor, investigationId: string, input: FindingCreateInput): Finding {
  return db.transaction((tx) => {
    const factorIds = checkFactors(tx, investigationId, input.factorIds);
    assertFinalHasFactors(input.isFinal, factorIds);
    const { factorIds: _ignored, position, ...fields } = input;
    const row = tx.insert(findings).values({
      id: randomUUID(), investigationId, ...fields, position: position ?? nextPosition(tx, investigationId),
      createdAt: actor.at, updatedAt: actor.at,
    }).returning().get();
    setFactors(tx, row.id, factorIds);
    const after = presentFinding(row, factorIds);
    recordAudit(tx, actor, { investigationId, entity: 'finding', entityId: row.id, action: 'create', after });
    return after;
  });
}

/** Edits a finding; a final finding must keep at least one factor. */
export function updateFinding(db: Db, actor: Actor, investigationId: string, id: string, input: FindingUpdateInput): Finding {
  return db.transaction((tx) => {
    const row = loadScoped<FindingRow>(tx, findings, id, investigationId, 'finding');
    assertVersion(row, input.version, 'finding');
    const current = factorIdsByFinding(tx, investigationId).get(id) ?? [];
    const { version, factorIds: requested, ...fields } = input;
    const factorIds = requested ? checkFactors(tx, investigationId, requested) : current;
    assertFinalHasFactors(fields.isFinal ?? row.isFinal, factorIds);
    const updated = updateVersioned<FindingRow>(tx, findings, row, version, definedOnly(fields), actor.at, 'finding');
    if (requested) setFactors(tx, id, factorIds);
    const before = presentFinding(row, current);
    const after = presentFinding(updated, factorIds);
    recordAudit(tx, actor, { investigationId, entity: 'finding', entityId: id, action: 'update', before, after });
    return after;
  });
}

/** Deletes a finding, unless an issued recommendation addresses it (the register must keep its basis). */
export function deleteFinding(db: Db, actor: Actor, investigationId: string, id: string, version: number): void {
  db.transaction((tx) => {
    const row = loadScoped<FindingRow>(tx, findings, id, investigationId, 'finding');
    assertVersion(row, version, 'finding');
    const issued = tx.select({ identifier: recommendations.identifier }).from(recommendationFindings)
      .innerJoin(recommendations, eq(recommendations.id, recommendationFindings.recommendationId))
      .where(and(eq(recommendationFindings.findingId, id), isNotNull(recommendations.identifier))).all();
    if (issued.length > 0) {
      const ids = issued.map((r) => r.identifier!);
      const named = ids.length === 1 ? `recommendation ${ids[0]} was` : `recommendations ${ids.slice(0, -1).join(', ')} and ${ids.at(-1)} were`;
      throw unprocessable(`finding: ${named} issued on this finding, so it cannot be deleted`);
    }
    const before = presentFinding(row, factorIdsByFinding(tx, investigationId).get(id) ?? []);
    tx.delete(findings).where(eq(findings.id, id)).run();
    recordAudit(tx, actor, { investigationId, entity: 'finding', entityId: id, action: 'delete', before });
  });
}

/** Puts every finding of the investigation in the given order (positions 0, 1, 2, …). */
export function reorderFindings(db: Db, actor: Actor, investigationId: string, order: readonly string[]): Finding[] {
  return db.transaction((tx) => {
    const rows = tx.select().from(findings).where(eq(findings.investigationId, investigationId)).all();
    const known = new Set(rows.map((r) => r.id));
    const bad = order.findIndex((id, i) => !known.has(id) || order.indexOf(id) !== i);
    if (bad >= 0) throw unprocessable(`findingIds[${bad}]: not a finding of this investigation, or listed twice`);
    if (order.length !== rows.length) throw unprocessable(`findingIds: list all ${rows.length} findings of the investigation in the new order`);
    const byId = new Map(rows.map((r) => [r.id, r]));
    order.forEach((id, position) => {
      const row = byId.get(id)!;
      if (row.position !== position) updateVersioned(tx, findings, row, row.version, { position }, actor.at, 'finding');
    });
    recordAudit(tx, actor, { investigationId, entity: 'finding_order', entityId: investigationId, action: 'update', before: [...rows].sort((a, b) => a.position - b.position).map((r) => r.id), after: order });
    return listFindings(tx, investigationId);
  });
}
