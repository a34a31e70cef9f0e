import { randomUUID } from 'node:crypto';
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { Conn, Db } from '../db/open';
import { factors, findings, reviewDecisions, users } from '../../schema/tables';
import type {
  ReviewDecision, ReviewDecisionCreateInput, ReviewResult, ReviewTargetKind,
} from '../../schema/contracts/review';
import type { MemberRole } from '../../schema/contracts/enums';
import { unprocessable } from '../http/errors';
import { recordAudit } from './audit';
import type { Actor } from './actor';
import { assertVersion, loadScoped, updateVersioned } from './versioned';

type DecisionRow = typeof reviewDecisions.$inferSelect;
type TargetRow = (typeof factors.$inferSelect | typeof findings.$inferSelect) & Record<string, unknown>;

const targets = { factor: factors, finding: findings } as const;

/** A decision row with its author's account name, as the API returns it. */
export function presentDecision(row: DecisionRow, authorName: string | null): ReviewDecision {
  return {
    id: row.id, targetKind: row.targetKind as ReviewTargetKind, targetId: row.targetId, status: row.status as ReviewDecision['status'],
    reason: row.reason, authorId: row.authorId, authorName, authorRole: row.authorRole as MemberRole,
    agreedForPublication: row.agreedForPublication, createdAt: row.createdAt, updatedAt: row.updatedAt, version: row.version,
  };
}

function loadPresented(db: Conn, where: SQL): ReviewDecision[] {
  return db.select({ d: reviewDecisions, authorName: users.name }).from(reviewDecisions).leftJoin(users, eq(users.id, reviewDecisions.authorId))
    .where(where).orderBy(asc(reviewDecisions.createdAt), asc(sql`${reviewDecisions}.rowid`)).all()
    .map((r) => presentDecision(r.d, r.authorName));
}

/** Every decision recorded in an investigation, or on one factor or finding, oldest first. */
export function listDecisions(db: Db, investigationId: string, f: { targetKind?: ReviewTargetKind; targetId?: string }): ReviewDecision[] {
  const where: SQL[] = [eq(reviewDecisions.investigationId, investigationId)];
  if (f.targetKind) where.push(eq(reviewDecisions.targetKind, f.targetKind));
  if (f.targetId) where.push(eq(reviewDecisions.targetId, f.targetId));
  return loadPresented(db, and(...where)!);
}

/**
 * Records a panel decision on a factor or finding and sets its review status. The decision is based
 * on the version the reviewer read: a stale version is refused with 409. Every decision is kept, so
 * a later acceptance never erases an earlier dispute.
 */
export function decideReview(
  db: Db, actor: Actor, investigationId: string, role: MemberRole, input: ReviewDecisionCreateInput,
): ReviewResult {
  return db.transaction((tx) => {
    const table = targets[input.targetKind];
    const before = tx.select().from(table).where(and(eq(table.id, input.targetId), eq(table.investigationId, investigationId))).get() as TargetRow | undefined;
    if (!before) throw unprocessable(`targetId: no ${input.targetKind} with this id in this investigation`);
    assertVersion(before, input.targetVersion, input.targetKind);
    let after = before;
    if (before.reviewStatus !== input.status) {
      after = updateVersioned<TargetRow>(tx, table, before, input.targetVersion, { reviewStatus: input.status }, actor.at, input.targetKind);
      recordAudit(tx, actor, { investigationId, entity: input.targetKind, entityId: before.id, action: 'update', before, after });
    }
    const row = tx.insert(reviewDecisions).values({
      id: randomUUID(), investigationId, targetKind: input.targetKind, targetId: input.targetId, status: input.status,
      reason: input.reason, authorId: actor.userId, authorRole: role, agreedForPublication: false, createdAt: actor.at, updatedAt: actor.at,
    }).returning().get();
    recordAudit(tx, actor, { investigationId, entity: 'review_decision', entityId: row.id, action: 'create', after: row });
    return {
      decision: loadPresented(tx, eq(reviewDecisions.id, row.id))[0]!,
      target: { kind: input.targetKind, id: after.id, reviewStatus: after.reviewStatus as ReviewResult['target']['reviewStatus'], version: after.version },
    };
  });
}

/** Marks a note of dissent (a disputed or rejected decision) as agreed, or not, for the published report. */
export function agreeDissent(
  db: Db, actor: Actor, investigationId: string, id: string, input: { version: number; agreedForPublication: boolean },
): ReviewDecision {
  return db.transaction((tx) => {
    const before = loadScoped<DecisionRow>(tx, reviewDecisions, id, investigationId, 'review decision');
    assertVersion(before, input.version, 'review decision');
    if (input.agreedForPublication && before.status === 'accepted') {
      throw unprocessable('agreedForPublication: only a disputed or rejected decision is a note of dissent');
    }
    const after = updateVersioned<DecisionRow>(
      tx, reviewDecisions, before, input.version, { agreedForPublication: input.agreedForPublication }, actor.at, 'review decision',
    );
    recordAudit(tx, actor, { investigationId, entity: 'review_decision', entityId: id, action: 'update', before, after });
    return loadPresented(tx, eq(reviewDecisions.id, id))[0]!;
  });
}
