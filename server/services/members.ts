import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import type { Conn, Db } from '../db/open';
import { memberships, users } from '../../schema/tables';
import type { Member } from '../../schema/contracts/accounts';
import type { MemberRole } from '../../schema/contracts/enums';
import { unprocessable } from '../http/errors';
import { recordAudit } from './audit';
import type { Actor } from './actor';
import { assertVersion, loadScoped, updateVersioned } from './versioned';
import { findUserByEmail } from './users';

type MembershipRow = typeof memberships.$inferSelect;

/** Lists the members of an investigation with their roles. */
export function listMembers(db: Db, investigationId: string): Member[] {
  return db.select({ m: memberships, u: users }).from(memberships).innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.investigationId, investigationId)).orderBy(asc(users.name)).all()
    .map(({ m, u }) => ({ id: m.id, userId: u.id, email: u.email, name: u.name, role: m.role as MemberRole, version: m.version }));
}

function presentOne(db: Conn, id: string): Member {
  const row = db.select({ m: memberships, u: users }).from(memberships).innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.id, id)).get()!;
  return { id: row.m.id, userId: row.u.id, email: row.u.email, name: row.u.name, role: row.m.role as MemberRole, version: row.m.version };
}

function assertNotLastLead(db: Conn, investigationId: string, membership: MembershipRow) {
  if (membership.role !== 'lead') return;
  const leads = db.select({ id: memberships.id }).from(memberships)
    .where(and(eq(memberships.investigationId, investigationId), eq(memberships.role, 'lead'))).all();
  if (leads.length <= 1) throw unprocessable('role: an investigation must keep at least one lead investigator');
}

/** Adds an existing account to the investigation with a role. */
export function addMember(db: Db, actor: Actor, investigationId: string, email: string, role: MemberRole): Member {
  const user = findUserByEmail(db, email);
  if (!user || user.disabled) throw unprocessable(`email: no active account has the address ${email}`);
  return db.transaction((tx) => {
    const existing = tx.select().from(memberships)
      .where(and(eq(memberships.investigationId, investigationId), eq(memberships.userId, user.id))).get();
    if (existing) throw unprocessable(`email: ${email} is already a member`);
    const row = tx.insert(memberships).values({
      id: randomUUID(), investigationId, userId: user.id, role, createdAt: actor.at, updatedAt: actor.at,
    }).returning().get();
    recordAudit(tx, actor, { investigationId, entity: 'membership', entityId: row.id, action: 'create', after: row });
    return presentOne(tx, row.id);
  });
}

/** Changes a member's role. */
export function changeMemberRole(db: Db, actor: Actor, investigationId: string, id: string, role: MemberRole, version: number): Member {
  return db.transaction((tx) => {
    const before = loadScoped<MembershipRow>(tx, memberships, id, investigationId, 'member');
    if (role !== 'lead') assertNotLastLead(tx, investigationId, before);
    const after = updateVersioned<MembershipRow>(tx, memberships, before, version, { role }, actor.at, 'member');
    recordAudit(tx, actor, { investigationId, entity: 'membership', entityId: id, action: 'update', before, after });
    return presentOne(tx, id);
  });
}

/** Removes a member. */
export function removeMember(db: Db, actor: Actor, investigationId: string, id: string, version: number): void {
  db.transaction((tx) => {
    const before = loadScoped<MembershipRow>(tx, memberships, id, investigationId, 'member');
    assertVersion(before, version, 'member');
    assertNotLastLead(tx, investigationId, before);
    tx.delete(memberships).where(eq(memberships.id, id)).run();
    recordAudit(tx, actor, { investigationId, entity: 'membership', entityId: id, action: 'delete', before });
  });
}
