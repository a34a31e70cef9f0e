import { describe, expect, it } from 'vitest';
import request from 'supertest';
import { buildInvestigationWithRoles, buildTestApp } from '../helpers/app';
import { buildEvent, buildFactor, buildSource } from '../helpers/analysisFactories';
import { listAudit } from '../../server/services/audit';
import { taxonomyLevels } from '../../schema/taxonomy';

async function setup() {
  const { app, db } = buildTestApp();
  const { investigationId, clients } = await buildInvestigationWithRoles(app, db);
  return { app, db, investigationId, clients, url: `/api/investigations/${investigationId}/factors` };
}

const factorBody = {
  level: 'organisational', category: 'workload', statement: 'Caseloads were well above the agency limit',
  description: 'The team held 31 cases each against a limit of 20.', influence: 'hindered', confidence: 'very_likely',
  contextTags: ['family_circumstances'],
};

describe('GET /api/taxonomy', () => {
  it('gives any logged-in user the four levels with categories, prompts and context tags', async () => {
    const { clients } = await setup();
    const res = await clients.outsider.get('/api/taxonomy').expect(200);
    expect(res.body.data.levels.map((l: { code: string }) => l.code)).toEqual(['individual', 'team', 'organisational', 'systemic']);
    const workload = res.body.data.levels[2].categories.find((c: { code: string }) => c.code === 'workload');
    expect(workload).toMatchObject({ level: 'organisational', label: 'Workload, caseloads, staffing and turnover' });
    expect(workload.prompts.length).toBeGreaterThanOrEqual(2);
    expect(res.body.data.contextTags.map((t: { code: string }) => t.code)).toContain('child_communication');
    expect(res.body.data.levels).toEqual(JSON.parse(JSON.stringify(taxonomyLevels)));
  });

  it('responds 401 without a session', async () => {
    const { app } = buildTestApp();
    await request(app).get('/api/taxonomy').expect(401);
  });
});

describe('POST /api/investigations/:id/factors', () => {
  it('records a factor with its evidence and audits it', async () => {
    const { db, investigationId, clients, url } = await setup();
    const event = buildEvent(db, investigationId);
    const source = buildSource(db, investigationId);
    const res = await clients.investigator.post(url, { ...factorBody, eventIds: [event.id], sourceIds: [source.id] }).expect(201);
    expect(res.body.data).toMatchObject({
      ...factorBody, eventIds: [event.id], sourceIds: [source.id], reviewStatus: 'proposed', version: 1,
    });
    const audit = listAudit(db, investigationId, { entity: 'factor', limit: 10, offset: 0 });
    expect(audit.map((a) => a.action)).toEqual(['create']);
  });

  it('fills defaults for influence, confidence, tags, evidence and review status', async () => {
    const { clients, url } = await setup();
    const res = await clients.lead.post(url, { level: 'team', category: 'supervision', statement: 'No joint supervision took place' }).expect(201);
    expect(res.body.data).toMatchObject({ influence: 'hindered', confidence: 'likely', contextTags: [], eventIds: [], sourceIds: [], reviewStatus: 'proposed' });
  });

  it('responds 422 naming category when the category belongs to another level', async () => {
    const { db, investigationId, clients, url } = await setup();
    const res = await clients.investigator.post(url, { ...factorBody, level: 'team' }).expect(422);
    expect(res.body.error.message).toMatch(/^category: "workload" is a category of the organisational level, not the team level; team categories are communication/);
    expect(await clients.lead.get(url).then((r) => r.body.data)).toEqual([]);
    expect(listAudit(db, investigationId, { entity: 'factor', limit: 10, offset: 0 })).toEqual([]);
  });

  it('responds 400 naming the field for an unknown category, level or context tag', async () => {
    const { clients, url } = await setup();
    const unknown = await clients.investigator.post(url, { ...factorBody, category: 'blame' }).expect(400);
    expect(unknown.body.error.message).toMatch(/^category: must be a category code/);
    const tag = await clients.investigator.post(url, { ...factorBody, contextTags: ['nope'] }).expect(400);
    expect(tag.body.error.message).toMatch(/^contextTags\[0\]: must be a context tag code/);
    const level = await clients.investigator.post(url, { ...factorBody, level: 'national' }).expect(400);
    expect(level.body.error.message).toMatch(/^level:/);
  });

  it('responds 422 naming the item when evidence belongs to another investigation', async () => {
    const { app, db, clients, url } = await setup();
    const other = await buildInvestigationWithRoles(app, db);
    const mine = buildEvent(db, url.split('/')[3]!);
    const theirs = buildEvent(db, other.investigationId);
    const res = await clients.investigator.post(url, { ...factorBody, eventIds: [mine.id, theirs.id] }).expect(422);
    expect(res.body.error.message).toBe('eventIds[1]: no such event in this investigation');
    const src = buildSource(db, other.investigationId);
    const res2 = await clients.investigator.post(url, { ...factorBody, sourceIds: [src.id] }).expect(422);
    expect(res2.body.error.message).toBe('sourceIds[0]: no such source in this investigation');
  });

  it('refuses writes from panel members and observers with 403, and hides the investigation from non-members', async () => {
    const { clients, url } = await setup();
    await clients.panel.post(url, factorBody).expect(403);
    await clients.observer.post(url, factorBody).expect(403);
    await clients.outsider.post(url, factorBody).expect(404);
    await clients.outsider.get(url).expect(404);
    await clients.observer.get(url).expect(200);
  });
});

describe('PATCH /api/investigations/:id/factors/:factorId', () => {
  it('edits fields, replaces evidence, sets the review status and bumps the version', async () => {
    const { db, investigationId, clients, url } = await setup();
    const [e1, e2] = [buildEvent(db, investigationId), buildEvent(db, investigationId, { day: '2023-06-01' })];
    const factor = buildFactor(db, investigationId, { eventIds: [e1.id] });
    const res = await clients.investigator.patch(`${url}/${factor.id}`, {
      version: 1, statement: 'Caseloads averaged 31 against a limit of 20', eventIds: [e2.id, e2.id], reviewStatus: 'accepted',
    }).expect(200);
    expect(res.body.data).toMatchObject({ statement: 'Caseloads averaged 31 against a limit of 20', eventIds: [e2.id], reviewStatus: 'accepted', version: 2 });
    const audit = listAudit(db, investigationId, { entity: 'factor', entityId: factor.id, limit: 10, offset: 0 });
    expect(audit[0]).toMatchObject({ action: 'update', before: { eventIds: [e1.id] }, after: { eventIds: [e2.id] } });
  });

  it('responds 409 with the current version when the edit is stale', async () => {
    const { db, investigationId, clients, url } = await setup();
    const factor = buildFactor(db, investigationId);
    await clients.investigator.patch(`${url}/${factor.id}`, { version: 1, description: 'first' }).expect(200);
    const res = await clients.lead.patch(`${url}/${factor.id}`, { version: 1, description: 'second' }).expect(409);
    expect(res.body.error.details.currentVersion).toBe(2);
    const now = await clients.lead.get(`${url}/${factor.id}`).expect(200);
    expect(now.body.data.description).toBe('first');
  });

  it('responds 422 when a level change leaves the category behind', async () => {
    const { db, investigationId, clients, url } = await setup();
    const factor = buildFactor(db, investigationId);
    const res = await clients.investigator.patch(`${url}/${factor.id}`, { version: 1, level: 'systemic' }).expect(422);
    expect(res.body.error.message).toMatch(/^category: "workload" is a category of the organisational level, not the systemic level/);
    await clients.investigator.patch(`${url}/${factor.id}`, { version: 1, level: 'systemic', category: 'funding_commissioning' }).expect(200);
  });

  it('responds 404 for a factor of another investigation and 403 for a panel member', async () => {
    const { app, db, clients, url } = await setup();
    const other = await buildInvestigationWithRoles(app, db);
    const theirs = buildFactor(db, other.investigationId);
    await clients.investigator.patch(`${url}/${theirs.id}`, { version: 1, description: 'x' }).expect(404);
    const mine = buildFactor(db, url.split('/')[3]!);
    await clients.panel.patch(`${url}/${mine.id}`, { version: 1, reviewStatus: 'accepted' }).expect(403);
  });
});

describe('DELETE /api/investigations/:id/factors/:factorId', () => {
  it('removes the factor with its links, auditing both, and refuses a stale version', async () => {
    const { db, investigationId, clients, url } = await setup();
    const a = buildFactor(db, investigationId);
    const b = buildFactor(db, investigationId, { level: 'team', category: 'supervision', statement: 'No supervision' });
    await clients.lead.post(`/api/investigations/${investigationId}/factor-links`, { fromFactorId: a.id, toKind: 'factor', toFactorId: b.id }).expect(201);
    await clients.investigator.delete(`${url}/${a.id}?version=2`).expect(409);
    await clients.investigator.delete(`${url}/${a.id}?version=1`).expect(204);
    expect((await clients.lead.get(url)).body.data.map((f: { id: string }) => f.id)).toEqual([b.id]);
    expect((await clients.lead.get(`/api/investigations/${investigationId}/factor-links`)).body.data).toEqual([]);
    expect(listAudit(db, investigationId, { entity: 'factor_link', limit: 10, offset: 0 }).map((x) => x.action)).toEqual(['delete', 'create']);
    await clients.observer.delete(`${url}/${b.id}?version=1`).expect(403);
  });
});
