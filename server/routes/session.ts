import { z } from 'zod';
import { LoginSchema, SessionSchema } from '../../schema/contracts/accounts';
import { defineRoute } from '../http/route';
import { AppError, unauthorized } from '../http/errors';
import { authenticate, findUserByEmail, presentUser } from '../services/users';
import { SESSION_COOKIE, endSession, findSession, readCookie, startSession } from '../auth/sessions';

/** Session settings the routes need. */
export interface SessionOptions { hours: number; secureCookies: boolean }

/** Log in, log out and "who am I". */
export function sessionRoutes(o: SessionOptions) {
  const cookieOptions = { httpOnly: true, sameSite: 'strict' as const, secure: o.secureCookies, path: '/' };
  return [
    defineRoute({
      method: 'post', path: '/api/session', tag: 'session', summary: 'Log in with email and password',
      access: { kind: 'public' }, body: LoginSchema, response: SessionSchema,
      async handler({ db, body, res, now }) {
        const user = await authenticate(db, body.email, body.password);
        if (!user) throw new AppError(401, 'unauthorized', 'email or password is not recognised, or the account is disabled');
        const s = startSession(db, user.id, now(), o.hours);
        res.cookie(SESSION_COOKIE, s.token, { ...cookieOptions, maxAge: o.hours * 3_600_000 });
        return { user: presentUser(user), csrfToken: s.csrfToken, expiresAt: s.expiresAt };
      },
    }),
    defineRoute({
      method: 'get', path: '/api/session', tag: 'session', summary: 'Who is logged in, with the CSRF token for writes',
      access: { kind: 'session' }, response: SessionSchema,
      handler({ db, req, user, now }) {
        const token = readCookie(req.headers.cookie, SESSION_COOKIE);
        const found = token ? findSession(db, token, now()) : undefined;
        if (!found || !user) throw unauthorized();
        const full = findUserByEmail(db, user.email)!;
        return { user: presentUser(full), csrfToken: found.session.csrfToken, expiresAt: found.session.expiresAt };
      },
    }),
    defineRoute({
      method: 'delete', path: '/api/session', tag: 'session', summary: 'Log out',
      access: { kind: 'session' }, response: z.object({ loggedOut: z.boolean() }),
      handler({ db, req, res }) {
        const token = readCookie(req.headers.cookie, SESSION_COOKIE);
        if (token) endSession(db, token);
        res.clearCookie(SESSION_COOKIE, cookieOptions);
        return { loggedOut: true };
      },
    }),
  ];
}
