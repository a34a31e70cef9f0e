import { describe, expect, it } from 'vitest';
import { FIXED_NOW, buildInvestigationWithRoles, buildTestApp } from '../helpers/app';
import { addMember } from '../../server/services/members';
import { actorOf } from '../../server/services/actor';
import { buildAgency, buildDraft, buildFactor, buildFinding, buildIssued, buildPerson } from '../helpers/findingFactories';

/**
 * Two investigations. In A: 2025-001 (closed), 2026-001 to the agency (partially adequate response),
 * 2026-003 overdue-free, and a draft. In B: 2026-002 (open, overdue). A's panel member is lead of B.
 */
async function setup() {
  const { app, db } = buildTestApp();
  const a = await buildInvestigationWithRoles(app, db);
  const b = await buildInvestigationWithRoles(app, db);
  addMember(db, actorOf(b.clients.lead.userId, FIXED_NOW), b.investigationId, a.clients.panel.email, 'lead');
  buildPerson(db, a.investigationId, { realName: 'Kayleigh Thornbury', aliases: ['Kay'], relationship: 'Mother', pseudonym: 'Mother' });
  buildPerson(db, b.investigationId, { realName: 'Jordan Pike', relationship: 'Father', pseudonym: 'Father' });
  const agency = buildAgency(db, a.investigationId, 'Northbridge Health Visiting Service');
  const fa = await buildFinding(a.clients.lead, a.investigationId, [buildFactor(db, a.investigationId).id]);
  const fb = await buildFinding(b.clients.lead, b.investigationId, [buildFactor(db, b.investigationId).id]);
  const old = await buildIssued(a.clients.lead, a.investigationId, [fa.id], { text: 'Old recommendation' }, { issuedOn: '2025-05-01' });
  await a.clients.lead.post(`/api/recommendations/${old.id}/status`, { version: 2, status: 'closed', reason: 'Done' }).expect(200);
  const toAgency = await buildIssued(a.clients.lead, a.investigationId, [fa.id], {
    addresseeName: undefined, addresseeAgencyId: agency.id, text: 'Record who Kayleigh Thornbury lives with at every contact',
  }, { issuedOn: '2026-01-10' });
  await a.clients.lead.post(`/api/recommendations/${toAgency.id}/responses`, {
    receivedOn: '2026-02-01', organisation: agency.name, text: 'Kay was asked at each visit', assessment: 'partially_adequate',
  }).expect(201);
  const overdue = await buildIssued(b.clients.lead, b.investigationId, [fb.id], {
    addresseeName: 'Department for Education', text: '=HYPERLINK("http://example.test","Jordan Pike")',
  }, { issuedOn: '2026-01-15', responseDays: 30 });
  const recent = await buildIssued(a.clients.lead, a.investigationId, [fa.id], { addresseeName: 'NHS England' }, { issuedOn: '2026-02-20' });
  await buildDraft(a.clients.lead, a.investigationId, [fa.id], { text: 'Draft only' });
  return { app, db, a, b, old, toAgency, overdue, recent };
}

const ids = (res: { body: { data: { items: { identifier: string }[] } } }) => res.body.data.items.map((e) => e.identifier);

describe('GET /api/recommendations', () => {
  it("lists only issued recommendations of the user's investigations, newest first", async () => {
    const { a, b } = await setup();
    expect(ids(await a.clients.lead.get('/api/recommendations').expect(200))).toEqual(['2026-003', '2026-001', '2025-001']);
    expect(ids(await b.clients.lead.get('/api/recommendations').expect(200))).toEqual(['2026-002']);
    expect(ids(await a.clients.panel.get('/api/recommendations').expect(200))).toEqual(['2026-003', '2026-002', '2026-001', '2025-001']);
    const outsider = await a.clients.outsider.get('/api/recommendations').expect(200);
    expect(outsider.body.data).toEqual({ items: [], total: 0, limit: 100, offset: 0 });
  });

  it('filters by status, assessment, addressee, overdue, year and investigation', async () => {
    const { a, b } = await setup();
    const get = async (q: string) => ids(await a.clients.panel.get(`/api/recommendations?${q}`).expect(200));
    expect(await get('status=closed')).toEqual(['2025-001']);
    expect(await get('status=open')).toEqual(['2026-003', '2026-002', '2026-001']);
    expect(await get('assessment=partially_adequate')).toEqual(['2026-001']);
    expect(await get('addressee=health%20VISITING')).toEqual(['2026-001']);
    expect(await get('overdue=true')).toEqual(['2026-002']);
    expect(await get('overdue=false')).toEqual(['2026-003', '2026-001', '2025-001']);
    expect(await get('year=2025')).toEqual(['2025-001']);
    expect(await get(`investigationId=${b.investigationId}`)).toEqual(['2026-002']);
    expect(await get(`status=open&investigationId=${a.investigationId}&year=2026`)).toEqual(['2026-003', '2026-001']);
  });

  it('pages with limit and offset and gives the total', async () => {
    const { a } = await setup();
    const res = await a.clients.panel.get('/api/recommendations?limit=2&offset=1').expect(200);
    expect(res.body.data).toMatchObject({ total: 4, limit: 2, offset: 1 });
    expect(ids(res)).toEqual(['2026-002', '2026-001']);
  });

  it('responds 400 naming the filter for a value it does not know', async () => {
    const { a } = await setup();
    expect((await a.clients.lead.get('/api/recommendations?status=draft').expect(400)).body.error.message).toMatch(/status/);
    expect((await a.clients.lead.get('/api/recommendations?overdue=maybe').expect(400)).body.error.message).toMatch(/overdue/);
    expect((await a.clients.lead.get('/api/recommendations?limit=0').expect(400)).body.error.message).toMatch(/limit/);
  });

  it('gives the response count, last response, overdue flag and whether the user may edit', async () => {
    const { a } = await setup();
    const items = (await a.clients.panel.get('/api/recommendations').expect(200)).body.data.items as Record<string, unknown>[];
    const byId = Object.fromEntries(items.map((e) => [e.identifier, e]));
    expect(byId['2026-001']).toMatchObject({ responseCount: 1, lastResponseOn: '2026-02-01', assessment: 'partially_adequate', canEdit: false, addresseeName: 'Northbridge Health Visiting Service' });
    expect(byId['2026-002']).toMatchObject({ overdue: true, responseDueAt: '2026-02-14', canEdit: true, responseCount: 0 });
  });

  it('shows a panel member pseudonyms for investigations where they are panel, and real names where they lead', async () => {
    const { a } = await setup();
    const items = (await a.clients.panel.get('/api/recommendations').expect(200)).body.data.items as { identifier: string; text: string }[];
    const text = Object.fromEntries(items.map((e) => [e.identifier, e.text]));
    expect(text['2026-001']).toBe('Record who Mother lives with at every contact');
    expect(text['2026-002']).toContain('Jordan Pike');
    const lead = (await a.clients.lead.get('/api/recommendations').expect(200)).body.data.items as { identifier: string; text: string }[];
    expect(lead.find((e) => e.identifier === '2026-001')!.text).toContain('Kayleigh Thornbury');
    const observer = JSON.stringify((await a.clients.observer.get('/api/recommendations').expect(200)).body);
    expect(observer).not.toMatch(/Kayleigh|Thornbury/);
  });

  it('filters a panel member by the pseudonymised addressee, so a filter cannot probe a registered place', async () => {
    const { db, a } = await setup();
    const { placeService } = await import('../../server/services/places');
    placeService.create(db, actorOf(null, FIXED_NOW), a.investigationId, { kind: 'school', realName: 'Little Acorns Nursery', replacement: 'the nursery' });
    const fa = (await a.clients.lead.get(`/api/investigations/${a.investigationId}/findings`)).body.data[0].id as string;
    await buildIssued(a.clients.lead, a.investigationId, [fa], { addresseeName: 'Little Acorns Nursery' });
    expect(ids(await a.clients.lead.get('/api/recommendations?addressee=acorns').expect(200))).toEqual(['2026-004']);
    expect(ids(await a.clients.panel.get('/api/recommendations?addressee=acorns').expect(200))).toEqual([]);
    const nursery = await a.clients.panel.get('/api/recommendations?addressee=the%20nursery').expect(200);
    expect(nursery.body.data.items.map((e: { addresseeName: string }) => e.addresseeName)).toEqual(['the nursery']);
  });
});

describe('GET /api/recommendations.csv', () => {
  it('exports the filtered register as CSV with a header, quoting, and formulas neutralised', async () => {
    const { b } = await setup();
    const res = await b.clients.lead.get('/api/recommendations.csv').expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="?recommendations-2026-03-01\.csv"?$/);
    const lines = res.text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('Identifier,Investigation,Addressee,Recommendation,Intended outcome,How it will be measured,Issued,Response due,Status,Assessment,Responses,Last response,Overdue,Status reason,Superseded by');
    expect(lines[1]).toMatch(/^2026-002,TEST-\d+,Department for Education,"'=HYPERLINK\(""http:\/\/example.test"",""Jordan Pike""\)",,,2026-01-15,2026-02-14,Open,Awaiting response,0,,yes,,$/);
    expect(lines.slice(2)).toEqual(['']);
  });

  it('applies the filters and pseudonymises for a panel member', async () => {
    const { a } = await setup();
    const res = await a.clients.panel.get(`/api/recommendations.csv?investigationId=${a.investigationId}&status=open`).expect(200);
    const lines = res.text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines.map((l) => l.split(',')[0])).toEqual(['Identifier', '2026-003', '2026-001']);
    expect(res.text).toContain('Record who Mother lives with');
    expect(res.text).not.toMatch(/Kayleigh|Thornbury/);
  });

  it('responds 401 without a session', async () => {
    const { app } = await setup();
    const { default: request } = await import('supertest');
    await request(app).get('/api/recommendations.csv').expect(401);
  });
});

describe('GET /api/recommendations/summary', () => {
  it('counts per year of issue: issued, answered, overdue, assessments and statuses', async () => {
    const { a } = await setup();
    const res = await a.clients.panel.get('/api/recommendations/summary').expect(200);
    expect(res.body.data).toEqual([
      { year: 2025, issued: 1, responded: 0, responsesReceived: 0, overdue: 0,
        assessments: { adequate: 0, partially_adequate: 0, not_adequate: 0, awaiting_response: 1 },
        statuses: { open: 0, closed: 1, superseded: 0 } },
      { year: 2026, issued: 3, responded: 1, responsesReceived: 1, overdue: 1,
        assessments: { adequate: 0, partially_adequate: 1, not_adequate: 0, awaiting_response: 2 },
        statuses: { open: 3, closed: 0, superseded: 0 } },
    ]);
  });

  it("counts only the user's investigations", async () => {
    const { b } = await setup();
    const res = await b.clients.observer.get('/api/recommendations/summary').expect(200);
    expect(res.body.data.map((y: { year: number; issued: number }) => [y.year, y.issued])).toEqual([[2026, 1]]);
  });
});
