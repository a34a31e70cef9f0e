import { randomUUID } from 'node:crypto';
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Conn, Db } from '../db/open';
import { comments, events, factorLinks, factors, findings, recommendations, users } from '../../schema/tables';
import type {
  Comment, CommentCreateInput, CommentTargetKind, CommentThread, CommentUpdateInput,
} from '../../schema/contracts/review';
import type { MemberRole } from '../../schema/contracts/enums';
import { forbidden, unprocessable } from '../http/errors';
import { allows } from '../auth/permissions';
import { assembleThreads } from '../review/commentThreads';
import { recordAudit } from './audit';
import type { Actor } from './actor';
import { assertVersion, definedOnly, loadScoped, updateVersioned } from './versioned';

type CommentRow = typeof comments.$inferSelect;
type TargetTable = SQLiteTable & { id: SQLiteColumn; investigationId: SQLiteColumn };

/** The table behind each kind of item a comment can be on, and how a message names it. */
const targets: Record<CommentTargetKind, { table: TargetTable; noun: string }> = {
  event: { table: events, noun: 'chronology entry' },
  factor: { table: factors, noun: 'factor' },
  factor_link: { table: factorLinks, noun: 'factor link' },
  finding: { table: findings, noun: 'finding' },
  recommendation: { table: recommendations, noun: 'recommendation' },
};

/** Throws 422 naming `targetId` unless the item exists in this investigation. */
export function assertTargetIn(db: Conn, investigationId: string, kind: CommentTargetKind, id: string): void {
  const { table, noun } = targets[kind];
  const row = db.select({ id: table.id }).from(table).where(and(eq(table.id, id), eq(table.investigationId, investigationId))).get();
  if (!row) throw unprocessable(`targetId: no ${noun} with this id in this investigation`);
}

/** A comment row with its author's account name, as the API returns it. */
export function presentComment(row: CommentRow, authorName: string | null): Comment {
  return {
    id: row.id, targetKind: row.targetKind as CommentTargetKind, targetId: row.targetId, parentId: row.parentId, body: row.body,
    authorId: row.authorId, authorName, authorRole: row.authorRole as MemberRole, resolved: row.resolved,
    createdAt: row.createdAt, updatedAt: row.updatedAt, version: row.version,
  };
}

function loadPresented(db: Conn, where: SQL): Comment[] {
  return db.select({ c: comments, authorName: users.name }).from(comments).leftJoin(users, eq(users.id, comments.authorId))
    .where(where).orderBy(asc(comments.createdAt), asc(sql`${comments}.rowid`)).all()
    .map((r) => presentComment(r.c, r.authorName));
}

/** Filters for listing threads. */
export interface CommentFilter { targetKind?: CommentTargetKind; targetId?: string; resolved?: boolean }

/** The comment threads of an investigation, all or on one item, oldest first, replies nested. */
export function listCommentThreads(db: Db, investigationId: string, f: CommentFilter): CommentThread[] {
  const where: SQL[] = [eq(comments.investigationId, investigationId)];
  if (f.targetKind) where.push(eq(comments.targetKind, f.targetKind));
  if (f.targetId) where.push(eq(comments.targetId, f.targetId));
  const threads = assembleThreads(loadPresented(db, and(...where)!));
  return f.resolved === undefined ? threads : threads.filter((t) => t.resolved === f.resolved);
}

/** Adds a comment (a new thread, or a reply within the parent's thread), recording the author's role. */
export function createComment(db: Db, actor: Actor, investigationId: string, role: MemberRole, input: CommentCreateInput): Comment {
  return db.transaction((tx) => {
    assertTargetIn(tx, investigationId, input.targetKind, input.targetId);
    if (input.parentId) {
      const parent = tx.select().from(comments)
        .where(and(eq(comments.id, input.parentId), eq(comments.investigationId, investigationId))).get();
      if (!parent) throw unprocessable('parentId: no comment with this id in this investigation');
      if (parent.targetKind !== input.targetKind || parent.targetId !== input.targetId) {
        throw unprocessable('parentId: the comment replied to is on a different item');
      }
    }
    const row = tx.insert(comments).values({
      id: randomUUID(), investigationId, targetKind: input.targetKind, targetId: input.targetId, parentId: input.parentId,
      body: input.body, authorId: actor.userId, authorRole: role, resolved: false, createdAt: actor.at, updatedAt: actor.at,
    }).returning().get();
    recordAudit(tx, actor, { investigationId, entity: 'comment', entityId: row.id, action: 'create', after: row });
    return loadPresented(tx, eq(comments.id, row.id))[0]!;
  });
}

/**
 * Edits a comment. Only its author may change the text; its author, or a role holding
 * `comments.resolve`, may mark it resolved or unresolved.
 */
export function updateComment(db: Db, actor: Actor, investigationId: string, role: MemberRole, id: string, input: CommentUpdateInput): Comment {
  return db.transaction((tx) => {
    const before = loadScoped<CommentRow>(tx, comments, id, investigationId, 'comment');
    const { version, ...fields } = input;
    const own = before.authorId !== null && before.authorId === actor.userId;
    if (fields.body !== undefined && !own) throw forbidden('only the author of a comment may change its text');
    if (fields.resolved !== undefined && !own && !allows(role, 'comments.resolve')) {
      throw forbidden(`your role (${role}) may resolve only your own comments`);
    }
    assertVersion(before, version, 'comment');
    const after = updateVersioned<CommentRow>(tx, comments, before, version, definedOnly(fields), actor.at, 'comment');
    recordAudit(tx, actor, { investigationId, entity: 'comment', entityId: id, action: 'update', before, after });
    return loadPresented(tx, eq(comments.id, id))[0]!;
  });
}
