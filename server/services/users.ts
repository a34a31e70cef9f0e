import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import type { Conn, Db } from '../db/open';
import { users } from '../../schema/tables';
import type { UserCreateInput, UserUpdateInput, User } from '../../schema/contracts/accounts';
import { hashPassword, verifyPassword } from '../auth/passwords';
import { unprocessable } from '../http/errors';
import { recordAudit } from './audit';
import type { Actor } from './actor';
import { definedOnly, loadScoped, updateVersioned } from './versioned';

type UserRow = typeof users.$inferSelect;

/** The public shape of a user (no password hash). */
export function presentUser(row: UserRow): User {
  return { id: row.id, email: row.email, name: row.name, isAdmin: row.isAdmin, disabled: row.disabled, version: row.version };
}

/** Finds a user by email (case-insensitive). */
export function findUserByEmail(db: Db, email: string): UserRow | undefined {
  return db.select().from(users).where(eq(users.email, email.trim().toLowerCase())).get();
}

/** Lists every account, for admins. */
export function listUsers(db: Db): User[] {
  return db.select().from(users).orderBy(asc(users.email)).all().map(presentUser);
}

/** Creates an account; the email must be new. */
export async function createUser(db: Db, actor: Actor, input: UserCreateInput): Promise<User> {
  const email = input.email.trim().toLowerCase();
  const assertFree = (conn: Conn) => {
    if (conn.select({ id: users.id }).from(users).where(eq(users.email, email)).get()) {
      throw unprocessable(`email: an account with ${email} already exists`);
    }
  };
  assertFree(db);
  const passwordHash = await hashPassword(input.password);
  return db.transaction((tx) => {
    // Checked again: another request may have taken the address while the password was hashing.
    assertFree(tx);
    const row = tx.insert(users).values({
      id: randomUUID(), email, name: input.name, passwordHash, isAdmin: input.isAdmin ?? false,
      createdAt: actor.at, updatedAt: actor.at,
    }).returning().get();
    recordAudit(tx, actor, { investigationId: null, entity: 'user', entityId: row.id, action: 'create', after: row });
    return presentUser(row);
  });
}

/** Updates name, disabled, admin flag or password of an account. */
export async function updateUser(db: Db, actor: Actor, id: string, input: UserUpdateInput): Promise<User> {
  const passwordHash = input.password ? await hashPassword(input.password) : undefined;
  return db.transaction((tx) => {
    const before = loadScoped<UserRow>(tx, users, id, null, 'user');
    if (actor.userId === id && input.disabled === true) throw unprocessable('disabled: administrators cannot disable their own account');
    if (actor.userId === id && input.isAdmin === false) throw unprocessable('isAdmin: administrators cannot take away their own administrator rights');
    const patch = definedOnly({ name: input.name, disabled: input.disabled, isAdmin: input.isAdmin, passwordHash });
    const after = updateVersioned<UserRow>(tx, users, before, input.version, patch, actor.at, 'user');
    recordAudit(tx, actor, { investigationId: null, entity: 'user', entityId: id, action: 'update', before, after });
    return presentUser(after);
  });
}

/** Returns the user if the email and password match an enabled account. */
export async function authenticate(db: Db, email: string, password: string): Promise<UserRow | undefined> {
  const user = findUserByEmail(db, email);
  // Verify against a dummy hash of the same cost when the account is unknown, so timing does not reveal which emails exist.
  const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyHash()));
  return user && ok && !user.disabled ? user : undefined;
}

let dummy: Promise<string> | undefined;
const dummyHash = () => (dummy ??= hashPassword(randomUUID()));
