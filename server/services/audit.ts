import { and, asc, count, desc, eq, gte, lte, type SQL } from 'drizzle-orm';
import type { Conn, Db } from '../db/open';
import { auditLog, users } from '../../schema/tables';
import type { Actor } from './actor';
import { badRequest } from '../http/errors';

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

/** Filters for reading the audit log. Dates may be days (YYYY-MM-DD, a `to` day includes the whole day) or ISO date-times. */
export interface AuditFilter {
  userId?: string;
  entity?: string;
  entityId?: string;
  action?: string;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The lower and upper bounds of a date filter: a bare day starts at 00:00 and ends at 23:59:59.999 (UTC, as stored). */
export function auditBounds(from?: string, to?: string): { from?: string; to?: string } {
  return {
    from: from && DAY.test(from) ? `${from}T00:00:00.000Z` : from,
    to: to && DAY.test(to) ? `${to}T23:59:59.999Z` : to,
  };
}

/** A bound as stored (`…T09:00:00.000Z`), so "09:00Z" and "10:00+01:00" compare as the instants they are; a time without a zone is UTC. */
function asStoredInstant(value: string | undefined, field: string): string | undefined {
  if (!value) return value;
  const ms = Date.parse(/(?:Z|[+-]\d{2}:\d{2})$/.test(value) ? value : `${value}Z`);
  const day = value.slice(0, 10);
  if (Number.isNaN(ms) || (DAY.test(value.slice(0, 10)) && !/[+-]\d{2}:\d{2}$/.test(value) && new Date(ms).toISOString().slice(0, 10) !== day)) {
    throw badRequest(`${field}: must be a real date`);
  }
  return new Date(ms).toISOString();
}

function conditions(investigationId: string, f: Omit<AuditFilter, 'limit' | 'offset'>): SQL {
  const where: SQL[] = [eq(auditLog.investigationId, investigationId)];
  const days = auditBounds(f.from, f.to);
  const bounds = { from: asStoredInstant(days.from, 'from'), to: asStoredInstant(days.to, 'to') };
  if (f.userId) where.push(eq(auditLog.userId, f.userId));
  if (f.entity) where.push(eq(auditLog.entity, f.entity));
  if (f.entityId) where.push(eq(auditLog.entityId, f.entityId));
  if (f.action) where.push(eq(auditLog.action, f.action));
  if (bounds.from) where.push(gte(auditLog.at, bounds.from));
  if (bounds.to) where.push(lte(auditLog.at, bounds.to));
  return and(...where)!;
}

/** Lists an investigation's audit entries, newest first, each with the acting user's account name. */
export function listAudit(db: Db, investigationId: string, f: AuditFilter) {
  return db.select({
    id: auditLog.id, at: auditLog.at, userId: auditLog.userId, userName: users.name, investigationId: auditLog.investigationId,
    entity: auditLog.entity, entityId: auditLog.entityId, action: auditLog.action, before: auditLog.before, after: auditLog.after,
  }).from(auditLog).leftJoin(users, eq(users.id, auditLog.userId))
    .where(conditions(investigationId, f)).orderBy(desc(auditLog.id)).limit(f.limit).offset(f.offset).all();
}

/**
 * What the audit viewer needs beside a page of entries: how many entries match the filter, and which
 * entity kinds, actions and people appear anywhere in the investigation's log (for the filter choices).
 */
export function summariseAudit(db: Db, investigationId: string, f: Omit<AuditFilter, 'limit' | 'offset'>) {
  const mine = eq(auditLog.investigationId, investigationId);
  const total = db.select({ n: count() }).from(auditLog).where(conditions(investigationId, f)).get()?.n ?? 0;
  const entities = db.select({ entity: auditLog.entity, count: count() }).from(auditLog).where(mine)
    .groupBy(auditLog.entity).orderBy(asc(auditLog.entity)).all();
  const actions = db.select({ action: auditLog.action, count: count() }).from(auditLog).where(mine)
    .groupBy(auditLog.action).orderBy(asc(auditLog.action)).all();
  const people = db.select({ userId: auditLog.userId, name: users.name, count: count() }).from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId)).where(mine)
    .groupBy(auditLog.userId, users.name).orderBy(asc(users.name)).all();
  return { total, entities, actions, people };
}
