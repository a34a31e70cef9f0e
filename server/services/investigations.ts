import { randomUUID } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Conn, Db } from '../db/open';
import { investigations, memberships, publications } from '../../schema/tables';
import type { Investigation, InvestigationCreateInput, InvestigationUpdateInput } from '../../schema/contracts/investigations';
import type { MemberRole } from '../../schema/contracts/enums';
import { unprocessable } from '../http/errors';
import { canSeeIdentities } from '../auth/permissions';
import { redactDeep } from '../anonymise/registryRedactor';
import { recordAudit } from './audit';
import { redactorFor } from './redaction';
import type { Actor } from './actor';
import { assertVersion, definedOnly, loadScoped, updateVersioned } from './versioned';

type InvestigationRow = typeof investigations.$inferSelect;

/** An investigation with the caller's role in it. */
export function presentInvestigation(row: InvestigationRow, myRole: MemberRole): Investigation {
  return {
    id: row.id, reference: row.reference, title: row.title, status: row.status as Investigation['status'],
    incidentDate: row.incidentDate, termsOfReference: row.termsOfReference, scopeStart: row.scopeStart,
    scopeEnd: row.scopeEnd, methodology: row.methodology, commissioningBody: row.commissioningBody,
    parallelProcesses: row.parallelProcesses, summary: row.summary, outcome: row.outcome,
    publishingArea: row.publishingArea, isDemo: row.isDemo, myRole,
    createdAt: row.createdAt, updatedAt: row.updatedAt, version: row.version,
  };
}

/** The caller's role in an investigation, or undefined when not a member. */
export function findMembership(db: Conn, investigationId: string, userId: string): MemberRole | undefined {
  const row = db.select({ role: memberships.role }).from(memberships)
    .where(and(eq(memberships.investigationId, investigationId), eq(memberships.userId, userId))).get();
  return row?.role as MemberRole | undefined;
}

/** Investigations the user is a member of; for roles that may not see identities, with names pseudonymised. */
export function listInvestigations(db: Db, userId: string): Investigation[] {
  return db.select({ inv: investigations, role: memberships.role }).from(memberships)
    .innerJoin(investigations, eq(investigations.id, memberships.investigationId))
    .where(eq(memberships.userId, userId)).orderBy(asc(investigations.reference)).all()
    .map((r) => {
      const role = r.role as MemberRole;
      const presented = presentInvestigation(r.inv, role);
      return canSeeIdentities(role) ? presented : redactDeep(presented, redactorFor(db, r.inv.id));
    });
}

/** Loads one investigation row. */
export function getInvestigation(db: Conn, id: string): InvestigationRow {
  return loadScoped<InvestigationRow>(db, investigations, id, null, 'investigation');
}

/** References are unique ignoring case: "CSPR-1" and "cspr-1" would be read as the same review. */
function assertReferenceFree(db: Conn, reference: string, exceptId?: string) {
  const clash = db.select({ id: investigations.id }).from(investigations)
    .where(sql`lower(${investigations.reference}) = ${reference.toLowerCase()}`).get();
  if (clash && clash.id !== exceptId) throw unprocessable(`reference: an investigation with reference "${reference}" already exists`);
}

/** Creates an investigation; its creator becomes lead investigator. */
export function createInvestigation(db: Db, actor: Actor & { userId: string }, input: InvestigationCreateInput, isDemo = false): Investigation {
  return db.transaction((tx) => {
    assertReferenceFree(tx, input.reference);
    const row = tx.insert(investigations).values({
      id: randomUUID(), ...input, isDemo, createdBy: actor.userId, createdAt: actor.at, updatedAt: actor.at,
    }).returning().get();
    const member = tx.insert(memberships).values({
      id: randomUUID(), investigationId: row.id, userId: actor.userId, role: 'lead', createdAt: actor.at, updatedAt: actor.at,
    }).returning().get();
    recordAudit(tx, actor, { investigationId: row.id, entity: 'investigation', entityId: row.id, action: 'create', after: row });
    recordAudit(tx, actor, { investigationId: row.id, entity: 'membership', entityId: member.id, action: 'create', after: member });
    return presentInvestigation(row, 'lead');
  });
}

/** Updates an investigation's details. */
export function updateInvestigation(db: Db, actor: Actor, id: string, input: InvestigationUpdateInput, myRole: MemberRole): Investigation {
  return db.transaction((tx) => {
    const before = getInvestigation(tx, id);
    const { version, ...fields } = input;
    if (fields.reference) assertReferenceFree(tx, fields.reference, id);
    const start = fields.scopeStart !== undefined ? fields.scopeStart : before.scopeStart;
    const end = fields.scopeEnd !== undefined ? fields.scopeEnd : before.scopeEnd;
    if (start && end && start > end) throw unprocessable('scopeEnd: must not be before scopeStart');
    const after = updateVersioned<InvestigationRow>(tx, investigations, before, version, definedOnly(fields), actor.at, 'investigation');
    recordAudit(tx, actor, { investigationId: id, entity: 'investigation', entityId: id, action: 'update', before, after });
    return presentInvestigation(after, myRole);
  });
}

/** Refuses while a review of the investigation is in the public library: deleting would take it down with no record. */
function assertNothingInLibrary(db: Conn, id: string): void {
  const newest = new Map<string, { version: number; withdrawn: boolean }>();
  for (const p of db.select({ slug: publications.slug, version: publications.publicationVersion, withdrawnAt: publications.withdrawnAt })
    .from(publications).where(eq(publications.investigationId, id)).all()) {
    if ((newest.get(p.slug)?.version ?? 0) < p.version) newest.set(p.slug, { version: p.version, withdrawn: p.withdrawnAt !== null });
  }
  const live = [...newest].filter(([, p]) => !p.withdrawn).map(([slug]) => slug);
  if (live.length > 0) {
    throw unprocessable(`investigation: its review is in the public learning library (${live.join(', ')}); withdraw it, with the reason, from the publication screen before deleting the investigation`);
  }
}

/** Deletes an investigation and everything in it (the audit log keeps the record of it). */
export function deleteInvestigation(db: Db, actor: Actor, id: string, version: number): void {
  db.transaction((tx) => {
    const before = getInvestigation(tx, id);
    assertVersion(before, version, 'investigation');
    assertNothingInLibrary(tx, id);
    tx.delete(investigations).where(eq(investigations.id, id)).run();
    recordAudit(tx, actor, { investigationId: id, entity: 'investigation', entityId: id, action: 'delete', before });
  });
}
