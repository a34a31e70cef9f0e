import { describe, expect, it } from 'vitest';
import { buildInvestigationWithRoles, buildTestApp } from '../helpers/app';
import { buildEvent, buildFactor, buildLink } from '../helpers/analysisFactories';
import { listAudit } from '../../server/services/audit';

async function setup() {
  const { app, db } = buildTestApp();
  const { investigationId, clients } = await buildInvestigationWithRoles(app, db);
  const a = buildFactor(db, investigationId, { level: 'individual', category: 'judgement', statement: 'The explanation was read as plausible' });
  const b = buildFactor(db, investigationId, { level: 'team', category: 'supervision', statement: 'No joint supervision took place' });
  const c = buildFactor(db, investigationId, { level: 'organisational', category: 'workload', statement: 'Caseloads were above the limit' });
  return { app, db, investigationId, clients, a, b, c, url: `/api/investigations/${investigationId}/factor-links` };
}

describe('POST /api/investigations/:id/factor-links', () => {
  it('links a factor to another factor, an event and the outcome, and audits each', async () => {
    const { db, investigationId, clients, a, b, url } = await setup();
    const event = buildEvent(db, investigationId);
    const toFactor = await clients.investigator.post(url, { fromFactorId: b.id, toKind: 'factor', toFactorId: a.id, rationale: 'No second view' }).expect(201);
    expect(toFactor.body.data).toMatchObject({ fromFactorId: b.id, toKind: 'factor', toFactorId: a.id, toEventId: null, rationale: 'No second view', version: 1 });
    await clients.investigator.post(url, { fromFactorId: a.id, toKind: 'event', toEventId: event.id }).expect(201);
    const toOutcome = await clients.investigator.post(url, { fromFactorId: a.id, toKind: 'outcome' }).expect(201);
    expect(toOutcome.body.data).toMatchObject({ toKind: 'outcome', toFactorId: null, toEventId: null, rationale: '' });
    expect((await clients.observer.get(url).expect(200)).body.data).toHaveLength(3);
    expect(listAudit(db, investigationId, { entity: 'factor_link', limit: 10, offset: 0 })).toHaveLength(3);
  });

  it('refuses a link that would make a cycle, naming it by statements with the ids in order', async () => {
    const { clients, a, b, c, url } = await setup();
    await clients.investigator.post(url, { fromFactorId: c.id, toKind: 'factor', toFactorId: b.id }).expect(201);
    await clients.investigator.post(url, { fromFactorId: b.id, toKind: 'factor', toFactorId: a.id }).expect(201);
    const res = await clients.investigator.post(url, { fromFactorId: a.id, toKind: 'factor', toFactorId: c.id }).expect(422);
    expect(res.body.error.message).toBe(
      'toFactorId: this link would make a cycle: "The explanation was read as plausible" → "Caseloads were above the limit" → '
      + '"No joint supervision took place" → "The explanation was read as plausible"',
    );
    expect(res.body.error.details).toEqual({ field: 'toFactorId', cycle: [a.id, c.id, b.id] });
    expect((await clients.lead.get(url)).body.data).toHaveLength(2);
  });

  it('refuses a self-link and a duplicate link with 422', async () => {
    const { clients, a, b, url } = await setup();
    const self = await clients.investigator.post(url, { fromFactorId: a.id, toKind: 'factor', toFactorId: a.id }).expect(422);
    expect(self.body.error.message).toBe('toFactorId: a factor cannot contribute to itself');
    await clients.investigator.post(url, { fromFactorId: b.id, toKind: 'factor', toFactorId: a.id }).expect(201);
    const dup = await clients.investigator.post(url, { fromFactorId: b.id, toKind: 'factor', toFactorId: a.id, rationale: 'again' }).expect(422);
    expect(dup.body.error.message).toBe('toFactorId: these two are already linked');
    await clients.investigator.post(url, { fromFactorId: a.id, toKind: 'outcome' }).expect(201);
    const dupOutcome = await clients.investigator.post(url, { fromFactorId: a.id, toKind: 'outcome' }).expect(422);
    expect(dupOutcome.body.error.message).toBe('toKind: these two are already linked');
  });

  it('responds 422 for factors or events of another investigation', async () => {
    const { app, db, clients, a, url } = await setup();
    const other = await buildInvestigationWithRoles(app, db);
    const theirFactor = buildFactor(db, other.investigationId);
    const theirEvent = buildEvent(db, other.investigationId);
    const r1 = await clients.investigator.post(url, { fromFactorId: theirFactor.id, toKind: 'outcome' }).expect(422);
    expect(r1.body.error.message).toBe('fromFactorId: no such factor in this investigation');
    const r2 = await clients.investigator.post(url, { fromFactorId: a.id, toKind: 'factor', toFactorId: theirFactor.id }).expect(422);
    expect(r2.body.error.message).toBe('toFactorId: no such factor in this investigation');
    const r3 = await clients.investigator.post(url, { fromFactorId: a.id, toKind: 'event', toEventId: theirEvent.id }).expect(422);
    expect(r3.body.error.message).toBe('toEventId: no such event in this investigation');
  });

  it('responds 400 naming the missing or surplus target field', async () => {
    const { clients, a, b, url } = await setup();
    const missing = await clients.investigator.post(url, { fromFactorId: a.id, toKind: 'factor' }).expect(400);
    expect(missing.body.error.message).toBe('toFactorId: is required when toKind is "factor"');
    const surplus = await clients.investigator.post(url, { fromFactorId: a.id, toKind: 'outcome', toFactorId: b.id }).expect(400);
    expect(surplus.body.error.message).toBe('toFactorId: must be empty when toKind is "outcome"');
  });

  it('refuses panel members and observers with 403 and non-members with 404', async () => {
    const { clients, a, url } = await setup();
    const body = { fromFactorId: a.id, toKind: 'outcome' };
    await clients.panel.post(url, body).expect(403);
    await clients.observer.post(url, body).expect(403);
    await clients.outsider.post(url, body).expect(404);
    await clients.outsider.get(url).expect(404);
  });
});

describe('PATCH and DELETE /api/investigations/:id/factor-links/:linkId', () => {
  it('edits the rationale, refuses a stale version with 409, and deletes', async () => {
    const { db, investigationId, clients, a, b, url } = await setup();
    const link = buildLink(db, investigationId, b.id, { factor: a.id });
    const res = await clients.investigator.patch(`${url}/${link.id}`, { version: 1, rationale: 'No second view of the explanation' }).expect(200);
    expect(res.body.data).toMatchObject({ rationale: 'No second view of the explanation', version: 2 });
    const stale = await clients.lead.patch(`${url}/${link.id}`, { version: 1, rationale: 'x' }).expect(409);
    expect(stale.body.error.details.currentVersion).toBe(2);
    await clients.panel.delete(`${url}/${link.id}?version=2`).expect(403);
    await clients.lead.delete(`${url}/${link.id}?version=2`).expect(204);
    expect((await clients.lead.get(url)).body.data).toEqual([]);
  });
});
