import { and, desc, eq, gte, lte, type SQL } from 'drizzle-orm';
import type { Conn, Db } from '../db/open';
import { auditLog } from '../../schema/tables';
import type { Actor } from './actor';

type Tx = Conn;

/** Fields never written to the audit log. */
const SECRET_FIELDS = new Set(['passwordHash', 'csrfToken', 'pdf']);

/** A record without its secret fields (password hash, CSRF token, PDF bytes): safe to log or show. */
export function withoutSecrets(value: unknown): unknown {
  if (!value || typeof value !== 'object') return value ?? null;
  return Object.fromEntries(Object.entries(value).filter(([k]) => !SECRET_FIELDS.has(k)));
}

/** One audited change. */
export interface AuditEntry {
  investigationId: string | null;
  entity: string;
  entityId: string;
  action: 'create' | 'update' | 'delete' | string;
  before?: unknown;
  after?: unknown;
}

/** Appends a change to the audit log, inside the caller's transaction. */
export function recordAudit(tx: Tx, actor: Actor, entry: AuditEntry): void {
  tx.insert(auditLog).values({
    at: actor.at,
    userId: actor.userId,
    investigationId: entry.investigationId,
    entity: entry.entity,
    entityId: entry.entityId,
    action: entry.action,
    before: withoutSecrets(entry.before),
    after: withoutSecrets(entry.after),
  }).run();
}

/** Filters for reading the audit log. */
export interface AuditFilter {
  userId?: string;
  entity?: string;
  entityId?: string;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

/** Lists an investigation's audit entries, newest first. */
export function listAudit(db: Db, investigationId: string, f: AuditFilter) {
  const where: SQL[] = [eq(auditLog.investigationId, investigationId)];
  if (f.userId) where.push(eq(auditLog.userId, f.userId));
  if (f.entity) where.push(eq(auditLog.entity, f.entity));
  if (f.entityId) where.push(eq(auditLog.entityId, f.entityId));
  if (f.from) where.push(gte(auditLog.at, f.from));
  if (f.to) where.push(lte(auditLog.at, f.to));
  return db.select().from(auditLog).where(and(...where)).orderBy(desc(auditLog.id)).limit(f.limit).offset(f.offset).all();
}
