import { describe, expect, it } from 'vitest';
import { buildInvestigationWithRoles, buildTestApp } from '../helpers/app';
import { buildFactor, buildFinding, buildIssued, buildDraft } from '../helpers/findingFactories';

async function setup() {
  const { app, db } = buildTestApp();
  const { investigationId, clients } = await buildInvestigationWithRoles(app, db);
  const base = `/api/investigations/${investigationId}/findings`;
  return { app, db, investigationId, clients, base };
}

describe('POST /api/investigations/:id/findings', () => {
  it('records a finding with its factors, defaults and the next position', async () => {
    const { db, investigationId, clients, base } = await setup();
    const f1 = buildFactor(db, investigationId);
    const f2 = buildFactor(db, investigationId, { level: 'systemic' });
    await buildFinding(clients.lead, investigationId, [f1.id]);
    const res = await clients.investigator.post(base, {
      type: 'other_key_finding', statement: 'Joint visits between health visiting and social care gave a fuller picture',
      inThisCase: 'Two joint visits in June', notUnique: 'Seen in other reviews', whyItMatters: 'Shared understanding',
      confidence: 'very_likely', factorIds: [f1.id, f2.id, f1.id], boardQuestions: ['How are joint visits resourced?'], isFinal: true,
    }).expect(201);
    expect(res.body.data).toMatchObject({
      type: 'other_key_finding', confidence: 'very_likely', position: 1, isFinal: true, reviewStatus: 'proposed', version: 1,
      boardQuestions: ['How are joint visits resourced?'],
    });
    expect(res.body.data.factorIds.sort()).toEqual([f1.id, f2.id].sort());
    const list = await clients.observer.get(base).expect(200);
    expect(list.body.data.map((f: { position: number }) => f.position)).toEqual([0, 1]);
  });

  it('responds 422 naming factorIds when a final finding rests on no factor', async () => {
    const { clients, base } = await setup();
    const res = await clients.lead.post(base, { type: 'contributing_factor', statement: 'A statement', isFinal: true }).expect(422);
    expect(res.body.error.message).toMatch(/^factorIds: /);
    expect((await clients.lead.get(base)).body.data).toEqual([]);
  });

  it('responds 422 naming the entry when a factor belongs to another investigation', async () => {
    const { app, db, investigationId, clients, base } = await setup();
    const other = await buildInvestigationWithRoles(app, db);
    const mine = buildFactor(db, investigationId);
    const theirs = buildFactor(db, other.investigationId);
    const res = await clients.lead.post(base, { type: 'contributing_factor', statement: 'A statement', factorIds: [mine.id, theirs.id] }).expect(422);
    expect(res.body.error.message).toBe('factorIds[1]: no such factor in this investigation');
  });

  it('responds 400 naming the field for an unknown type or confidence', async () => {
    const { clients, base } = await setup();
    const res = await clients.lead.post(base, { type: 'root_cause', statement: 'x', confidence: 'clearly' }).expect(400);
    expect(res.body.error.message).toMatch(/type:/);
    expect(res.body.error.message).toMatch(/confidence:/);
  });

  it('refuses panel members and observers with 403 and non-members with 404', async () => {
    const { clients, base } = await setup();
    const body = { type: 'contributing_factor', statement: 'A statement' };
    await clients.panel.post(base, body).expect(403);
    await clients.observer.post(base, body).expect(403);
    await clients.outsider.post(base, body).expect(404);
    await clients.outsider.get(base).expect(404);
  });
});

describe('PATCH /api/investigations/:id/findings/:findingId', () => {
  it('updates fields and factors and bumps the version', async () => {
    const { db, investigationId, clients, base } = await setup();
    const f1 = buildFactor(db, investigationId);
    const f2 = buildFactor(db, investigationId);
    const finding = await buildFinding(clients.lead, investigationId, [f1.id]);
    const res = await clients.lead.patch(`${base}/${finding.id}`, { version: 1, factorIds: [f2.id], isFinal: true, confidence: 'unlikely' }).expect(200);
    expect(res.body.data).toMatchObject({ factorIds: [f2.id], isFinal: true, confidence: 'unlikely', version: 2 });
  });

  it('responds 409 with the current version when the edit is stale', async () => {
    const { db, investigationId, clients, base } = await setup();
    const finding = await buildFinding(clients.lead, investigationId, [buildFactor(db, investigationId).id]);
    await clients.lead.patch(`${base}/${finding.id}`, { version: 1, statement: 'First edit' }).expect(200);
    const res = await clients.investigator.patch(`${base}/${finding.id}`, { version: 1, statement: 'Second edit' }).expect(409);
    expect(res.body.error.details.currentVersion).toBe(2);
  });

  it('responds 422 naming factorIds when the last factor is removed from a final finding', async () => {
    const { db, investigationId, clients, base } = await setup();
    const finding = await buildFinding(clients.lead, investigationId, [buildFactor(db, investigationId).id], { isFinal: true });
    const res = await clients.lead.patch(`${base}/${finding.id}`, { version: 1, factorIds: [] }).expect(422);
    expect(res.body.error.message).toMatch(/^factorIds: /);
    const after = await clients.lead.get(base);
    expect(after.body.data[0].factorIds).toHaveLength(1);
  });

  it('responds 404 for a finding of another investigation', async () => {
    const { app, db, clients, base } = await setup();
    const other = await buildInvestigationWithRoles(app, db);
    const theirs = await buildFinding(other.clients.lead, other.investigationId, []);
    await clients.lead.patch(`${base}/${theirs.id}`, { version: 1, statement: 'x' }).expect(404);
  });
});

describe('PUT /api/investigations/:id/findings/order', () => {
  it('puts the findings in the given order', async () => {
    const { investigationId, clients, base } = await setup();
    const a = await buildFinding(clients.lead, investigationId, []);
    const b = await buildFinding(clients.lead, investigationId, []);
    const c = await buildFinding(clients.lead, investigationId, []);
    const res = await clients.lead.put(`${base}/order`, { findingIds: [c.id, a.id, b.id] }).expect(200);
    expect(res.body.data.map((f: { id: string }) => f.id)).toEqual([c.id, a.id, b.id]);
    expect(res.body.data.map((f: { position: number }) => f.position)).toEqual([0, 1, 2]);
  });

  it('responds 422 when a finding is missing or listed twice', async () => {
    const { investigationId, clients, base } = await setup();
    const a = await buildFinding(clients.lead, investigationId, []);
    const b = await buildFinding(clients.lead, investigationId, []);
    expect((await clients.lead.put(`${base}/order`, { findingIds: [a.id] }).expect(422)).body.error.message).toMatch(/^findingIds: list all 2/);
    expect((await clients.lead.put(`${base}/order`, { findingIds: [a.id, a.id] }).expect(422)).body.error.message).toMatch(/^findingIds\[1\]/);
    await clients.lead.put(`${base}/order`, { findingIds: [b.id, a.id] }).expect(200);
  });
});

describe('DELETE /api/investigations/:id/findings/:findingId', () => {
  it('deletes a finding with the current version and refuses a stale one with 409', async () => {
    const { investigationId, clients, base } = await setup();
    const finding = await buildFinding(clients.lead, investigationId, []);
    await clients.lead.delete(`${base}/${finding.id}?version=2`).expect(409);
    await clients.lead.delete(`${base}/${finding.id}?version=1`).expect(204);
    expect((await clients.lead.get(base)).body.data).toEqual([]);
  });

  it('responds 422 when an issued recommendation rests on the finding, but allows it for a draft', async () => {
    const { db, investigationId, clients, base } = await setup();
    const factor = buildFactor(db, investigationId);
    const issuedOn = await buildFinding(clients.lead, investigationId, [factor.id]);
    const draftedOn = await buildFinding(clients.lead, investigationId, [factor.id]);
    const rec = await buildIssued(clients.lead, investigationId, [issuedOn.id]);
    await buildDraft(clients.lead, investigationId, [draftedOn.id]);
    const res = await clients.lead.delete(`${base}/${issuedOn.id}?version=1`).expect(422);
    expect(res.body.error.message).toBe(`finding: recommendation ${rec.identifier} was issued on this finding, so it cannot be deleted`);
    const second = await buildIssued(clients.lead, investigationId, [issuedOn.id]);
    const both = await clients.lead.delete(`${base}/${issuedOn.id}?version=1`).expect(422);
    expect(both.body.error.message).toBe(`finding: recommendations ${rec.identifier} and ${second.identifier} were issued on this finding, so it cannot be deleted`);
    await clients.lead.delete(`${base}/${draftedOn.id}?version=1`).expect(204);
  });
});
