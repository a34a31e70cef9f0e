import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/open';
import { checkAcknowledgements } from '../../schema/tables';
import type { CheckAcknowledgement, CheckAcknowledgementCreateInput } from '../../schema/contracts/analysis';
import { unprocessable } from '../http/errors';
import { recordAudit } from './audit';
import type { Actor } from './actor';
import { assertVersion, loadScoped } from './versioned';
import { findCurrentHit, isCheckRule, presentAcknowledgement } from './analysisChecks';

type AckRow = typeof checkAcknowledgements.$inferSelect;

/** Marks a current check result as considered, with the reason (audited). */
export function acknowledgeCheck(db: Db, actor: Actor, investigationId: string, input: CheckAcknowledgementCreateInput): CheckAcknowledgement {
  return db.transaction((tx) => {
    if (!isCheckRule(input.ruleId)) throw unprocessable(`ruleId: no check rule "${input.ruleId}"`);
    if (!findCurrentHit(tx, investigationId, input.ruleId, input.key)) {
      throw unprocessable(`key: the ${input.ruleId} check has no current result "${input.key}"`);
    }
    const existing = tx.select({ id: checkAcknowledgements.id }).from(checkAcknowledgements).where(and(
      eq(checkAcknowledgements.investigationId, investigationId), eq(checkAcknowledgements.ruleId, input.ruleId),
      eq(checkAcknowledgements.targetKey, input.key),
    )).get();
    if (existing) throw unprocessable('key: this result is already marked as considered');
    const row = tx.insert(checkAcknowledgements).values({
      id: randomUUID(), investigationId, ruleId: input.ruleId, targetKey: input.key, reason: input.reason,
      userId: actor.userId, createdAt: actor.at, updatedAt: actor.at,
    }).returning().get();
    recordAudit(tx, actor, { investigationId, entity: 'check_acknowledgement', entityId: row.id, action: 'create', after: row });
    return presentAcknowledgement(row);
  });
}

/** Removes an acknowledgement, so the result shows as open again (audited). */
export function reopenCheck(db: Db, actor: Actor, investigationId: string, id: string, version: number): void {
  db.transaction((tx) => {
    const before = loadScoped<AckRow>(tx, checkAcknowledgements, id, investigationId, 'acknowledgement');
    assertVersion(before, version, 'acknowledgement');
    tx.delete(checkAcknowledgements).where(eq(checkAcknowledgements.id, id)).run();
    recordAudit(tx, actor, { investigationId, entity: 'check_acknowledgement', entityId: id, action: 'delete', before });
  });
}
