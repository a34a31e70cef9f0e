import type { Request, Response, Router } from 'express';
import type { Db } from '../db/open';
import type { Access, CurrentUser, Membership, RouteSpec } from './route';
import { AppError, forbidden, notFound, unauthorized } from './errors';
import { parse } from './validate';
import { uploadBody } from './uploadBody';
import { SESSION_COOKIE, findSession, readCookie } from '../auth/sessions';
import { allows, canSeeIdentities } from '../auth/permissions';
import { findMembership } from '../services/investigations';
import { redactorFor } from '../services/redaction';
import { redactDeep } from '../anonymise/registryRedactor';

/** What mounting needs from the app. */
export interface MountDeps {
  db: Db;
  now: () => Date;
  uploadLimit: string;
  /** The largest a gzip-compressed upload may be once unpacked, in bytes (default DEFAULT_UNPACKED_LIMIT). */
  unpackedLimit?: number;
}

interface Caller { user: CurrentUser | null; csrfToken: string | null }

function identify(db: Db, req: Request, now: Date): Caller {
  const token = readCookie(req.headers.cookie, SESSION_COOKIE);
  if (!token) return { user: null, csrfToken: null };
  const found = findSession(db, token, now);
  if (!found) return { user: null, csrfToken: null };
  const { user, session } = found;
  return { user: { id: user.id, email: user.email, name: user.name, isAdmin: user.isAdmin }, csrfToken: session.csrfToken };
}

function authorise(db: Db, access: Access, caller: Caller, params: Record<string, string>): Membership | null {
  if (access.kind === 'public') return null;
  if (!caller.user) throw unauthorized();
  if (access.kind === 'session') return null;
  if (access.kind === 'admin') {
    if (!caller.user.isAdmin) throw forbidden('only administrators may do this');
    return null;
  }
  const investigationId = access.investigationOf ? access.investigationOf(db, params) : params.id;
  if (!investigationId) throw notFound(access.investigationOf ? 'item' : 'investigation');
  const role = findMembership(db, investigationId, caller.user.id);
  if (!role) throw notFound(access.investigationOf ? 'item' : 'investigation');
  if (!allows(role, access.permission)) throw forbidden(`your role (${role}) does not allow this`);
  return { investigationId, role, canSeeIdentities: canSeeIdentities(role) };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Mounts route specs on a router: authenticate, authorise, check CSRF, parse, handle, redact, respond. */
export function mountRoutes(router: Router, specs: readonly RouteSpec[], deps: MountDeps): void {
  for (const spec of specs) {
    const parsers = spec.raw
      ? [uploadBody(deps)]
      : [];
    router[spec.method](spec.path, ...parsers, async (req: Request, res: Response) => {
      const now = deps.now();
      const caller = identify(deps.db, req, now);
      const params = req.params as Record<string, string>;
      const member = authorise(deps.db, spec.access, caller, params);
      if (caller.user && !SAFE_METHODS.has(req.method) && spec.access.kind !== 'public') {
        if (req.get('x-csrf-token') !== caller.csrfToken) throw forbidden('missing or wrong X-CSRF-Token header');
      }
      const redact = <T>(value: T): T =>
        member && !member.canSeeIdentities ? redactDeep(value, redactorFor(deps.db, member.investigationId)) : value;
      let result: unknown;
      try {
        const body = spec.raw ? req.body : spec.body ? parse(spec.body, req.body, 'body') : undefined;
        const query = spec.query ? parse(spec.query, req.query, 'query') : undefined;
        result = await spec.handler({ db: deps.db, user: caller.user, member, body, query, params, req, res, now: deps.now });
      } catch (err) {
        // Error messages and details (e.g. the current record of a conflict) obey the same identity rule as data.
        if (err instanceof AppError) throw new AppError(err.status, err.code, redact(err.message), redact(err.details));
        throw err;
      }
      if (result === undefined || res.headersSent) {
        if (!res.headersSent) res.status(204).end();
        return;
      }
      res.status(spec.status ?? 200).json({ data: redact(result) });
    });
  }
}
