import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/open';
import { buildInvestigationWithRoles, buildTestApp, buildUser, login, type Client } from '../helpers/app';
import { tableCounts } from '../helpers/routeMatrix';
import type { MemberRole } from '../../schema/contracts/enums';

let db: Db;
let base: string;
let clients: Record<MemberRole | 'outsider', Client>;
let admin: Client;

beforeEach(async () => {
  const built = buildTestApp();
  db = built.db;
  const inv = await buildInvestigationWithRoles(built.app, db);
  base = `/api/investigations/${inv.investigationId}`;
  clients = inv.clients;
  admin = await login(built.app, (await buildUser(db, { isAdmin: true })).email);
});

/** Creates a row, edits it once (so it is at version 2), and returns its URL, a list URL and a valid change. */
const kinds: Record<string, () => Promise<{ url: string; read: () => Promise<Record<string, unknown>>; change: Record<string, unknown> }>> = {
  investigation: async () => ({
    url: base, read: async () => (await clients.lead.get(base)).body.data, change: { title: 'Renamed' },
  }),
  agency: async () => {
    const a = (await clients.lead.post(`${base}/agencies`, { name: 'Police', kind: 'police' }).expect(201)).body.data;
    return { url: `${base}/agencies/${a.id}`, read: async () => (await clients.lead.get(`${base}/agencies`)).body.data.find((r: { id: string }) => r.id === a.id), change: { name: 'Constabulary' } };
  },
  person: async () => {
    const p = (await clients.lead.post(`${base}/people`, { kind: 'child', realName: 'Zoë Thornbury' }).expect(201)).body.data;
    return { url: `${base}/people/${p.id}`, read: async () => (await clients.lead.get(`${base}/people`)).body.data.find((r: { id: string }) => r.id === p.id), change: { realName: 'Zoe Thornbury' } };
  },
  place: async () => {
    const p = (await clients.lead.post(`${base}/places`, { kind: 'school', realName: 'Little Acorns', replacement: 'the nursery' }).expect(201)).body.data;
    return { url: `${base}/places/${p.id}`, read: async () => (await clients.lead.get(`${base}/places`)).body.data.find((r: { id: string }) => r.id === p.id), change: { replacement: 'a nursery' } };
  },
  member: async () => {
    const m = (await clients.lead.get(`${base}/members`)).body.data.find((r: { role: string }) => r.role === 'observer');
    return { url: `${base}/members/${m.id}`, read: async () => (await clients.lead.get(`${base}/members`)).body.data.find((r: { id: string }) => r.id === m.id), change: { role: 'panel' } };
  },
};

for (const [kind, make] of Object.entries(kinds)) {
  describe(`PATCH ${kind} with a stale version`, () => {
    it('responds 409 conflict giving the current version, and changes nothing', async () => {
      const { url, read, change } = await make();
      const first = (await clients.lead.patch(url, { version: (await read()).version, ...change }).expect(200)).body.data;
      expect(first.version).toBe(2);
      const before = { row: await read(), counts: tableCounts(db) };
      const res = await clients.lead.patch(url, { version: 1, ...(kind === 'member' ? { role: 'investigator' } : change) });
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe('conflict');
      expect(res.body.error.details.currentVersion).toBe(2);
      expect(res.body.error.message).toMatch(/version 2/);
      expect(await read()).toEqual(before.row);
      expect(tableCounts(db)).toEqual(before.counts);
    });
  });

  if (kind !== 'investigation') {
    describe(`DELETE ${kind} with a stale ?version`, () => {
      it('responds 409 and keeps the row', async () => {
        const { url, read, change } = await make();
        await clients.lead.patch(url, { version: (await read()).version, ...change }).expect(200);
        const counts = tableCounts(db);
        const res = await clients.lead.delete(`${url}?version=1`);
        expect(res.status).toBe(409);
        expect(res.body.error.details.currentVersion).toBe(2);
        expect(await read()).toBeTruthy();
        expect(tableCounts(db)).toEqual(counts);
        await clients.lead.delete(`${url}?version=2`).expect(204);
        expect(await read()).toBeUndefined();
      });
    });
  }
}

describe('DELETE /api/investigations/:id with a stale ?version', () => {
  it('responds 409 and keeps the investigation', async () => {
    await clients.lead.patch(base, { version: 1, title: 'Renamed' }).expect(200);
    const counts = tableCounts(db);
    const res = await clients.lead.delete(`${base}?version=1`);
    expect(res.status).toBe(409);
    expect(res.body.error.details.currentVersion).toBe(2);
    expect(tableCounts(db)).toEqual(counts);
    await clients.lead.get(base).expect(200);
  });
});

describe('PATCH /api/users/:id with a stale version', () => {
  it('responds 409 without revealing the password hash', async () => {
    const user = await buildUser(db);
    await admin.patch(`/api/users/${user.id}`, { version: 1, name: 'First rename' }).expect(200);
    const res = await admin.patch(`/api/users/${user.id}`, { version: 1, name: 'Second rename' });
    expect(res.status).toBe(409);
    expect(res.body.error.details.currentVersion).toBe(2);
    expect(res.text).not.toMatch(/scrypt|passwordHash/);
  });
});

describe('two edits based on the same version', () => {
  it('keeps the first and refuses the second', async () => {
    const [a, b] = await Promise.all([
      clients.lead.patch(base, { version: 1, summary: 'From the lead' }),
      clients.investigator.patch(base, { version: 1, summary: 'From the investigator' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const winner = a.status === 200 ? 'From the lead' : 'From the investigator';
    expect((await clients.lead.get(base)).body.data).toMatchObject({ summary: winner, version: 2 });
  });
});
