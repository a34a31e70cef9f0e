import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../server/db/open';
import { createApp } from '../../server/app';
import { loadConfig } from '../../server/config';
import { FIXED_NOW, TEST_PASSWORD, buildInvestigationWithRoles, buildTestApp, buildUser, login } from '../helpers/app';
import { databaseChecksum } from '../helpers/dbChecksum';
import { routeName, routeTable } from '../helpers/routeMatrix';

const SECRET = 'SECRET-OUTSIDE-THE-CLIENT-FOLDER';
const dir = mkdtempSync(join(tmpdir(), 'sightline-security-'));
const clientDir = join(dir, 'public');

/** An app serving a small client folder, with a secret file next to (outside) it. */
function appWithClient(options: { secureCookies?: boolean; loginLimit?: number } = {}) {
  const db = openDatabase(':memory:');
  return { db, app: createApp({ db, now: () => FIXED_NOW, clientDir, ...options }) };
}

beforeAll(() => {
  mkdirSync(join(clientDir, 'assets'), { recursive: true });
  writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>Sightline</title><script type="module" src="/assets/app.js"></script>');
  writeFileSync(join(clientDir, 'assets', 'app.js'), 'console.log("client")');
  writeFileSync(join(dir, 'secret.txt'), SECRET);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const directives = (header: string) => new Map(header.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));

describe('the Content-Security-Policy', () => {
  it('lets scripts come only from the server itself, on pages and API responses: no inline or eval script, no plugins, no framing', async () => {
    const { app } = appWithClient();
    for (const path of ['/', '/login', '/investigations/abc/chronology', '/assets/app.js', '/api/session', '/api/nowhere']) {
      const res = await request(app).get(path);
      const csp = directives(String(res.headers['content-security-policy']));
      expect(csp.get('script-src'), path).toEqual(["'self'"]);
      expect(csp.get('default-src'), path).toEqual(["'self'"]);
      for (const values of csp.values()) expect(values.join(' '), path).not.toMatch(/unsafe-eval/);
      expect(csp.get('script-src-attr') ?? ["'none'"], path).toEqual(["'none'"]);
      expect(csp.get('object-src'), path).toEqual(["'none'"]);
      expect(csp.get('frame-ancestors'), path).toEqual(["'none'"]);
      expect(csp.get('base-uri'), path).toEqual(["'self'"]);
      expect(res.headers['x-content-type-options'], path).toBe('nosniff');
    }
  });
});

describe('the session cookie', () => {
  const cookieOf = async (app: ReturnType<typeof appWithClient>['app'], db: ReturnType<typeof appWithClient>['db']) => {
    const user = await buildUser(db);
    const res = await request(app).post('/api/session').send({ email: user.email, password: TEST_PASSWORD }).expect(200);
    return String(res.headers['set-cookie']);
  };

  it('is HttpOnly, SameSite=Strict and scoped to the whole site, and not Secure over plain HTTP', async () => {
    const { app, db } = appWithClient();
    const cookie = await cookieOf(app, db);
    expect(cookie).toMatch(/^sightline_session=[\w-]{40,};/);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Strict/);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).not.toMatch(/; Secure/);
  });

  it('is also Secure, with HSTS, when SIGHTLINE_SECURE_COOKIES=true', async () => {
    expect(loadConfig({ SIGHTLINE_SECURE_COOKIES: 'true' }).secureCookies).toBe(true);
    const { app, db } = appWithClient({ secureCookies: true });
    expect(await cookieOf(app, db)).toMatch(/; Secure/);
    const res = await request(app).get('/api/session');
    expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
  });

  it('is never readable from the response body: the body carries only the CSRF token', async () => {
    const { app, db } = appWithClient();
    const user = await buildUser(db);
    const res = await request(app).post('/api/session').send({ email: user.email, password: TEST_PASSWORD }).expect(200);
    const token = /sightline_session=([^;]+)/.exec(String(res.headers['set-cookie']))![1]!;
    expect(res.text).not.toContain(token);
  });
});

describe('cross-site request forgery', () => {
  it('refuses a write without the X-CSRF-Token header, with a wrong one, or with another session\'s, changing nothing', async () => {
    const { app, db } = buildTestApp();
    const { investigationId, clients } = await buildInvestigationWithRoles(app, db);
    const user = await buildUser(db);
    const agent = request.agent(app);
    await agent.post('/api/session').send({ email: user.email, password: TEST_PASSWORD }).expect(200);
    const leadAgent = request.agent(app);
    const leadLogin = await leadAgent.post('/api/session').send({ email: clients.lead.email, password: TEST_PASSWORD }).expect(200);
    const other = await login(app, user.email);
    const otherToken = (await other.get('/api/session')).body.data.csrfToken as string;
    const before = databaseChecksum(db.$client);
    const url = `/api/investigations/${investigationId}/agencies`;
    const attempts = [
      leadAgent.post(url).send({ name: 'Forged agency', kind: 'police' }),
      leadAgent.post(url).set('X-CSRF-Token', 'guessed').send({ name: 'Forged agency', kind: 'police' }),
      leadAgent.post(url).set('X-CSRF-Token', otherToken).send({ name: 'Forged agency', kind: 'police' }),
      leadAgent.post(url).type('form').send('name=Forged+agency&kind=police'),
      leadAgent.patch(`/api/investigations/${investigationId}`).send({ title: 'Forged', version: 1 }),
      leadAgent.delete(`/api/investigations/${investigationId}?version=1`),
      leadAgent.post(`/api/investigations/${investigationId}/chronology/import?agencyId=${investigationId}`).type('text/csv').send('Date,Details\n01/01/2023,x\n'),
    ];
    for (const attempt of attempts) {
      const res = await attempt;
      expect(res.status).toBe(403);
      expect(res.body.error.message).toContain('X-CSRF-Token');
    }
    expect(databaseChecksum(db.$client)).toBe(before);
    await leadAgent.post(url).set('X-CSRF-Token', leadLogin.body.data.csrfToken).send({ name: 'Real agency', kind: 'police' }).expect(201);
  });
});

describe('the login rate limit', () => {
  it('answers 429 after the configured number of failed logins from one address, even to the right password', async () => {
    const { app, db } = appWithClient({ loginLimit: 3 });
    const user = await buildUser(db);
    for (let i = 0; i < 5; i++) await request(app).post('/api/session').send({ email: user.email, password: TEST_PASSWORD }).expect(200);
    for (let i = 0; i < 3; i++) await request(app).post('/api/session').send({ email: user.email, password: 'wrong password here' }).expect(401);
    const limited = await request(app).post('/api/session').send({ email: user.email, password: TEST_PASSWORD }).expect(429);
    expect(limited.body.error).toMatchObject({ code: 'too_many_requests' });
    expect(limited.headers['ratelimit-policy'] ?? limited.headers.ratelimit).toBeDefined();
  });
});

const traversals = [
  '/..%2f..%2fetc/passwd', '/..%2f..%2f..%2f..%2fetc%2fpasswd', '/%2e%2e/%2e%2e/etc/passwd', '/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '/..%5c..%5cetc%5cpasswd', '/%252e%252e%252fsecret.txt', '/..%2fsecret.txt', '/assets/..%2f..%2fsecret.txt', '/assets/%2e%2e/%2e%2e/secret.txt',
  '/....//....//etc/passwd', '/..%c0%af..%c0%afetc/passwd', '/secret.txt%00.js', '/%00../secret.txt', '/assets/../../secret.txt', '/.%2e/secret.txt',
];

describe('file-serving routes, given path traversal', () => {
  it('never serve a file outside the client folder, in any encoding', async () => {
    const { app } = appWithClient();
    for (const path of traversals) {
      const res = await request(app).get(path);
      expect([200, 400, 403, 404], `${path} answered ${res.status}`).toContain(res.status);
      expect(res.text, path).not.toContain(SECRET);
      expect(res.text, path).not.toMatch(/root:x?:0:0/);
      if (res.status === 200) expect(res.text, path).toContain('<title>Sightline</title>');
    }
  });

  it('serve the client\'s own files', async () => {
    const { app } = appWithClient();
    expect((await request(app).get('/assets/app.js').expect(200)).text).toContain('client');
  });

  // Every route that answers with a file (the change stream is a stream, not a file).
  const fileRoutes = routeTable().filter((r) => r.method === 'get' && r.producesFile && r.producesFile !== 'text/event-stream');
  for (const route of fileRoutes) {
    it(`${routeName(route)} never answers 500 or reads files when its parameters are traversal attempts`, async () => {
      const { app, db } = buildTestApp();
      const { investigationId, clients } = await buildInvestigationWithRoles(app, db);
      for (const attempt of ['..%2f..%2f..%2fetc%2fpasswd', '..%2F..%2Fsecret', '%2e%2e%2f%2e%2e%2f', '..\\..\\windows\\win.ini', '%00']) {
        const url = route.path.replace(/:(\w+)/g, (_m, name: string) => (name === 'id' ? investigationId : attempt));
        const res = await clients.lead.get(url);
        expect(res.status, `${url} answered ${res.status}`).toBeLessThan(500);
        expect(res.text ?? '', url).not.toMatch(/root:x?:0:0|\[fonts\]/);
      }
    });
  }
});
