import { beforeEach, describe, expect, it } from 'vitest';
import type { Express } from 'express';
import type { Db } from '../../server/db/open';
import { buildInvestigationWithRoles, buildTestApp, type Client } from '../helpers/app';
import { tableCounts } from '../helpers/routeMatrix';
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

const full = {
  reference: 'CSPR-2025-07', title: 'Learning review: Child A', status: 'evidence', incidentDate: '2025-01-18',
  termsOfReference: ['How was information shared?', 'How was the child seen and heard?'], scopeStart: '2024-01-01', scopeEnd: '2025-01-18',
  methodology: 'Systems approach', commissioningBody: 'Northbridge Safeguarding Children Partnership', parallelProcesses: ['Police investigation'],
  summary: 'Summary', outcome: 'Serious harm', publishingArea: 'Northbridge',
};

describe('POST /api/investigations', () => {
  it('creates an investigation with every field, making its creator the lead investigator', async () => {
    const res = await clients.outsider.post('/api/investigations', full);
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ ...full, myRole: 'lead', version: 1, isDemo: false });
    const members = (await clients.outsider.get(`/api/investigations/${res.body.data.id}/members`).expect(200)).body.data;
    expect(members).toEqual([expect.objectContaining({ userId: clients.outsider.userId, role: 'lead' })]);
  });

  it('fills defaults when only reference and title are given', async () => {
    const res = await clients.outsider.post('/api/investigations', { reference: 'MIN-1', title: 'Minimal' }).expect(201);
    expect(res.body.data).toMatchObject({
      status: 'scoping', incidentDate: null, termsOfReference: [], scopeStart: null, scopeEnd: null, parallelProcesses: [], publishingArea: 'Anonymous',
    });
  });

  it('responds 422 naming reference when it is already used, in any case, changing nothing', async () => {
    await clients.lead.post('/api/investigations', full).expect(201);
    const counts = tableCounts(db);
    for (const reference of ['CSPR-2025-07', 'cspr-2025-07', '  CSPR-2025-07 ']) {
      const res = await clients.outsider.post('/api/investigations', { ...full, reference });
      expect(res.status, reference).toBe(422);
      expect(res.body.error.message).toMatch(/^reference: /);
    }
    expect(tableCounts(db)).toEqual(counts);
  });

  it('responds 400 naming scopeEnd when the scope period ends before it starts', async () => {
    const res = await clients.outsider.post('/api/investigations', { ...full, scopeStart: '2025-02-01', scopeEnd: '2025-01-01' });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('scopeEnd: must not be before scopeStart');
  });

  it('responds 400 naming the field for an impossible date or an unknown status', async () => {
    const res = await clients.outsider.post('/api/investigations', { ...full, incidentDate: '2025-02-30', status: 'closed' });
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual(['incidentDate', 'status']);
  });

  it('responds 400 naming title when it is blank', async () => {
    const res = await clients.outsider.post('/api/investigations', { reference: 'X-1', title: '   ' });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('title: must not be empty');
  });
});

describe('GET /api/investigations', () => {
  it('lists only the investigations you are a member of, with your role in each', async () => {
    await clients.outsider.post('/api/investigations', { reference: 'MINE-1', title: 'Mine' }).expect(201);
    const outsider = (await clients.outsider.get('/api/investigations').expect(200)).body.data;
    expect(outsider.map((i: { reference: string; myRole: string }) => [i.reference, i.myRole])).toEqual([['MINE-1', 'lead']]);
    const panel = (await clients.panel.get('/api/investigations').expect(200)).body.data;
    expect(panel.map((i: { id: string; myRole: string }) => [i.id, i.myRole])).toEqual([[investigationId, 'panel']]);
  });
});

describe('GET /api/investigations/:id', () => {
  it('returns the investigation with the caller\'s role', async () => {
    const res = await clients.observer.get(base).expect(200);
    expect(res.body.data).toMatchObject({ id: investigationId, myRole: 'observer' });
  });

  it('answers a non-member exactly as it answers an investigation that does not exist', async () => {
    const hidden = await clients.outsider.get(base);
    const missing = await clients.outsider.get('/api/investigations/00000000-0000-4000-8000-000000000000');
    expect(hidden.status).toBe(404);
    expect(hidden.body).toEqual(missing.body);
  });
});

describe('PATCH /api/investigations/:id', () => {
  it('changes only the fields given and bumps the version', async () => {
    const res = await clients.investigator.patch(base, { version: 1, title: 'Renamed', termsOfReference: ['Why?'] }).expect(200);
    expect(res.body.data).toMatchObject({ title: 'Renamed', termsOfReference: ['Why?'], incidentDate: '2024-01-18', version: 2, myRole: 'investigator' });
  });

  it('responds 422 naming scopeEnd when the new end falls before the stored start', async () => {
    await clients.lead.patch(base, { version: 1, scopeStart: '2024-01-01', scopeEnd: '2024-06-01' }).expect(200);
    const res = await clients.lead.patch(base, { version: 2, scopeEnd: '2023-12-31' });
    expect(res.status).toBe(422);
    expect(res.body.error.message).toBe('scopeEnd: must not be before scopeStart');
    expect((await clients.lead.get(base)).body.data).toMatchObject({ scopeEnd: '2024-06-01', version: 2 });
  });

  it('clears a date with null', async () => {
    const res = await clients.lead.patch(base, { version: 1, incidentDate: null }).expect(200);
    expect(res.body.data.incidentDate).toBeNull();
  });

  it('responds 422 naming reference when changing to one in use', async () => {
    await clients.lead.post('/api/investigations', { reference: 'TAKEN-1', title: 'Other' }).expect(201);
    const res = await clients.lead.patch(base, { version: 1, reference: 'taken-1' });
    expect(res.status).toBe(422);
    expect(res.body.error.message).toMatch(/^reference: /);
  });

  it('keeps its own reference when it is sent back unchanged', async () => {
    const { reference } = (await clients.lead.get(base)).body.data;
    await clients.lead.patch(base, { version: 1, reference, title: 'Same reference' }).expect(200);
  });
});

describe('DELETE /api/investigations/:id', () => {
  it('deletes the investigation with its members and registry', async () => {
    await clients.lead.post(`${base}/people`, { kind: 'child', realName: 'Zoë' }).expect(201);
    await clients.lead.delete(`${base}?version=1`).expect(204);
    await clients.lead.get(base).expect(404);
    expect(tableCounts(db)).toMatchObject({ investigations: 0, memberships: 0, people: 0 });
  });

  it('responds 400 naming version when it is missing', async () => {
    const res = await clients.lead.delete(base);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/^version: /);
  });
});
