import { beforeEach, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { Express } from 'express';
import type { Db } from '../../server/db/open';
import { auditLog } from '../../schema/tables';
import { buildInvestigationWithRoles, buildTestApp, buildUser, login, type Client } from '../helpers/app';
import type { MemberRole } from '../../schema/contracts/enums';

let app: Express;
let db: Db;
let investigationId: string;
let base: string;
let clients: Record<MemberRole | 'outsider', Client>;

beforeEach(async () => {
  ({ app, db } = buildTestApp());
  ({ investigationId, clients } = await buildInvestigationWithRoles(app, db));
  base = `/api/investigations/${investigationId}`;
});

type Entry = { entity: string; entityId: string; action: string; userId: string | null; before: Record<string, unknown> | null; after: Record<string, unknown> | null };
const auditOf = async (query = ''): Promise<Entry[]> => (await clients.lead.get(`${base}/audit${query}`).expect(200)).body.data;
const entriesFor = async (entityId: string) => (await auditOf(`?entityId=${entityId}`)).reverse();

/** Creates, updates and deletes one row through the API and returns its id. */
async function lifecycle(path: string, create: object, update: object): Promise<string> {
  const row = (await clients.lead.post(`${base}/${path}`, create).expect(201)).body.data;
  await clients.lead.patch(`${base}/${path}/${row.id}`, { version: 1, ...update }).expect(200);
  await clients.lead.delete(`${base}/${path}/${row.id}?version=2`).expect(204);
  return row.id;
}

describe('the audit log', () => {
  it.each([
    ['agency', 'agencies', { name: 'Police', kind: 'police' }, { name: 'Constabulary' }, 'name', 'Police', 'Constabulary'],
    ['person', 'people', { kind: 'child', realName: 'Zoë Thornbury' }, { realName: 'Zoe Thornbury' }, 'realName', 'Zoë Thornbury', 'Zoe Thornbury'],
    ['place', 'places', { kind: 'school', realName: 'Little Acorns', replacement: 'the nursery' }, { replacement: 'a nursery' }, 'replacement', 'the nursery', 'a nursery'],
  ])('records creating, editing and deleting a %s with the values before and after', async (entity, path, create, update, field, first, second) => {
    const id = await lifecycle(path, create, update);
    const entries = await entriesFor(id);
    expect(entries.map((e) => [e.entity, e.action, e.userId])).toEqual([
      [entity, 'create', clients.lead.userId], [entity, 'update', clients.lead.userId], [entity, 'delete', clients.lead.userId],
    ]);
    const [created, updated, deleted] = entries;
    expect(created!.before).toBeNull();
    expect(created!.after).toMatchObject({ [field]: first, version: 1 });
    expect(updated!.before).toMatchObject({ [field]: first, version: 1 });
    expect(updated!.after).toMatchObject({ [field]: second, version: 2 });
    expect(deleted!.before).toMatchObject({ [field]: second, version: 2 });
    expect(deleted!.after).toBeNull();
  });

  it('records adding a member, changing the role and removing them', async () => {
    const user = await buildUser(db);
    const member = (await clients.lead.post(`${base}/members`, { email: user.email, role: 'observer' }).expect(201)).body.data;
    await clients.lead.patch(`${base}/members/${member.id}`, { version: 1, role: 'panel' }).expect(200);
    await clients.lead.delete(`${base}/members/${member.id}?version=2`).expect(204);
    const entries = await entriesFor(member.id);
    expect(entries.map((e) => [e.entity, e.action])).toEqual([['membership', 'create'], ['membership', 'update'], ['membership', 'delete']]);
    expect(entries[1]!.before).toMatchObject({ role: 'observer', userId: user.id });
    expect(entries[1]!.after).toMatchObject({ role: 'panel' });
  });

  it('records creating and editing the investigation, and keeps the record after it is deleted', async () => {
    const created = (await clients.lead.post('/api/investigations', { reference: 'AUD-1', title: 'Audited' }).expect(201)).body.data;
    await clients.lead.patch(`/api/investigations/${created.id}`, { version: 1, title: 'Audited again' }).expect(200);
    const entries = (await clients.lead.get(`/api/investigations/${created.id}/audit?entity=investigation`).expect(200)).body.data.reverse();
    expect(entries.map((e: Entry) => e.action)).toEqual(['create', 'update']);
    expect(entries[1].before).toMatchObject({ title: 'Audited' });
    expect(entries[1].after).toMatchObject({ title: 'Audited again' });
    await clients.lead.delete(`/api/investigations/${created.id}?version=2`).expect(204);
    const kept = db.select().from(auditLog).where(and(eq(auditLog.investigationId, created.id), eq(auditLog.entity, 'investigation'))).all();
    expect(kept.map((e) => e.action)).toEqual(['create', 'update', 'delete']);
    expect(kept[2]!.before).toMatchObject({ title: 'Audited again' });
  });

  it('records creating and editing accounts without their password hash', async () => {
    const admin = await login(app, (await buildUser(db, { isAdmin: true })).email);
    const user = (await admin.post('/api/users', { email: 'new@example.test', name: 'New', password: 'a long enough password' }).expect(201)).body.data;
    await admin.patch(`/api/users/${user.id}`, { version: 1, name: 'Renamed', password: 'another long password' }).expect(200);
    const entries = db.select().from(auditLog).where(eq(auditLog.entityId, user.id)).all();
    expect(entries.map((e) => [e.entity, e.action, e.userId])).toEqual([['user', 'create', admin.userId], ['user', 'update', admin.userId]]);
    expect(entries[1]!.before).toMatchObject({ name: 'New' });
    expect(entries[1]!.after).toMatchObject({ name: 'Renamed' });
    const everything = JSON.stringify(db.select().from(auditLog).all());
    expect(everything).not.toMatch(/passwordHash|scrypt\$/);
  });
});

describe('GET /api/investigations/:id/audit', () => {
  it('lists the newest change first', async () => {
    await clients.lead.post(`${base}/agencies`, { name: 'Police', kind: 'police' }).expect(201);
    const [newest] = await auditOf();
    expect(newest).toMatchObject({ entity: 'agency', action: 'create' });
  });

  it('filters by entity and by user', async () => {
    await clients.lead.post(`${base}/agencies`, { name: 'Police', kind: 'police' }).expect(201);
    await clients.investigator.post(`${base}/agencies`, { name: 'Health', kind: 'health' }).expect(201);
    await clients.investigator.post(`${base}/people`, { kind: 'child', realName: 'Zoë' }).expect(201);
    const agencies = await auditOf('?entity=agency');
    expect(agencies.map((e) => e.after?.name).sort()).toEqual(['Health', 'Police']);
    const byInvestigator = await auditOf(`?userId=${clients.investigator.userId}`);
    expect(byInvestigator.map((e) => e.entity).sort()).toEqual(['agency', 'person']);
    const both = await auditOf(`?userId=${clients.investigator.userId}&entity=agency`);
    expect(both.map((e) => e.after?.name)).toEqual(['Health']);
  });

  it('pages with limit and offset', async () => {
    for (const name of ['A', 'B', 'C']) await clients.lead.post(`${base}/agencies`, { name, kind: 'other' }).expect(201);
    const page = await auditOf('?entity=agency&limit=2&offset=1');
    expect(page.map((e) => e.after?.name)).toEqual(['B', 'A']);
  });

  it('filters by a period, a date alone meaning the whole day', async () => {
    await clients.lead.post(`${base}/agencies`, { name: 'Police', kind: 'police' }).expect(201);
    expect((await auditOf('?entity=agency&from=2026-03-01&to=2026-03-01')).length).toBe(1);
    expect((await auditOf('?entity=agency&to=2026-02-28')).length).toBe(0);
    expect((await auditOf('?entity=agency&from=2026-03-01T09:00:01Z')).length).toBe(0);
    expect((await auditOf('?entity=agency&from=2026-03-01T09:00:00Z&to=2026-03-01T09:00:00Z')).length).toBe(1);
    expect((await auditOf('?entity=agency&from=2026-03-01T10:00:00%2B01:00&to=2026-03-01T09:00')).length).toBe(1);
  });

  it('responds 400 naming from or to when it is not a date', async () => {
    const res = await clients.lead.get(`${base}/audit?from=yesterday`);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/^from: must be a date/);
    for (const to of ['2026-02-30', '2026-13-01T00:00Z']) {
      const bad = await clients.lead.get(`${base}/audit?to=${to}`);
      expect(bad.status, to).toBe(400);
      expect(bad.body.error.message).toMatch(/^to: /);
    }
  });

  it('refuses a limit out of range with 400 naming it', async () => {
    const res = await clients.lead.get(`${base}/audit?limit=5000`);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/^limit: /);
  });

  it.each(['investigator', 'panel', 'observer'] as const)('is for lead investigators only: the %s role gets 403', async (role) => {
    const res = await clients[role].get(`${base}/audit`);
    expect(res.status).toBe(403);
  });

  it('does not show another investigation\'s entries', async () => {
    const other = (await clients.lead.post('/api/investigations', { reference: 'OTHER-1', title: 'Other' }).expect(201)).body.data;
    await clients.lead.post(`/api/investigations/${other.id}/agencies`, { name: 'Elsewhere', kind: 'other' }).expect(201);
    expect((await auditOf('?entity=agency')).map((e) => e.after?.name)).toEqual([]);
  });
});

describe('password hashes', () => {
  it('never appear in any account or session response', async () => {
    const adminUser = await buildUser(db, { isAdmin: true });
    const admin = await login(app, adminUser.email);
    const bodies = [
      (await admin.get('/api/users')).text,
      (await admin.post('/api/users', { email: 'x@example.test', name: 'X', password: 'a long enough password' })).text,
      (await admin.get('/api/session')).text,
      (await admin.patch(`/api/users/${adminUser.id}`, { version: 1, password: 'a brand new password' })).text,
      (await clients.lead.get(`${base}/members`)).text,
      (await clients.lead.get(`${base}/audit`)).text,
    ];
    for (const body of bodies) expect(body).not.toMatch(/passwordHash|scrypt\$/);
  });
});
