import { and, asc, eq, gt, max, sql } from 'drizzle-orm';
import type { Response } from 'express';
import type { Db } from '../db/open';
import { auditLog, users } from '../../schema/tables';
import type { Change } from '../../schema/contracts/review';
import type { MemberRole } from '../../schema/contracts/enums';
import { canSeeIdentities } from '../auth/permissions';
import { sseComment, sseEvent } from '../review/sse';
import { redactorFor } from './redaction';

/** How often the stream looks for new audit entries, sends a heartbeat, and how many entries one look sends at most. */
export interface ChangeStreamTiming { pollMs: number; heartbeatMs: number; batch: number }
const DEFAULT_TIMING: ChangeStreamTiming = { pollMs: 1000, heartbeatMs: 15_000, batch: 500 };

/** The id of the newest audit entry of the installation (0 when the log is empty). */
export function latestAuditId(db: Db): number {
  return db.select({ id: max(auditLog.id) }).from(auditLog).get()?.id ?? 0;
}

/**
 * Committed changes to an investigation after an audit id, oldest first: which item, what action, its
 * version and who — never the values. For roles that may not see identities the author's name is redacted too.
 */
export function readChanges(db: Db, investigationId: string, afterId: number, limit: number, withIdentities: boolean): Change[] {
  const rows = db.select({
    auditId: auditLog.id, entity: auditLog.entity, entityId: auditLog.entityId, action: auditLog.action, at: auditLog.at,
    userId: auditLog.userId, name: users.name,
    version: sql<number | null>`coalesce(json_extract(${auditLog.after}, '$.version'), json_extract(${auditLog.before}, '$.version'))`,
  }).from(auditLog).leftJoin(users, eq(users.id, auditLog.userId))
    .where(and(eq(auditLog.investigationId, investigationId), gt(auditLog.id, afterId)))
    .orderBy(asc(auditLog.id)).limit(limit).all();
  const redactor = !withIdentities && rows.some((r) => r.name) ? redactorFor(db, investigationId) : null;
  return rows.map((r) => ({
    auditId: r.auditId, entity: r.entity, entityId: r.entityId, action: r.action,
    version: typeof r.version === 'number' ? r.version : null,
    by: { userId: r.userId, name: r.name && redactor ? redactor.replace(r.name) : r.name },
    at: r.at,
  }));
}

/** What the stream needs to know about its caller at each look: their current role, or undefined once they lost access. */
export type AccessCheck = () => MemberRole | undefined;

/**
 * Streams an investigation's committed changes as Server-Sent Events on `res`: first every change after
 * `since` (default: from now on), then new ones as they are committed, polled from the audit log; a
 * heartbeat comment keeps the connection open. The stream ends when the client leaves or loses access.
 */
export function streamChanges(
  db: Db, investigationId: string, since: number | undefined, access: AccessCheck, res: Response,
  timing: Partial<ChangeStreamTiming> = {},
): void {
  const { pollMs, heartbeatMs, batch } = { ...DEFAULT_TIMING, ...timing };
  let last = since ?? latestAuditId(db);
  let open = true;
  const stop = () => {
    if (!open) return;
    open = false;
    clearInterval(poll);
    clearInterval(beat);
    if (!res.writableEnded) res.end();
  };
  const look = () => {
    if (!open) return;
    try {
      const role = access();
      if (!role) {
        res.write(sseEvent('end', null, { reason: 'access ended' }));
        stop();
        return;
      }
      for (const change of readChanges(db, investigationId, last, batch, canSeeIdentities(role))) {
        res.write(sseEvent('change', change.auditId, change));
        last = change.auditId;
      }
    } catch {
      stop();
    }
  };
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-cache, no-transform',
    Connection: 'keep-alive',
    'X-Accel-Buffering': 'no',
  });
  res.write(`retry: 3000\n${sseComment('connected')}`);
  const poll = setInterval(look, pollMs);
  const beat = setInterval(() => { if (open) res.write(sseComment('heartbeat')); }, heartbeatMs);
  // 'close' on the response (not the request) is what fires when the client goes away.
  res.on('close', stop);
  look();
}
