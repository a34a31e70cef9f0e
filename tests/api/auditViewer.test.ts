import { describe, expect, it } from 'vitest';
import { FIXED_NOW, buildInvestigationWithRoles, buildTestApp, login } from '../helpers/app';
import { auditBounds } from '../../server/services/audit';

/** An investigation whose log holds, besides its setup, an agency added by the lead on 3 March at 16:30 and changed by the investigator on 5 March at 08:00. */
async function world() {
  let clock = FIXED_NOW;
  const { app, db } = buildTestApp({ now: () => clock });
  const { investigationId, clients } = await buildInvestigationWithRoles(app, db);
  const base = `/api/investigations/${investigationId}`;
  // Sessions last hours, not days: log in again after moving the clock.
  clock = new Date('2026-03-03T16:30:00.000Z');
  clients.lead = await login(app, clients.lead.email);
  const agency = (await clients.lead.post(`${base}/agencies`, { name: 'Northshire Children’s Services', kind: 'childrens_social_care' }).expect(201)).body.data;
  clock = new Date('2026-03-05T08:00:00.000Z');
  clients.lead = await login(app, clients.lead.email);
  clients.investigator = await login(app, clients.investigator.email);
  clients.panel = await login(app, clients.panel.email);
  await clients.investigator.patch(`${base}/agencies/${agency.id}`, { name: 'Northshire Children’s Social Care', version: agency.version }).expect(200);
  return { clients, base, agency };
}

type Entry = { entity: string; action: string; userName: string | null; at: string; before: unknown; after: unknown };

describe('GET /api/investigations/:id/audit', () => {
  it('names the acting user on each entry, newest first', async () => {
    const { clients, base } = await world();
    const res = await clients.lead.get(`${base}/audit?entity=agency`).expect(200);
    expect(res.body.data.map((e: Entry) => [e.action, e.userName, e.at])).toEqual([
      ['update', 'investigator user', '2026-03-05T08:00:00.000Z'],
      ['create', 'Lead Investigator', '2026-03-03T16:30:00.000Z'],
    ]);
    expect(res.body.data[0]).toMatchObject({ before: { name: 'Northshire Children’s Services' }, after: { name: 'Northshire Children’s Social Care' } });
  });

  it('includes the whole of the day given as `to`, and starts `from` at the beginning of its day', async () => {
    const { clients, base } = await world();
    const upTo3rd = await clients.lead.get(`${base}/audit?entity=agency&to=2026-03-03`).expect(200);
    expect(upTo3rd.body.data.map((e: Entry) => e.action)).toEqual(['create']);
    const from5th = await clients.lead.get(`${base}/audit?entity=agency&from=2026-03-05&to=2026-03-05`).expect(200);
    expect(from5th.body.data.map((e: Entry) => e.action)).toEqual(['update']);
    const exact = await clients.lead.get(`${base}/audit?entity=agency&to=2026-03-03T16:29:59.000Z`).expect(200);
    expect(exact.body.data).toEqual([]);
  });

  it('filters by action and by person', async () => {
    const { clients, base } = await world();
    const updates = await clients.lead.get(`${base}/audit?action=update`).expect(200);
    expect(updates.body.data.map((e: Entry) => e.entity)).toEqual(['agency']);
    const byInvestigator = await clients.lead.get(`${base}/audit?userId=${clients.investigator.userId}`).expect(200);
    expect(byInvestigator.body.data.map((e: Entry) => `${e.entity} ${e.action}`)).toEqual(['agency update']);
  });

  it('responds 400 naming the field when a date is not a date', async () => {
    const { clients, base } = await world();
    const res = await clients.lead.get(`${base}/audit?to=next%20week`).expect(400);
    expect(res.body.error.message).toBe('to: must be a date (YYYY-MM-DD) or an ISO date-time');
  });

  it('is for lead investigators only', async () => {
    const { clients, base } = await world();
    await clients.investigator.get(`${base}/audit`).expect(403);
    await clients.panel.get(`${base}/audit/summary`).expect(403);
  });
});

describe('GET /api/investigations/:id/audit/summary', () => {
  it('counts the entries matching the filter and lists the kinds, actions and people present in the whole log', async () => {
    const { clients, base } = await world();
    const all = (await clients.lead.get(`${base}/audit/summary`).expect(200)).body.data;
    const filtered = (await clients.lead.get(`${base}/audit/summary?entity=agency&from=2026-03-04`).expect(200)).body.data;
    expect(filtered.total).toBe(1);
    expect(all.total).toBe((await clients.lead.get(`${base}/audit?limit=1000`)).body.data.length);
    expect(all.entities.map((e: { entity: string }) => e.entity)).toEqual(['agency', 'investigation', 'membership']);
    expect(all.entities.find((e: { entity: string }) => e.entity === 'agency').count).toBe(2);
    expect(all.actions.map((a: { action: string }) => a.action)).toEqual(['create', 'update']);
    expect(all.people.map((p: { name: string | null; count: number }) => [p.name, p.count])).toEqual([
      ['Lead Investigator', all.total - 1], ['investigator user', 1],
    ]);
    expect(filtered.entities).toEqual(all.entities);
  });
});

describe('auditBounds', () => {
  it('turns bare days into the first and last instant of the day and leaves date-times alone', () => {
    expect(auditBounds('2026-03-01', '2026-03-02')).toEqual({ from: '2026-03-01T00:00:00.000Z', to: '2026-03-02T23:59:59.999Z' });
    expect(auditBounds('2026-03-01T10:00:00Z', undefined)).toEqual({ from: '2026-03-01T10:00:00Z', to: undefined });
  });
});
