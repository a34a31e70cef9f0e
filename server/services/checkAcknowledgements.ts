import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Conn, Db } from '../db/open';
import { checkAcknowledgements } from '../../schema/tables';
import type { CheckAcknowledgement, CheckAcknowledgementCreateInput } from '../../schema/contracts/analysis';
import { unprocessable } from '../http/errors';
import { recordAudit } from './audit';
import type { Actor } from './actor';
import { assertVersion, loadScoped } from './versioned';
import { findCurrentHit, isCheckRule, presentAcknowledgement } from './analysisChecks';

type AckRow = typeof checkAcknowledgements.$inferSelect;

/**
 * Inside a transaction: records that one result of a rule (a check, report wording, a suspected name) was considered,
 * with the reason (audited); `alreadyMarked` is the error when that result already carries an acknowledgement.
 */
export function insertAcknowledgement(tx: Conn, actor: Actor, investigationId: string, ack: { ruleId: string; key: string; reason: string }, alreadyMarked: () => Error): AckRow {
  const existing = tx.select({ id: checkAcknowledgements.id }).from(checkAcknowledgements).where(and(
    eq(checkAcknowledgements.investigationId, investigationId), eq(checkAcknowledgements.ruleId, ack.ruleId),
    eq(checkAcknowledgements.targetKey, ack.key),
  )).get();
  if (existing) throw alreadyMarked();
  const row = tx.insert(checkAcknowledgements).values({
    id: randomUUID(), investigationId, ruleId: ack.ruleId, targetKey: ack.key, reason: ack.reason,
    userId: actor.userId, createdAt: actor.at, updatedAt: actor.at,
  }).returning().get();
  recordAudit(tx, actor, { investigationId, entity: 'check_acknowledgement', entityId: row.id, action: 'create', after: row });
  return row;
}

/**
 * Inside a transaction: removes an acknowledgement at the version the caller saw (audited); `belongs` may refuse a
 * row of another kind. `label` names the thing in not-found and conflict errors.
 */
export function deleteAcknowledgement(tx: Conn, actor: Actor, investigationId: string, id: string, version: number, label: string, belongs: (row: AckRow) => void = () => {}): void {
  const before = loadScoped<AckRow>(tx, checkAcknowledgements, id, investigationId, label);
  belongs(before);
  assertVersion(before, version, label);
  tx.delete(checkAcknowledgements).where(eq(checkAcknowledgements.id, id)).run();
  recordAudit(tx, actor, { investigationId, entity: 'check_acknowledgement', entityId: id, action: 'delete', before });
}

/** Marks a current check result as considered, with the reason (audited). */
export function acknowledgeCheck(db: Db, actor: Actor, investigationId: string, input: CheckAcknowledgementCreateInput): CheckAcknowledgement {
  return db.transaction((tx) => {
    if (!isCheckRule(input.ruleId)) throw unprocessable(`ruleId: no check rule "${input.ruleId}"`);
    if (!findCurrentHit(tx, investigationId, input.ruleId, input.key)) {
      throw unprocessable(`key: the ${input.ruleId} check has no current result "${input.key}"`);
    }
    const row = insertAcknowledgement(tx, actor, investigationId, input, () => unprocessable('key: this result is already marked as considered'));
    return presentAcknowledgement(row);
  });
}

/** Removes an acknowledgement, so the result shows as open again (audited). */
export function reopenCheck(db: Db, actor: Actor, investigationId: string, id: string, version: number): void {
  db.transaction((tx) => deleteAcknowledgement(tx, actor, investigationId, id, version, 'acknowledgement'));
}
