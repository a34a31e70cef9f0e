import { beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import type { Express } from 'express';
import type { Db } from '../../server/db/open';
import { buildInvestigationWithRoles, buildTestApp, buildUser, login, type Client } from '../helpers/app';
import { fillPath, matrixWorld, pathParams, readBriefly, routeName, routeTable, tableCounts } from '../helpers/routeMatrix';
import type { MemberRole } from '../../schema/contracts/enums';

let app: Express;
let db: Db;
let investigationId: string;
let clients: Record<MemberRole | 'outsider', Client>;
let version: () => Promise<number>;

beforeAll(async () => {
  ({ app, db } = buildTestApp());
  ({ investigationId, clients } = await buildInvestigationWithRoles(app, db));
  version = async () => (await clients.lead.get(`/api/investigations/${investigationId}`).expect(200)).body.data.version;
});

/** Runs a request and checks that the database is exactly as before. */
async function changesNothing(run: () => Promise<unknown>) {
  const before = tableCounts(db);
  const v = await version();
  await run();
  expect(tableCounts(db)).toEqual(before);
  expect(await version()).toBe(v);
}

describe('PATCH /api/investigations/:id with bad input', () => {
  it('responds 400 validation_error to malformed JSON, changing nothing', async () => {
    await changesNothing(async () => {
      const res = await clients.lead.patch(`/api/investigations/${investigationId}`).set('Content-Type', 'application/json').send('{"version": 1, "title": ');
      expect(res.status).toBe(400);
      expect(res.body.error).toEqual({ code: 'validation_error', message: 'body: malformed JSON' });
    });
  });

  it('names the field of a zod failure, with its index, changing nothing', async () => {
    await changesNothing(async () => {
      const res = await clients.lead.patch(`/api/investigations/${investigationId}`, { version: await version(), termsOfReference: ['Why?', '  '] });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('validation_error');
      expect(res.body.error.message).toBe('termsOfReference[1]: must not be empty');
      expect(res.body.error.details).toEqual([{ field: 'termsOfReference[1]', message: 'must not be empty' }]);
    });
  });

  it('names every bad field at once', async () => {
    const res = await clients.lead.patch(`/api/investigations/${investigationId}`, { version: 'one', status: 'closed', incidentDate: '18/01/2024' });
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual(['incidentDate', 'status', 'version']);
  });

  it('responds 413 payload_too_large to a body over the limit, changing nothing', async () => {
    await changesNothing(async () => {
      const res = await clients.lead.patch(`/api/investigations/${investigationId}`, { version: await version(), summary: 'x'.repeat(1_100_000) });
      expect(res.status).toBe(413);
      expect(res.body.error.code).toBe('payload_too_large');
    });
  });

  it('responds 400 to a body that is JSON but not an object', async () => {
    await changesNothing(async () => {
      const res = await clients.lead.patch(`/api/investigations/${investigationId}`).set('Content-Type', 'application/json').send('"hello"');
      expect(res.status).toBe(400);
    });
  });
});

describe('unknown /api routes', () => {
  it('respond with a JSON 404 naming the method and full path, changing nothing', async () => {
    await changesNothing(async () => {
      const res = await clients.lead.post('/api/no-such-thing', { a: 1 });
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toMatch(/json/);
      expect(res.body.error).toEqual({ code: 'not_found', message: 'no route for POST /api/no-such-thing' });
    });
  });

  it('answer a wrong method on a known path with a JSON 404', async () => {
    const res = await clients.lead.put(`/api/investigations/${investigationId}`, {});
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
  });
});

describe('GET /healthz', () => {
  it('answers without a login', async () => {
    const res = await request(app).get('/healthz').expect(200);
    expect(res.body).toEqual({ data: { status: 'ok' } });
  });
});

describe('security headers', () => {
  it('are sent on API responses', async () => {
    const res = await request(app).get('/api/session');
    expect(res.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });
});

/** Bodies and queries a careless or hostile client might send. */
const hostileBodies: { type: string; body: string }[] = [
  { type: 'application/json', body: '{}' },
  { type: 'application/json', body: '[]' },
  { type: 'application/json', body: 'null' },
  { type: 'application/json', body: '{"version":"1","name":["a"],"kind":{"x":1},"title":null,"role":7}' },
  { type: 'application/json', body: '{"version":1e400,"status":"published","termsOfReference":"not a list"}' },
  { type: 'application/json', body: '{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"x":1}}}' },
  { type: 'application/json', body: `{"version":1,"text":"${'\\u0000'.repeat(10)}","email":"${'a'.repeat(5000)}@x"}` },
  { type: 'application/json', body: `${'['.repeat(5000)}${']'.repeat(5000)}` },
  { type: 'text/csv', body: '\uFEFFdate,description\n"unterminated,\u0000\n' },
  { type: 'application/x-www-form-urlencoded', body: 'version=1&title=x' },
];
const hostileQueries = ['?version=abc', '?version=1e400', '?version=-1&version=2', '?limit=-5&offset=x&since=%ZZ', '?kind[]=child&from=not-a-date'];

describe('every route, given hostile input', () => {
  let adminEmail: string;
  beforeAll(async () => { adminEmail = (await buildUser(db, { isAdmin: true })).email; });

  for (const route of routeTable()) {
    it(`${routeName(route)} never answers with a server error`, async () => {
      // A fresh login each time: one of the routes is the logout.
      const client = await login(app, route.access.kind === 'admin' ? adminEmail : clients.lead.email);
      const { url } = fillPath(route, matrixWorld(db, investigationId, clients.lead.userId));
      const statuses: string[] = [];
      const send = async (path: string, body?: { type: string; body: string }) => {
        const test = route.method === 'get' ? client.get(path) : client[route.method](path);
        const res = await readBriefly(body ? test.set('Content-Type', body.type).send(body.body) : test);
        if (res.status >= 500) statuses.push(`${res.status} for ${path} ${body?.body.slice(0, 60) ?? ''}: ${res.text.slice(0, 200)}`);
      };
      if (route.method !== 'get') for (const body of hostileBodies) await send(url, body);
      for (const query of hostileQueries) await send(url + query);
      for (const name of pathParams(route.path)) {
        await send(route.path.replace(/:(\w+)/g, (_m, p: string) => (p === name ? '%E0%A4%A' : url.split('/')[route.path.split('/').indexOf(`:${p}`)]!)));
        await send(route.path.replace(/:(\w+)/g, (_m, p: string) => (p === name ? 'not-an-id' : url.split('/')[route.path.split('/').indexOf(`:${p}`)]!)));
      }
      expect(statuses).toEqual([]);
    });
  }
});

describe('malformed percent-encoding in a path', () => {
  it('is a 400 validation_error naming the path', async () => {
    const res = await clients.lead.get('/api/investigations/%E0%A4%A/people');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_error');
    expect(res.body.error.message).toMatch(/^path: /);
  });
});
