import { beforeEach, describe, expect, it } from 'vitest';
import request from 'supertest';
import type { Express } from 'express';
import type { Db } from '../../server/db/open';
import { buildTestApp, buildUser, FIXED_NOW, login, TEST_PASSWORD, type Client } from '../helpers/app';

let app: Express;
let db: Db;
let admin: Client;
let adminId: string;
let clock: Date;

beforeEach(async () => {
  clock = FIXED_NOW;
  ({ app, db } = buildTestApp({ now: () => clock }));
  const user = await buildUser(db, { isAdmin: true, name: 'Admin' });
  adminId = user.id;
  admin = await login(app, user.email);
});

const canLogIn = async (email: string, password = TEST_PASSWORD) =>
  (await request(app).post('/api/session').send({ email, password })).status === 200;

describe('GET /api/users', () => {
  it('lists every account, for administrators, without password hashes', async () => {
    await buildUser(db, { email: 'b@example.test' });
    const res = await admin.get('/api/users').expect(200);
    expect(res.body.data.map((u: { email: string }) => u.email)).toContain('b@example.test');
    expect(Object.keys(res.body.data[0]).sort()).toEqual(['disabled', 'email', 'id', 'isAdmin', 'name', 'version']);
  });
});

describe('POST /api/users', () => {
  it('creates an account that can log in, storing the email in lower case', async () => {
    const res = await admin.post('/api/users', { email: 'New.Person@Example.TEST', name: 'New Person', password: 'a long enough password' });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ email: 'new.person@example.test', name: 'New Person', isAdmin: false, disabled: false, version: 1 });
    expect(await canLogIn('NEW.PERSON@example.test', 'a long enough password')).toBe(true);
  });

  it('responds 422 naming email when the address is taken, in any case', async () => {
    await buildUser(db, { email: 'taken@example.test' });
    const res = await admin.post('/api/users', { email: 'Taken@Example.test', name: 'Again', password: 'a long enough password' });
    expect(res.status).toBe(422);
    expect(res.body.error.message).toMatch(/^email: /);
  });

  it('responds 422, not a database error, when two requests create the same email at once', async () => {
    const body = { email: 'race@example.test', name: 'Race', password: 'a long enough password' };
    const results = await Promise.all([admin.post('/api/users', body), admin.post('/api/users', body)]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 422]);
  });

  it('responds 400 naming password when it is short, and email when it is not an address', async () => {
    const res = await admin.post('/api/users', { email: 'not-an-email', name: 'X', password: 'short' });
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual(['email', 'password']);
    expect(res.body.error.message).toMatch(/password: must be at least 12 characters/);
  });
});

describe('PATCH /api/users/:id', () => {
  it('renames an account and bumps its version', async () => {
    const user = await buildUser(db);
    const res = await admin.patch(`/api/users/${user.id}`, { version: 1, name: 'Renamed' }).expect(200);
    expect(res.body.data).toMatchObject({ name: 'Renamed', version: 2 });
  });

  it("disables an account: it cannot log in and its sessions end", async () => {
    const user = await buildUser(db);
    const client = await login(app, user.email);
    await admin.patch(`/api/users/${user.id}`, { version: 1, disabled: true }).expect(200);
    await client.get('/api/session').expect(401);
    expect(await canLogIn(user.email)).toBe(false);
    await admin.patch(`/api/users/${user.id}`, { version: 2, disabled: false }).expect(200);
    expect(await canLogIn(user.email)).toBe(true);
  });

  it('resets a password: the old one stops working and existing sessions end', async () => {
    const user = await buildUser(db);
    const client = await login(app, user.email);
    await admin.patch(`/api/users/${user.id}`, { version: 1, password: 'a fresh long password' }).expect(200);
    await client.get('/api/session').expect(401);
    expect(await canLogIn(user.email)).toBe(false);
    expect(await canLogIn(user.email, 'a fresh long password')).toBe(true);
  });

  it('responds 422 naming the field changed when administrators disable or demote their own account, changing nothing', async () => {
    for (const [change, field] of [[{ disabled: true }, 'disabled'], [{ isAdmin: false }, 'isAdmin']] as const) {
      const res = await admin.patch(`/api/users/${adminId}`, { version: 1, ...change });
      expect(res.status).toBe(422);
      expect(res.body.error.message).toMatch(new RegExp(`^${field}: administrators cannot`));
    }
    await admin.get('/api/users').expect(200);
  });

  it('promotes an account to administrator', async () => {
    const user = await buildUser(db);
    await admin.patch(`/api/users/${user.id}`, { version: 1, isAdmin: true }).expect(200);
    const promoted = await login(app, user.email);
    await promoted.get('/api/users').expect(200);
  });

  it('responds 404 for an unknown account', async () => {
    const res = await admin.patch('/api/users/00000000-0000-4000-8000-000000000000', { version: 1, name: 'Nobody' });
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
  });
});

describe('POST /api/session', () => {
  it('treats the email case-insensitively', async () => {
    const user = await buildUser(db, { email: 'casey@example.test' });
    expect(await canLogIn(user.email.toUpperCase())).toBe(true);
  });

  it('gives the same answer for an unknown email as for a wrong password', async () => {
    const user = await buildUser(db);
    const unknown = await request(app).post('/api/session').send({ email: 'nobody@example.test', password: TEST_PASSWORD });
    const wrong = await request(app).post('/api/session').send({ email: user.email, password: 'not the right one' });
    expect(unknown.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
  });

  it('says when the session expires: twelve hours from now by default', async () => {
    const user = await buildUser(db);
    const res = await request(app).post('/api/session').send({ email: user.email, password: TEST_PASSWORD }).expect(200);
    expect(res.body.data.expiresAt).toBe('2026-03-01T21:00:00.000Z');
    expect(String(res.headers['set-cookie'])).toMatch(/Max-Age=43200/);
  });
});

describe('GET /api/session', () => {
  it('works until the session expires and responds 401 after', async () => {
    const user = await buildUser(db);
    const client = await login(app, user.email);
    clock = new Date(FIXED_NOW.getTime() + 12 * 3_600_000 - 1000);
    await client.get('/api/session').expect(200);
    clock = new Date(FIXED_NOW.getTime() + 12 * 3_600_000);
    const res = await client.get('/api/session');
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('unauthorized');
    await client.get('/api/investigations').expect(401);
  });

  it('responds 401 to a cookie that is not a session', async () => {
    const res = await request(app).get('/api/session').set('Cookie', 'sightline_session=forged%ZZ; other=1');
    expect(res.status).toBe(401);
  });
});

describe('DELETE /api/session', () => {
  it('ends only this session', async () => {
    const user = await buildUser(db);
    const first = await login(app, user.email);
    const second = await login(app, user.email);
    await first.delete('/api/session').expect(200);
    await first.get('/api/session').expect(401);
    await second.get('/api/session').expect(200);
  });
});
