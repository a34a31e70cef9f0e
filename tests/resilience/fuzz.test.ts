import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import request from 'supertest';
import { randomUUID } from 'node:crypto';
import { buildInvestigationWithRoles, buildTestApp, buildUser, login, type Client } from '../helpers/app';
import { ensureEntity, fillPath, isMemberRoute, matrixEntities, matrixWorld, routeName, routeTable } from '../helpers/routeMatrix';
import { databaseChecksum } from '../helpers/dbChecksum';
import { bodyArbitrary, fuzzOptions, queryArbitrary, type FuzzBody } from '../helpers/fuzzArbitraries';
import type { RouteSpec } from '../../server/http/route';

const writeRoutes = routeTable().filter((r) => r.method !== 'get');

/** Which entity a path parameter names, by its name or (for `:linkId`) the collection before it. */
const paramEntity = (name: string, previous: string): string | undefined => ({
  agencyId: 'agency', personId: 'person', placeId: 'place', memberId: 'member', sourceId: 'source', episodeId: 'episode', eventId: 'event',
  factorId: 'factor', findingId: 'finding', recId: 'recommendation', responseId: 'response', actionId: 'safetyAction', commentId: 'comment',
  reviewId: 'reviewDecision', snapshotId: 'snapshot', ackId: 'checkAcknowledgement',
  linkId: previous === 'links' ? 'eventLink' : 'factorLink',
} as Record<string, string>)[name];

/** A fresh investigation holding one row of every entity, with a lead, an administrator and an anonymous caller. */
async function fuzzWorld() {
  const { app, db } = buildTestApp();
  const { investigationId, clients } = await buildInvestigationWithRoles(app, db);
  const admin = await buildUser(db, { isAdmin: true });
  const someone = await buildUser(db);
  const w = matrixWorld(db, investigationId, clients.lead.userId);
  for (const entity of matrixEntities()) ensureEntity(w, entity);
  const ids = [investigationId, clients.lead.userId, ...w.made.values()];
  return { app, db, w, ids, lead: clients.lead, admin: await login(app, admin.email), someoneId: someone.id, investigationId };
}
type World = Awaited<ReturnType<typeof fuzzWorld>>;

function urlFor(route: RouteSpec, world: World): string {
  if (isMemberRoute(route) && route.access.investigationOf) return fillPath(route, world.w).url;
  const segments = route.path.split('/');
  return segments.map((segment, i) => {
    if (!segment.startsWith(':')) return segment;
    const name = segment.slice(1);
    if (name === 'id') return segments[i - 1] === 'users' ? world.someoneId : world.investigationId;
    const entity = paramEntity(name, segments[i - 1] ?? '');
    return (entity && world.w.made.get(entity)) ?? randomUUID();
  }).join('/');
}

async function clientFor(route: RouteSpec, world: World): Promise<Client | null> {
  if (route.access.kind === 'public') return null;
  if (route.access.kind === 'admin') return world.admin;
  // Logging out ends the session: give it a session of its own each time.
  if (route.method === 'delete' && route.path === '/api/session') return login(world.app, world.lead.email);
  return world.lead;
}

function send(client: Client | null, world: World, route: RouteSpec, url: string, body: FuzzBody | Buffer | string) {
  const req = client ? client[route.method](url) : request(world.app)[route.method](url);
  if (Buffer.isBuffer(body) || typeof body === 'string') return req.set('Content-Type', route.raw ?? 'text/plain').send(body);
  return req.set('Content-Type', 'application/json').send(body.kind === 'json' ? JSON.stringify(body.value) ?? 'null' : body.text);
}

const rawBody = fc.oneof(fc.uint8Array({ maxLength: 2_000 }).map((a) => Buffer.from(a)), fc.string({ unit: 'grapheme', maxLength: 500 }), fc.jsonValue().map((v) => JSON.stringify(v)));

describe('every write endpoint of the route table, given random and malformed input', () => {
  it('covers the write routes (the table is read, not listed here)', () => {
    expect(writeRoutes.length).toBeGreaterThan(40);
  });

  for (const route of writeRoutes) {
    it(`${routeName(route)} never answers 500 and changes nothing when it refuses`, async () => {
      const world = await fuzzWorld();
      const url = urlFor(route, world);
      const body = route.raw ? rawBody : bodyArbitrary(route.body, world.ids);
      await fc.assert(fc.asyncProperty(body, queryArbitrary(route.query, world.ids), async (b, query) => {
        const client = await clientFor(route, world);
        const before = databaseChecksum(world.db.$client);
        const res = await send(client, world, route, `${url}${query}`, b as FuzzBody | Buffer | string);
        expect(res.status, `${route.method.toUpperCase()} ${url}${query} answered ${res.status}: ${res.text.slice(0, 300)}`).toBeLessThan(500);
        if (res.status >= 400) {
          // 431 comes from Node's HTTP parser (a URL over 16 kB) before the app sees the request; every other refusal is the envelope.
          if (res.status !== 431) expect(String(res.body?.error?.code), res.text.slice(0, 300)).toMatch(/^[a-z_]+$/);
          expect(databaseChecksum(world.db.$client), `refused with ${res.status} but the database changed: ${res.text.slice(0, 300)}`).toBe(before);
        }
        expect(Object.prototype).not.toHaveProperty('polluted');
        expect(Object.prototype).not.toHaveProperty('isAdmin');
      }), fuzzOptions());
    }, 120_000);
  }
});
