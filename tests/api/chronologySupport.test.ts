import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../helpers/app';
import { buildChronologyWorld, buildEvent } from '../helpers/chronologyFactories';

async function world() {
  const { app, db } = buildTestApp();
  const w = await buildChronologyWorld(app, db);
  return { db, ...w, base: `/api/investigations/${w.investigationId}` };
}

describe('/api/investigations/:id/sources', () => {
  it('adds, lists, edits and removes a source; entries citing it become unsourced', async () => {
    const w = await world();
    const created = (await w.clients.investigator.post(`${w.base}/sources`, { title: 'Police incident log', agencyId: w.agencies.police, kind: 'case_record', reference: 'INC-1' }).expect(201)).body.data;
    expect(created).toMatchObject({ title: 'Police incident log', agencyId: w.agencies.police, kind: 'case_record', reference: 'INC-1', version: 1 });
    const e = buildEvent(w.db, w.investigationId, w.clients.lead.userId, { sourceIds: [created.id] });
    const titles = (await w.clients.observer.get(`${w.base}/sources`).expect(200)).body.data.map((s: { title: string }) => s.title);
    expect(titles).toEqual(['CSC case record', 'Police incident log']);
    await w.clients.lead.patch(`${w.base}/sources/${created.id}`, { version: 1, reference: 'INC-2' }).expect(200);
    await w.clients.lead.patch(`${w.base}/sources/${created.id}`, { version: 1, reference: 'INC-3' }).expect(409);
    await w.clients.lead.delete(`${w.base}/sources/${created.id}?version=2`).expect(204);
    expect((await w.clients.lead.get(`${w.base}/events/${e.id}`).expect(200)).body.data).toMatchObject({ sourceIds: [], unsourced: true });
  });

  it('responds 422 when the agency is not in this investigation, and 403 to observers', async () => {
    const w = await world();
    const res = await w.clients.lead.post(`${w.base}/sources`, { title: 'Record', agencyId: '00000000-0000-4000-8000-000000000000', kind: 'other' }).expect(422);
    expect(res.body.error.message).toBe('agencyId: no such agency in this investigation');
    await w.clients.observer.post(`${w.base}/sources`, { title: 'Record', kind: 'other' }).expect(403);
  });
});

describe('/api/investigations/:id/episodes', () => {
  it('adds episodes in order with their periods as instants', async () => {
    const w = await world();
    const first = (await w.clients.lead.post(`${w.base}/episodes`, { title: 'Referral', periodStart: '2023-03', periodEnd: '2023-04' }).expect(201)).body.data;
    expect(first).toMatchObject({ position: 0, start: Date.parse('2023-03-01T00:00:00Z'), end: Date.parse('2023-04-30T23:59:59.999Z') });
    const second = (await w.clients.lead.post(`${w.base}/episodes`, { title: 'Closure' }).expect(201)).body.data;
    expect(second).toMatchObject({ position: 1, start: null, end: null });
    const list = (await w.clients.panel.get(`${w.base}/episodes`).expect(200)).body.data;
    expect(list.map((e: { title: string }) => e.title)).toEqual(['Referral', 'Closure']);
  });

  it('responds 422 to a period that is not a date or that ends before it starts', async () => {
    const w = await world();
    expect((await w.clients.lead.post(`${w.base}/episodes`, { title: 'X', periodStart: 'spring' }).expect(422)).body.error.message)
      .toMatch(/^periodStart: "spring" is not a date in EDTF form/);
    const ep = (await w.clients.lead.post(`${w.base}/episodes`, { title: 'X', periodStart: '2023-05' }).expect(201)).body.data;
    expect((await w.clients.lead.patch(`${w.base}/episodes/${ep.id}`, { version: 1, periodEnd: '2023-04' }).expect(422)).body.error.message)
      .toBe('periodEnd: the episode ends before it starts');
  });

  it('keeps an episode\'s entries when the episode is removed', async () => {
    const w = await world();
    const ep = (await w.clients.lead.post(`${w.base}/episodes`, { title: 'Strategy' }).expect(201)).body.data;
    const e = buildEvent(w.db, w.investigationId, w.clients.lead.userId, { episodeId: ep.id });
    await w.clients.lead.delete(`${w.base}/episodes/${ep.id}?version=1`).expect(204);
    expect((await w.clients.lead.get(`${w.base}/events/${e.id}`).expect(200)).body.data.episodeId).toBeNull();
  });
});

describe('GET /api/investigations/:id/chronology/gaps', () => {
  it('lists periods longer than the threshold in which no entry records the child as seen', async () => {
    const w = await world();
    const lead = w.clients.lead.userId;
    const seen = (occurred: string) => buildEvent(w.db, w.investigationId, lead, { occurred, childSeen: true });
    const a = seen('2023-03-10');
    buildEvent(w.db, w.investigationId, lead, { occurred: '2023-04-01', childSeen: false });
    const b = seen('2023-05-20');
    seen('2023-06-01');
    seen('2023');
    const res = await w.clients.observer.get(`${w.base}/chronology/gaps?days=28`).expect(200);
    expect(res.body.data).toEqual([{
      start: Date.parse('2023-03-11T00:00:00Z'), end: Date.parse('2023-05-20T00:00:00Z'), days: 70, fromEventId: a.id, toEventId: b.id,
    }]);
    expect((await w.clients.lead.get(`${w.base}/chronology/gaps?days=80`).expect(200)).body.data).toEqual([]);
  });

  it('responds 400 to a threshold that is not a positive whole number of days', async () => {
    const w = await world();
    await w.clients.lead.get(`${w.base}/chronology/gaps?days=0`).expect(400);
    await w.clients.lead.get(`${w.base}/chronology/gaps?days=ten`).expect(400);
  });
});
