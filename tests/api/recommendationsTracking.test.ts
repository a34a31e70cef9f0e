import { describe, expect, it } from 'vitest';
import { buildInvestigationWithRoles, buildTestApp } from '../helpers/app';
import { buildDraft, buildFactor, buildFinding, buildIssued } from '../helpers/findingFactories';

async function setup(now?: () => Date) {
  const { app, db } = buildTestApp({ now });
  const { investigationId, clients } = await buildInvestigationWithRoles(app, db);
  const finding = await buildFinding(clients.lead, investigationId, [buildFactor(db, investigationId).id]);
  const rec = await buildIssued(clients.lead, investigationId, [finding.id], {}, { issuedOn: '2025-10-01' });
  const list = async () => (await clients.lead.get(`/api/investigations/${investigationId}/recommendations`)).body.data as Record<string, unknown>[];
  return { app, db, investigationId, clients, finding, rec, list };
}

const response = { receivedOn: '2026-01-15', organisation: 'NHS England', text: 'We have started a review of caseloads.' };

describe('POST /api/recommendations/:recId/responses', () => {
  it('records a response and the recommendation takes the assessment of the latest response', async () => {
    const { clients, rec, list } = await setup();
    await clients.investigator.post(`/api/recommendations/${rec.id}/responses`, { ...response, assessment: 'partially_adequate' }).expect(201);
    expect((await list())[0]).toMatchObject({ assessment: 'partially_adequate', responseCount: 1 });
    await clients.lead.post(`/api/recommendations/${rec.id}/responses`, { ...response, receivedOn: '2025-12-01', assessment: 'not_adequate' }).expect(201);
    expect((await list())[0]).toMatchObject({ assessment: 'partially_adequate', responseCount: 2 });
    await clients.lead.post(`/api/recommendations/${rec.id}/responses`, { ...response, receivedOn: '2026-02-20', assessment: 'adequate' }).expect(201);
    expect((await list())[0]).toMatchObject({ assessment: 'adequate', responseCount: 3 });
    const all = await clients.observer.get(`/api/recommendations/${rec.id}/responses`).expect(200);
    expect(all.body.data.map((r: { receivedOn: string }) => r.receivedOn)).toEqual(['2025-12-01', '2026-01-15', '2026-02-20']);
  });

  it('follows a later assessment of the same response, and returns to awaiting a response when it is removed', async () => {
    const { clients, rec, list } = await setup();
    const created = await clients.lead.post(`/api/recommendations/${rec.id}/responses`, response).expect(201);
    expect(created.body.data.assessment).toBe('awaiting_response');
    const path = `/api/recommendations/${rec.id}/responses/${created.body.data.id}`;
    await clients.lead.patch(path, { version: 1, assessment: 'adequate' }).expect(200);
    expect((await list())[0]).toMatchObject({ assessment: 'adequate' });
    await clients.lead.patch(path, { version: 1, assessment: 'not_adequate' }).expect(409);
    await clients.lead.delete(`${path}?version=2`).expect(204);
    expect((await list())[0]).toMatchObject({ assessment: 'awaiting_response', responseCount: 0 });
  });

  it('responds 422 naming receivedOn for a date in the future or before the issue date, and for a draft', async () => {
    const { investigationId, clients, finding, rec } = await setup();
    const post = (id: string, body: object) => clients.lead.post(`/api/recommendations/${id}/responses`, { ...response, ...body }).expect(422);
    expect((await post(rec.id, { receivedOn: '2026-03-02' })).body.error.message).toBe('receivedOn: must not be in the future');
    expect((await post(rec.id, { receivedOn: '2025-09-30' })).body.error.message).toMatch(/^receivedOn: must not be before the issue date/);
    const draft = await buildDraft(clients.lead, investigationId, [finding.id]);
    expect((await post(draft.id, {})).body.error.message).toMatch(/^status: /);
  });

  it('refuses panel members and observers with 403, non-members and unknown recommendations with 404', async () => {
    const { clients, rec } = await setup();
    await clients.panel.post(`/api/recommendations/${rec.id}/responses`, response).expect(403);
    await clients.observer.post(`/api/recommendations/${rec.id}/responses`, response).expect(403);
    await clients.outsider.post(`/api/recommendations/${rec.id}/responses`, response).expect(404);
    await clients.outsider.get(`/api/recommendations/${rec.id}/responses`).expect(404);
    await clients.outsider.post(`/api/recommendations/${rec.id}/status`, { version: 2, status: 'closed', reason: 'x' }).expect(404);
    await clients.lead.post('/api/recommendations/00000000-0000-4000-8000-000000000000/responses', response).expect(404);
    await clients.panel.get(`/api/recommendations/${rec.id}/responses`).expect(200);
  });
});

describe('POST /api/recommendations/:recId/status', () => {
  it('closes an open recommendation with a reason', async () => {
    const { clients, rec } = await setup();
    const res = await clients.lead.post(`/api/recommendations/${rec.id}/status`, { version: 2, status: 'closed', reason: 'Action completed and verified' }).expect(200);
    expect(res.body.data).toMatchObject({ status: 'closed', statusReason: 'Action completed and verified', supersededById: null, version: 3 });
  });

  it('supersedes an open recommendation by an issued one, named by id or by identifier', async () => {
    const { investigationId, clients, finding, rec } = await setup();
    const replacement = await buildIssued(clients.lead, investigationId, [finding.id]);
    const res = await clients.lead.post(`/api/recommendations/${rec.id}/status`, {
      version: 2, status: 'superseded', reason: 'Replaced by a national recommendation', supersededById: replacement.identifier,
    }).expect(200);
    expect(res.body.data).toMatchObject({ status: 'superseded', supersededById: replacement.id });
    const third = await buildIssued(clients.lead, investigationId, [finding.id]);
    await clients.lead.post(`/api/recommendations/${third.id}/status`, { version: 2, status: 'superseded', reason: 'x', supersededById: replacement.id }).expect(200);
  });

  it('responds 422 for every transition other than open to closed or superseded', async () => {
    const { investigationId, clients, finding, rec } = await setup();
    const draft = await buildDraft(clients.lead, investigationId, [finding.id]);
    const change = (id: string, version: number, status: string) =>
      clients.lead.post(`/api/recommendations/${id}/status`, { version, status, reason: 'r' });
    expect((await change(draft.id, 1, 'closed').expect(422)).body.error.message).toMatch(/^status: a draft recommendation is issued/);
    expect((await change(rec.id, 2, 'open').expect(422)).body.error.message).toBe('status: the recommendation is already open');
    expect((await change(rec.id, 2, 'draft').expect(422)).body.error.message).toMatch(/^status: an open recommendation cannot become draft/);
    await change(rec.id, 2, 'closed').expect(200);
    expect((await change(rec.id, 3, 'open').expect(422)).body.error.message).toMatch(/^status: a closed recommendation cannot become open/);
    expect((await change(rec.id, 3, 'superseded').expect(422)).body.error.message).toMatch(/^status: /);
  });

  it('responds 422 naming supersededById when it is missing, unknown, a draft, itself, or given for closing', async () => {
    const { app, db, investigationId, clients, finding, rec } = await setup();
    const draft = await buildDraft(clients.lead, investigationId, [finding.id]);
    const other = await buildInvestigationWithRoles(app, db);
    const hidden = await buildIssued(other.clients.lead, other.investigationId, [(await buildFinding(other.clients.lead, other.investigationId, [])).id]);
    const supersede = (supersededById?: string, status = 'superseded') =>
      clients.lead.post(`/api/recommendations/${rec.id}/status`, { version: 2, status, reason: 'r', supersededById }).expect(422);
    expect((await supersede()).body.error.message).toMatch(/^supersededById: name the recommendation/);
    expect((await supersede('2031-999')).body.error.message).toMatch(/^supersededById: no recommendation/);
    expect((await supersede(hidden.id)).body.error.message).toMatch(/^supersededById: no recommendation/);
    expect((await supersede(draft.id)).body.error.message).toMatch(/^supersededById: the replacing recommendation must be issued/);
    expect((await supersede(rec.id)).body.error.message).toMatch(/^supersededById: a recommendation cannot supersede itself/);
    expect((await supersede(rec.id, 'closed')).body.error.message).toMatch(/^supersededById: only a superseded/);
  });

  it('responds 409 when the version is stale', async () => {
    const { clients, rec } = await setup();
    await clients.lead.post(`/api/recommendations/${rec.id}/status`, { version: 1, status: 'closed', reason: 'r' }).expect(409);
  });
});

describe('overdue', () => {
  it('is overdue only once the due date has passed with no response, by the injected clock (today 2026-03-01)', async () => {
    const { investigationId, clients, finding, list } = await setup();
    const dueToday = await buildIssued(clients.lead, investigationId, [finding.id], {}, { issuedOn: '2025-12-01' });
    const dueYesterday = await buildIssued(clients.lead, investigationId, [finding.id], {}, { issuedOn: '2025-11-30' });
    const dueLater = await buildIssued(clients.lead, investigationId, [finding.id], {}, { issuedOn: '2026-01-01', responseDueAt: '2026-04-01' });
    expect([dueToday.responseDueAt, dueYesterday.responseDueAt]).toEqual(['2026-03-01', '2026-02-28']);
    const overdue = async () => Object.fromEntries((await list()).map((r) => [r.id, r.overdue]));
    expect(await overdue()).toMatchObject({ [dueToday.id]: false, [dueYesterday.id]: true, [dueLater.id]: false });
    await clients.lead.post(`/api/recommendations/${dueYesterday.id}/responses`, response).expect(201);
    expect((await overdue())[dueYesterday.id]).toBe(false);
  });

  it('is never overdue once closed', async () => {
    const { clients, rec, list } = await setup();
    expect((await list())[0]).toMatchObject({ responseDueAt: '2025-12-30', overdue: true });
    await clients.lead.post(`/api/recommendations/${rec.id}/status`, { version: 2, status: 'closed', reason: 'r' }).expect(200);
    expect((await list())[0]).toMatchObject({ overdue: false });
  });
});
