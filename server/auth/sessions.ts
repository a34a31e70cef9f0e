import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, lt } from 'drizzle-orm';
import type { Db } from '../db/open';
import { sessions, users } from '../../schema/tables';

/** The session cookie's name. */
export const SESSION_COOKIE = 'sightline_session';

const digest = (token: string) => createHash('sha256').update(token).digest('hex');

/** Starts a session; returns the token for the cookie (only its hash is stored). */
export function startSession(db: Db, userId: string, now: Date, hours: number) {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + hours * 3_600_000).toISOString();
  db.delete(sessions).where(lt(sessions.expiresAt, now.toISOString())).run();
  db.insert(sessions).values({ id: digest(token), userId, csrfToken, createdAt: now.toISOString(), expiresAt }).run();
  return { token, csrfToken, expiresAt };
}

/** Finds the live session and its enabled user for a cookie token. */
export function findSession(db: Db, token: string, now: Date) {
  const row = db.select({ session: sessions, user: users }).from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, digest(token)), gt(sessions.expiresAt, now.toISOString())))
    .get();
  if (!row || row.user.disabled) return undefined;
  return row;
}

/** Ends a session. */
export function endSession(db: Db, token: string): void {
  db.delete(sessions).where(eq(sessions.id, digest(token))).run();
}

/** Ends every session of a user (after a password reset or disabling). */
export function endUserSessions(db: Db, userId: string): void {
  db.delete(sessions).where(eq(sessions.userId, userId)).run();
}

/** Reads one cookie from a Cookie header. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eqAt = part.indexOf('=');
    if (eqAt < 0) continue;
    if (part.slice(0, eqAt).trim() === name) {
      try { return decodeURIComponent(part.slice(eqAt + 1).trim()); } catch { return undefined; }
    }
  }
  return undefined;
}
