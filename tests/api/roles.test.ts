import { beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import type { Express } from 'express';
import type { Db } from '../../server/db/open';
import type { RouteSpec } from '../../server/http/route';
import { buildInvestigationWithRoles, buildTestApp, buildUser, login, TEST_PASSWORD, type Client } from '../helpers/app';
import { readBriefly, ensureEntity, fillPath, matrixEntities, isMemberRoute, matrixWorld, rolesLacking, routeName, routeTable } from '../helpers/routeMatrix';
import { memberRoles, type MemberRole } from '../../schema/contracts/enums';
import { eq } from 'drizzle-orm';
import { recommendationResponses, recommendations } from '../../schema/tables';

const routes = routeTable();

let app: Express;
let db: Db;
let investigationId: string;
let clients: Record<MemberRole | 'outsider', Client>;
let admin: Client;
let world: ReturnType<typeof matrixWorld>;

beforeAll(async () => {
  ({ app, db } = buildTestApp());
  ({ investigationId, clients } = await buildInvestigationWithRoles(app, db));
  const adminUser = await buildUser(db, { isAdmin: true });
  admin = await login(app, adminUser.email);
  world = matrixWorld(db, investigationId, clients.lead.userId);
});

const send = (client: Client | null, route: RouteSpec, url: string) => {
  if (!client) return request(app)[route.method](url);
  return route.method === 'get' ? client.get(url) : client[route.method](url);
};

/** A logged-in agent that keeps the cookie but never sends the CSRF token. */
async function agentWithoutCsrf(email: string) {
  const agent = request.agent(app);
  await agent.post('/api/session').send({ email, password: TEST_PASSWORD }).expect(200);
  return agent;
}

describe('the route table', () => {
  it('lists each method and path once', () => {
    const names = routes.map(routeName);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });

  it('never grants a write to observers', () => {
    const observerWrites = routes.filter((r) => isMemberRoute(r) && r.method !== 'get' && !rolesLacking(r.access.permission).includes('observer'));
    expect(observerWrites.map(routeName)).toEqual([]);
  });
});

describe('fillPath, for routes found through investigationOf', () => {
  const viaRecommendation = (path: string): RouteSpec => ({
    method: 'get', path, tag: 't', summary: 's', handler: () => null,
    access: {
      kind: 'member', permission: 'investigation.read',
      investigationOf: (d, p) => d.select().from(recommendations).where(eq(recommendations.id, p.recId ?? p.id ?? '')).get()?.investigationId,
    },
  });

  it('creates the entity a param names, in the investigation', () => {
    const { url, params } = fillPath(viaRecommendation('/api/recommendations/:recId/responses/:responseId'), world);
    expect(url).toBe(`/api/recommendations/${params.recId}/responses/${params.responseId}`);
    const response = db.select().from(recommendationResponses).where(eq(recommendationResponses.id, params.responseId!)).get();
    expect(response?.recommendationId).toBe(params.recId);
  });

  it('reads a bare :id from the collection before it', () => {
    const { params } = fillPath(viaRecommendation('/api/recommendations/:id'), world);
    const row = db.select().from(recommendations).where(eq(recommendations.id, params.id!)).get();
    expect(row?.investigationId).toBe(investigationId);
  });

  it('can create a row of every entity it knows', () => {
    for (const entity of matrixEntities()) expect(ensureEntity(world, entity), entity).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('fails with a message naming a param it does not know, so no route escapes the matrix', () => {
    expect(() => fillPath(viaRecommendation('/api/recommendations/:recId/widgets/:widgetId'), world))
      .toThrow(/cannot fill :widgetId in GET \/api\/recommendations\/:recId\/widgets\/:widgetId.*paramEntities/);
  });
});

for (const route of routes) {
  const name = routeName(route);
  describe(name, () => {
    const target = () => fillPath(route, world);

    if (route.access.kind === 'public') {
      it('answers without a session', async () => {
        const res = await send(null, route, target().url);
        expect(res.status, `${name} without a session`).not.toBe(401);
      });
    } else {
      it('responds 401 without a session', async () => {
        const res = await send(null, route, target().url);
        expect(res.status, `${name} without a session`).toBe(401);
        expect(res.body.error.code).toBe('unauthorized');
      });
    }

    if (route.access.kind === 'admin') {
      it('responds 403 to a logged-in user who is not an administrator', async () => {
        const res = await send(clients.lead, route, target().url);
        expect(res.status, `${name} as a non-admin`).toBe(403);
        expect(res.body.error.code).toBe('forbidden');
      });
    }

    if (isMemberRoute(route)) {
      const permission = route.access.permission;
      const investigationOf = route.access.investigationOf;

      if (investigationOf) {
        it('finds the investigation from the entity in its path', () => {
          const { params } = target();
          expect(investigationOf(db, params), `${name}: investigationOf(params)`).toBe(investigationId);
        });
      }

      it('responds 404 to a logged-in user who is not a member, without revealing the investigation', async () => {
        const res = await send(clients.outsider, route, target().url);
        expect(res.status, `${name} as a non-member`).toBe(404);
        expect(res.body.error.code).toBe('not_found');
      });

      for (const role of rolesLacking(permission)) {
        it(`responds 403 to the ${role} role, which lacks ${permission}`, async () => {
          const res = await send(clients[role], route, target().url);
          expect(res.status, `${name} as ${role}`).toBe(403);
          expect(res.body.error.code).toBe('forbidden');
        });
      }

      if (route.method === 'get') {
        const holders = memberRoles.filter((r) => !rolesLacking(permission).includes(r));
        it(`lets ${holders.join(', ')} past the access check`, async () => {
          for (const role of holders) {
            const res = await readBriefly(send(clients[role], route, target().url));
            expect([401, 403], `${name} as ${role}: ${res.text.slice(0, 200)}`).not.toContain(res.status);
          }
        });
      }
    }

    if (route.method !== 'get' && route.access.kind !== 'public') {
      it('responds 403 to a cookie-authenticated write without the X-CSRF-Token header, changing nothing', async () => {
        const email = route.access.kind === 'admin' ? admin.email : clients.lead.email;
        const agent = await agentWithoutCsrf(email);
        const res = await agent[route.method](target().url).send({});
        expect(res.status, `${name} without CSRF token`).toBe(403);
        expect(res.body.error.message).toMatch(/CSRF/);
        const still = await agent.get('/api/session');
        expect(still.status).toBe(200);
      });

      it('responds 403 to a write with a wrong X-CSRF-Token header', async () => {
        const email = route.access.kind === 'admin' ? admin.email : clients.lead.email;
        const agent = await agentWithoutCsrf(email);
        const res = await agent[route.method](target().url).set('X-CSRF-Token', 'not-the-token').send({});
        expect(res.status, `${name} with a wrong CSRF token`).toBe(403);
      });
    }
  });
}
