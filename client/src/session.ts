import type { Session, User } from '../../schema/contracts/accounts';
import { ApiFailure, api, setCsrfToken } from './api';

let current: Session | null = null;

/** The logged-in user, or null. */
export function currentUser(): User | null {
  return current?.user ?? null;
}

/** Asks the server who is logged in (GET /api/session) and keeps the CSRF token for writes. */
export async function loadSession(): Promise<User | null> {
  try {
    remember(await api.get<Session>('/api/session'));
  } catch (err) {
    if (!(err instanceof ApiFailure) || err.status !== 401) throw err;
    forgetSession();
  }
  return currentUser();
}

/** Logs in with email and password; throws ApiFailure when refused. */
export async function logIn(email: string, password: string): Promise<User> {
  const session = await api.post<Session>('/api/session', { email, password });
  remember(session);
  return session.user;
}

/** Logs out on the server and forgets the session here. */
export async function logOut(): Promise<void> {
  try {
    await api.delete('/api/session');
  } finally {
    forgetSession();
  }
}

/** Forgets the session locally, e.g. after the server answered 401. */
export function forgetSession(): void {
  current = null;
  setCsrfToken(null);
}

function remember(session: Session): void {
  current = session;
  setCsrfToken(session.csrfToken);
}
