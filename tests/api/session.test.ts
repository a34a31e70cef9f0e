import { describe, expect, it } from 'vitest';
import request from 'supertest';
import { buildTestApp, buildUser, login, TEST_PASSWORD } from '../helpers/app';

describe('POST /api/session', () => {
  it('logs in with the right password and sets an httpOnly SameSite cookie', async () => {
    const { app, db } = buildTestApp();
    const user = await buildUser(db);
    const res = await request(app).post('/api/session').send({ email: user.email, password: TEST_PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body.data.user.email).toBe(user.email);
    expect(res.body.data.csrfToken).toMatch(/\S{20,}/);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Max-Age=/);
  });

  it('responds 401 to a wrong password without saying which part was wrong', async () => {
    const { app, db } = buildTestApp();
    const user = await buildUser(db);
    const res = await request(app).post('/api/session').send({ email: user.email, password: 'not the password' });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('unauthorized');
  });

  it('responds 429 after too many failed logins from one address', async () => {
    const { app, db } = buildTestApp({ loginLimit: 3 });
    const user = await buildUser(db);
    for (let i = 0; i < 3; i++) await request(app).post('/api/session').send({ email: user.email, password: 'wrong password!' });
    const res = await request(app).post('/api/session').send({ email: user.email, password: TEST_PASSWORD });
    expect(res.status).toBe(429);
    expect(res.body.error.code).toBe('too_many_requests');
  });

  it('refuses a disabled account', async () => {
    const { app, db } = buildTestApp();
    const admin = await buildUser(db, { isAdmin: true });
    const user = await buildUser(db);
    const adminClient = await login(app, admin.email);
    await adminClient.patch(`/api/users/${user.id}`, { version: 1, disabled: true }).expect(200);
    const res = await request(app).post('/api/session').send({ email: user.email, password: TEST_PASSWORD });
    expect(res.status).toBe(401);
  });
});

describe('GET /api/session', () => {
  it('says who is logged in and returns the CSRF token', async () => {
    const { app, db } = buildTestApp();
    const user = await buildUser(db);
    const client = await login(app, user.email);
    const res = await client.get('/api/session').expect(200);
    expect(res.body.data.user.id).toBe(user.id);
    expect(res.body.data.csrfToken).toBeTruthy();
  });

  it('responds 401 without a session', async () => {
    const { app } = buildTestApp();
    await request(app).get('/api/session').expect(401);
  });
});

describe('DELETE /api/session', () => {
  it('logs out so the cookie no longer works', async () => {
    const { app, db } = buildTestApp();
    const user = await buildUser(db);
    const client = await login(app, user.email);
    await client.delete('/api/session').expect(200);
    await client.get('/api/session').expect(401);
  });

  it('refuses a write without the CSRF token with 403', async () => {
    const { app, db } = buildTestApp();
    const user = await buildUser(db);
    const agent = request.agent(app);
    await agent.post('/api/session').send({ email: user.email, password: TEST_PASSWORD }).expect(200);
    const res = await agent.delete('/api/session');
    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(/CSRF/);
    await agent.get('/api/session').expect(200);
  });
});
