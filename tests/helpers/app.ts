import request from 'supertest';
import type { Express } from 'express';
import { openDatabase, type Db } from '../../server/db/open';
import { createApp } from '../../server/app';
import { createUser } from '../../server/services/users';
import { createInvestigation } from '../../server/services/investigations';
import { addMember } from '../../server/services/members';
import { actorOf } from '../../server/services/actor';
import type { MemberRole } from '../../schema/contracts/enums';

/** A fixed clock for tests. */
export const FIXED_NOW = new Date('2026-03-01T09:00:00.000Z');

/** A fresh in-memory database with migrations applied, and the app over it. */
export function buildTestApp(options: { now?: () => Date; loginLimit?: number; jsonLimit?: string } = {}) {
  const db = openDatabase(':memory:');
  const app = createApp({ db, now: options.now ?? (() => FIXED_NOW), loginLimit: options.loginLimit ?? 1000, jsonLimit: options.jsonLimit });
  return { db, app };
}

export const TEST_PASSWORD = 'correct horse battery staple';

let counter = 0;

/** Creates an account with the test password. */
export async function buildUser(db: Db, overrides: { email?: string; name?: string; isAdmin?: boolean } = {}) {
  counter += 1;
  return createUser(db, actorOf(null, FIXED_NOW), {
    email: overrides.email ?? `user${counter}@example.test`,
    name: overrides.name ?? `User ${counter}`,
    password: TEST_PASSWORD,
    isAdmin: overrides.isAdmin ?? false,
  });
}

/** A logged-in client: an agent that keeps the cookie and sends the CSRF token on writes. */
export interface Client {
  userId: string;
  email: string;
  get(url: string): request.Test;
  post(url: string, body?: unknown): request.Test;
  patch(url: string, body?: unknown): request.Test;
  put(url: string, body?: unknown): request.Test;
  delete(url: string): request.Test;
}

/** Logs a user in and returns a client carrying the session cookie and CSRF token. */
export async function login(app: Express, email: string, password = TEST_PASSWORD): Promise<Client> {
  const agent = request.agent(app);
  const res = await agent.post('/api/session').send({ email, password });
  if (res.status !== 200) throw new Error(`login failed for ${email}: ${res.status} ${JSON.stringify(res.body)}`);
  const csrf = res.body.data.csrfToken as string;
  const userId = res.body.data.user.id as string;
  return {
    userId,
    email,
    get: (url) => agent.get(url),
    post: (url, body) => agent.post(url).set('X-CSRF-Token', csrf).send(body as object),
    patch: (url, body) => agent.patch(url).set('X-CSRF-Token', csrf).send(body as object),
    put: (url, body) => agent.put(url).set('X-CSRF-Token', csrf).send(body as object),
    delete: (url) => agent.delete(url).set('X-CSRF-Token', csrf),
  };
}

/** An investigation with one logged-in client per role. */
export async function buildInvestigationWithRoles(app: Express, db: Db) {
  const lead = await buildUser(db, { name: 'Lead Investigator' });
  const inv = createInvestigation(db, { ...actorOf(lead.id, FIXED_NOW), userId: lead.id }, {
    reference: `TEST-${++counter}`, title: 'Test investigation', status: 'evidence', incidentDate: '2024-01-18',
    termsOfReference: [], scopeStart: null, scopeEnd: null, methodology: '', commissioningBody: '',
    parallelProcesses: [], summary: '', outcome: 'Child was seriously harmed', publishingArea: 'Anonymous',
  });
  const clients: Record<MemberRole | 'outsider', Client> = {} as never;
  clients.lead = await login(app, lead.email);
  for (const role of ['investigator', 'panel', 'observer'] as const) {
    const u = await buildUser(db, { name: `${role} user` });
    addMember(db, actorOf(lead.id, FIXED_NOW), inv.id, u.email, role);
    clients[role] = await login(app, u.email);
  }
  const outsider = await buildUser(db, { name: 'Outsider' });
  clients.outsider = await login(app, outsider.email);
  return { investigationId: inv.id, clients };
}
