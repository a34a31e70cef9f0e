import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Conn, Db } from '../db/open';
import { events, factorLinks, factors } from '../../schema/tables';
import type { FactorLink, FactorLinkCreateInput, FactorLinkUpdateInput } from '../../schema/contracts/analysis';
import { unprocessable } from '../http/errors';
import { cycleThrough } from '../analysis/cycles';
import { recordAudit } from './audit';
import type { Actor } from './actor';
import { assertVersion, loadScoped, updateVersioned } from './versioned';

type LinkRow = typeof factorLinks.$inferSelect;
type LinkFields = Pick<LinkRow, 'id' | 'fromFactorId' | 'toKind' | 'toFactorId' | 'toEventId' | 'rationale' | 'version'>;

/** A causal link as returned by the API. */
export function presentLink(row: LinkFields): FactorLink {
  return {
    id: row.id, fromFactorId: row.fromFactorId, toKind: row.toKind as FactorLink['toKind'],
    toFactorId: row.toFactorId, toEventId: row.toEventId, rationale: row.rationale, version: row.version,
  };
}

/** Every causal link of an investigation, oldest first. */
export function listLinks(db: Conn, investigationId: string): FactorLink[] {
  return db.select({
    id: factorLinks.id, fromFactorId: factorLinks.fromFactorId, toKind: factorLinks.toKind, toFactorId: factorLinks.toFactorId,
    toEventId: factorLinks.toEventId, rationale: factorLinks.rationale, version: factorLinks.version,
  }).from(factorLinks).where(eq(factorLinks.investigationId, investigationId))
    .orderBy(asc(factorLinks.createdAt), sql`${factorLinks}.rowid`).all().map(presentLink);
}

function factorExists(db: Conn, investigationId: string, id: string): boolean {
  return !!db.select({ id: factors.id }).from(factors).where(and(eq(factors.id, id), eq(factors.investigationId, investigationId))).get();
}

/** Throws 422 naming the cycle (by factor statements, ids in details) if `from → to` would close one. */
function assertNoCycle(db: Conn, investigationId: string, from: string, to: string): void {
  const edges = db.select({ from: factorLinks.fromFactorId, to: factorLinks.toFactorId }).from(factorLinks)
    .where(and(eq(factorLinks.investigationId, investigationId), eq(factorLinks.toKind, 'factor'))).all()
    .flatMap((e) => (e.to ? [{ from: e.from, to: e.to }] : []));
  const cycle = cycleThrough(edges, from, to);
  if (!cycle) return;
  const statements = new Map(db.select({ id: factors.id, statement: factors.statement }).from(factors)
    .where(inArray(factors.id, cycle)).all().map((f) => [f.id, f.statement]));
  const named = [...cycle, cycle[0]!].map((id) => `"${statements.get(id) ?? id}"`).join(' → ');
  throw unprocessable(`toFactorId: this link would make a cycle: ${named}`, { field: 'toFactorId', cycle });
}

/** Throws 422 unless the link's source and target exist here, differ, and are not already linked. */
function assertLinkable(db: Conn, investigationId: string, input: FactorLinkCreateInput): void {
  if (!factorExists(db, investigationId, input.fromFactorId)) throw unprocessable('fromFactorId: no such factor in this investigation');
  const same = [eq(factorLinks.fromFactorId, input.fromFactorId), eq(factorLinks.toKind, input.toKind)];
  if (input.toKind === 'factor') {
    const to = input.toFactorId!;
    if (to === input.fromFactorId) throw unprocessable('toFactorId: a factor cannot contribute to itself');
    if (!factorExists(db, investigationId, to)) throw unprocessable('toFactorId: no such factor in this investigation');
    same.push(eq(factorLinks.toFactorId, to));
  } else if (input.toKind === 'event') {
    const event = db.select({ id: events.id }).from(events)
      .where(and(eq(events.id, input.toEventId!), eq(events.investigationId, investigationId))).get();
    if (!event) throw unprocessable('toEventId: no such event in this investigation');
    same.push(eq(factorLinks.toEventId, input.toEventId!));
  } else {
    same.push(isNull(factorLinks.toFactorId), isNull(factorLinks.toEventId));
  }
  if (db.select({ id: factorLinks.id }).from(factorLinks).where(and(...same)).get()) {
    const field = input.toKind === 'factor' ? 'toFactorId' : input.toKind === 'event' ? 'toEventId' : 'toKind';
    throw unprocessable(`${field}: these two are already linked`);
  }
  if (input.toKind === 'factor') assertNoCycle(db, investigationId, input.fromFactorId, input.toFactorId!);
}

/** Records that a factor contributed to another factor, an event or the outcome. Cycles are refused. */
export function createLink(db: Db, actor: Actor, investigationId: string, input: FactorLinkCreateInput): FactorLink {
  return db.transaction((tx) => {
    assertLinkable(tx, investigationId, input);
    const row = tx.insert(factorLinks).values({
      id: randomUUID(), investigationId, fromFactorId: input.fromFactorId, toKind: input.toKind,
      toFactorId: input.toKind === 'factor' ? input.toFactorId : null,
      toEventId: input.toKind === 'event' ? input.toEventId : null,
      rationale: input.rationale, createdAt: actor.at, updatedAt: actor.at,
    }).returning().get();
    recordAudit(tx, actor, { investigationId, entity: 'factor_link', entityId: row.id, action: 'create', after: row });
    return presentLink(row);
  });
}

/** Edits a link's rationale. Stale versions get 409. */
export function updateLink(db: Db, actor: Actor, investigationId: string, id: string, input: FactorLinkUpdateInput): FactorLink {
  return db.transaction((tx) => {
    const before = loadScoped<LinkRow>(tx, factorLinks, id, investigationId, 'factor link');
    const after = updateVersioned<LinkRow>(tx, factorLinks, before, input.version, { rationale: input.rationale }, actor.at, 'factor link');
    recordAudit(tx, actor, { investigationId, entity: 'factor_link', entityId: id, action: 'update', before, after });
    return presentLink(after);
  });
}

/** Removes a link. */
export function deleteLink(db: Db, actor: Actor, investigationId: string, id: string, version: number): void {
  db.transaction((tx) => {
    const before = loadScoped<LinkRow>(tx, factorLinks, id, investigationId, 'factor link');
    assertVersion(before, version, 'factor link');
    tx.delete(factorLinks).where(eq(factorLinks.id, id)).run();
    recordAudit(tx, actor, { investigationId, entity: 'factor_link', entityId: id, action: 'delete', before });
  });
}
