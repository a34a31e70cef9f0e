import { beforeEach, describe, expect, it } from 'vitest';
import type { Express } from 'express';
import type { Db } from '../../server/db/open';
import { buildInvestigationWithRoles, buildTestApp, buildUser, login, type Client } from '../helpers/app';
import { tableCounts } from '../helpers/routeMatrix';
import type { MemberRole } from '../../schema/contracts/enums';

let app: Express;
let db: Db;
let base: string;
let clients: Record<MemberRole | 'outsider', Client>;

beforeEach(async () => {
  ({ app, db } = buildTestApp());
  const built = await buildInvestigationWithRoles(app, db);
  clients = built.clients;
  base = `/api/investigations/${built.investigationId}`;
});

type Member = { id: string; userId: string; email: string; role: MemberRole; version: number };
const members = async (): Promise<Member[]> => (await clients.lead.get(`${base}/members`).expect(200)).body.data;
const memberOf = async (client: Client) => (await members()).find((m) => m.userId === client.userId)!;

describe('GET /api/investigations/:id/members', () => {
  it('lists every member with their role, to every member', async () => {
    const res = await clients.observer.get(`${base}/members`).expect(200);
    expect(res.body.data.map((m: Member) => m.role).sort()).toEqual(['investigator', 'lead', 'observer', 'panel']);
  });
});

describe('POST /api/investigations/:id/members', () => {
  it('adds an existing account by email, in any case, with a role', async () => {
    const user = await buildUser(db, { email: 'newcomer@example.test' });
    const res = await clients.lead.post(`${base}/members`, { email: 'NewComer@Example.test', role: 'panel' });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ userId: user.id, email: 'newcomer@example.test', role: 'panel', version: 1 });
    const client = await login(app, user.email);
    await client.get(base).expect(200);
  });

  it('responds 422 naming email for an unknown or disabled account, or an existing member', async () => {
    const disabled = await buildUser(db);
    const admin = await login(app, (await buildUser(db, { isAdmin: true })).email);
    await admin.patch(`/api/users/${disabled.id}`, { version: 1, disabled: true }).expect(200);
    const counts = tableCounts(db);
    for (const email of ['nobody@example.test', disabled.email, clients.panel.email]) {
      const res = await clients.lead.post(`${base}/members`, { email, role: 'observer' });
      expect(res.status, email).toBe(422);
      expect(res.body.error.message).toMatch(/^email: /);
    }
    expect(tableCounts(db)).toEqual(counts);
  });

  it('responds 400 naming role for a role that does not exist', async () => {
    const res = await clients.lead.post(`${base}/members`, { email: clients.outsider.email, role: 'owner' });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/^role: /);
  });

  it('is refused to an investigator with 403', async () => {
    const res = await clients.investigator.post(`${base}/members`, { email: clients.outsider.email, role: 'observer' });
    expect(res.status).toBe(403);
  });
});

describe('PATCH /api/investigations/:id/members/:memberId', () => {
  it("changes a member's role, which changes what they may do", async () => {
    const observer = await memberOf(clients.observer);
    await clients.observer.post(`${base}/agencies`, { name: 'Police', kind: 'police' }).expect(403);
    const res = await clients.lead.patch(`${base}/members/${observer.id}`, { version: 1, role: 'investigator' }).expect(200);
    expect(res.body.data).toMatchObject({ role: 'investigator', version: 2 });
    await clients.observer.post(`${base}/agencies`, { name: 'Police', kind: 'police' }).expect(201);
  });

  it('responds 422 naming role when demoting the last lead investigator, changing nothing', async () => {
    const lead = await memberOf(clients.lead);
    const res = await clients.lead.patch(`${base}/members/${lead.id}`, { version: 1, role: 'investigator' });
    expect(res.status).toBe(422);
    expect(res.body.error.message).toMatch(/^role: .*at least one lead/);
    expect((await memberOf(clients.lead)).role).toBe('lead');
  });

  it('lets a lead step down once another lead exists', async () => {
    const investigator = await memberOf(clients.investigator);
    await clients.lead.patch(`${base}/members/${investigator.id}`, { version: 1, role: 'lead' }).expect(200);
    const lead = await memberOf(clients.lead);
    await clients.lead.patch(`${base}/members/${lead.id}`, { version: 1, role: 'panel' }).expect(200);
    await clients.lead.post(`${base}/members`, { email: clients.outsider.email, role: 'observer' }).expect(403);
  });

  it('responds 404 for a member of another investigation', async () => {
    const other = (await clients.outsider.post('/api/investigations', { reference: 'OTHER-1', title: 'Other' }).expect(201)).body.data;
    const outsiderMembership = (await clients.outsider.get(`/api/investigations/${other.id}/members`)).body.data[0];
    const res = await clients.lead.patch(`${base}/members/${outsiderMembership.id}`, { version: 1, role: 'observer' });
    expect(res.status).toBe(404);
  });
});

describe('DELETE /api/investigations/:id/members/:memberId', () => {
  it('removes a member, who then gets 404 for the investigation', async () => {
    const panel = await memberOf(clients.panel);
    await clients.lead.delete(`${base}/members/${panel.id}?version=1`).expect(204);
    await clients.panel.get(base).expect(404);
  });

  it('responds 422 when removing the last lead investigator', async () => {
    const lead = await memberOf(clients.lead);
    const res = await clients.lead.delete(`${base}/members/${lead.id}?version=1`);
    expect(res.status).toBe(422);
    expect(res.body.error.message).toMatch(/^role: /);
    await clients.lead.get(base).expect(200);
  });

  it('is refused to a panel member with 403', async () => {
    const observer = await memberOf(clients.observer);
    await clients.panel.delete(`${base}/members/${observer.id}?version=1`).expect(403);
  });
});
