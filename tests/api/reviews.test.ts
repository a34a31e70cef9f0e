import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog, factors, findings, reviewDecisions } from '../../schema/tables';
import { buildTestApp, buildInvestigationWithRoles } from '../helpers/app';
import { buildFactor, buildReviewWorld } from '../helpers/reviewFactories';

async function world() {
  const { app, db } = buildTestApp();
  return { app, db, ...(await buildReviewWorld(app, db)) };
}

describe('POST /api/investigations/:id/reviews', () => {
  it("sets the factor's review status, bumps its version and keeps the decision with its author's role", async () => {
    const { db, clients, fx, base } = await world();
    const res = await clients.panel.post(`${base}/reviews`, {
      targetKind: 'factor', targetId: fx.workload.id, status: 'disputed', reason: 'Caseload figures are for a later year', targetVersion: 1,
    });
    expect(res.status).toBe(201);
    expect(res.body.data.target).toEqual({ kind: 'factor', id: fx.workload.id, reviewStatus: 'disputed', version: 2 });
    expect(res.body.data.decision).toMatchObject({
      targetKind: 'factor', targetId: fx.workload.id, status: 'disputed', reason: 'Caseload figures are for a later year',
      authorId: clients.panel.userId, authorName: 'panel user', authorRole: 'panel', agreedForPublication: false, version: 1,
    });
    expect(db.select().from(factors).where(eq(factors.id, fx.workload.id)).get()).toMatchObject({ reviewStatus: 'disputed', version: 2 });
  });

  it('keeps the dissent when a later decision accepts the factor', async () => {
    const { clients, fx, base } = await world();
    await clients.panel.post(`${base}/reviews`, { targetKind: 'factor', targetId: fx.workload.id, status: 'disputed', reason: 'Not evidenced', targetVersion: 1 }).expect(201);
    const accepted = await clients.lead.post(`${base}/reviews`, { targetKind: 'factor', targetId: fx.workload.id, status: 'accepted', reason: 'Figures added', targetVersion: 2 });
    expect(accepted.body.data.target).toMatchObject({ reviewStatus: 'accepted', version: 3 });
    const list = (await clients.observer.get(`${base}/reviews?targetKind=factor&targetId=${fx.workload.id}`)).body.data;
    expect(list.map((d: { status: string; authorRole: string; reason: string }) => [d.status, d.authorRole, d.reason]))
      .toEqual([['disputed', 'panel', 'Not evidenced'], ['accepted', 'lead', 'Figures added']]);
  });

  it('sets a finding\'s review status too', async () => {
    const { db, clients, fx, base } = await world();
    await clients.panel.post(`${base}/reviews`, { targetKind: 'finding', targetId: fx.finding.id, status: 'rejected', reason: 'Outside the terms of reference', targetVersion: 1 }).expect(201);
    expect(db.select().from(findings).where(eq(findings.id, fx.finding.id)).get()?.reviewStatus).toBe('rejected');
  });

  it('audits the status change and the decision', async () => {
    const { db, clients, fx, base, investigationId } = await world();
    const d = (await clients.panel.post(`${base}/reviews`, { targetKind: 'factor', targetId: fx.workload.id, status: 'accepted', reason: 'Agreed', targetVersion: 1 })).body.data.decision;
    const rows = db.select().from(auditLog).where(and(eq(auditLog.investigationId, investigationId), eq(auditLog.userId, clients.panel.userId))).all();
    expect(rows.map((r) => [r.entity, r.entityId, r.action])).toEqual([['factor', fx.workload.id, 'update'], ['review_decision', d.id, 'create']]);
    expect(rows[0]!.before).toMatchObject({ reviewStatus: 'proposed', version: 1 });
    expect(rows[0]!.after).toMatchObject({ reviewStatus: 'accepted', version: 2 });
  });

  it('records a decision that repeats the current status without bumping the item\'s version', async () => {
    const { clients, fx, base } = await world();
    await clients.panel.post(`${base}/reviews`, { targetKind: 'factor', targetId: fx.workload.id, status: 'accepted', reason: 'Agreed', targetVersion: 1 }).expect(201);
    const again = await clients.lead.post(`${base}/reviews`, { targetKind: 'factor', targetId: fx.workload.id, status: 'accepted', reason: 'Also agreed', targetVersion: 2 });
    expect(again.body.data.target).toMatchObject({ reviewStatus: 'accepted', version: 2 });
    expect((await clients.lead.get(`${base}/reviews`)).body.data).toHaveLength(2);
  });

  it('responds 409 with the current version when the factor changed since the reviewer read it, recording nothing', async () => {
    const { db, clients, fx, base } = await world();
    db.update(factors).set({ statement: 'Reworded', version: 2 }).where(eq(factors.id, fx.workload.id)).run();
    const res = await clients.panel.post(`${base}/reviews`, { targetKind: 'factor', targetId: fx.workload.id, status: 'accepted', reason: 'Fine', targetVersion: 1 });
    expect(res.status).toBe(409);
    expect(res.body.error.details.currentVersion).toBe(2);
    expect(db.select().from(reviewDecisions).all()).toEqual([]);
  });

  it('responds 400 naming reason when it is empty, and naming status for "proposed"', async () => {
    const { clients, fx, base } = await world();
    const noReason = await clients.panel.post(`${base}/reviews`, { targetKind: 'factor', targetId: fx.workload.id, status: 'disputed', reason: ' ', targetVersion: 1 });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.message).toMatch(/^reason: must not be empty/);
    const proposed = await clients.panel.post(`${base}/reviews`, { targetKind: 'factor', targetId: fx.workload.id, status: 'proposed', reason: 'x', targetVersion: 1 });
    expect(proposed.status).toBe(400);
    expect(proposed.body.error.message).toMatch(/^status:/);
  });

  it('responds 422 naming targetId for a factor of another investigation', async () => {
    const { app, db, clients, base } = await world();
    const other = await buildInvestigationWithRoles(app, db);
    const foreign = buildFactor(db, other.investigationId);
    const res = await clients.panel.post(`${base}/reviews`, { targetKind: 'factor', targetId: foreign.id, status: 'accepted', reason: 'x', targetVersion: 1 });
    expect(res.status).toBe(422);
    expect(res.body.error.message).toBe('targetId: no factor with this id in this investigation');
    expect(db.select().from(factors).where(eq(factors.id, foreign.id)).get()?.reviewStatus).toBe('proposed');
  });
});

describe('PATCH /api/investigations/:id/reviews/:reviewId', () => {
  it('lets a lead investigator agree a note of dissent for publication', async () => {
    const { clients, fx, base } = await world();
    const d = (await clients.panel.post(`${base}/reviews`, { targetKind: 'finding', targetId: fx.finding.id, status: 'disputed', reason: 'Overstated', targetVersion: 1 })).body.data.decision;
    const res = await clients.lead.patch(`${base}/reviews/${d.id}`, { version: 1, agreedForPublication: true });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ id: d.id, agreedForPublication: true, version: 2, reason: 'Overstated', authorRole: 'panel' });
  });

  it('responds 422 for an acceptance, which is not a dissent', async () => {
    const { clients, fx, base } = await world();
    const d = (await clients.panel.post(`${base}/reviews`, { targetKind: 'finding', targetId: fx.finding.id, status: 'accepted', reason: 'Fine', targetVersion: 1 })).body.data.decision;
    const res = await clients.lead.patch(`${base}/reviews/${d.id}`, { version: 1, agreedForPublication: true });
    expect(res.status).toBe(422);
    expect(res.body.error.message).toMatch(/^agreedForPublication:/);
  });

  it('responds 409 to a stale version and 404 to an unknown decision', async () => {
    const { clients, fx, base } = await world();
    const d = (await clients.panel.post(`${base}/reviews`, { targetKind: 'factor', targetId: fx.workload.id, status: 'rejected', reason: 'No', targetVersion: 1 })).body.data.decision;
    await clients.lead.patch(`${base}/reviews/${d.id}`, { version: 1, agreedForPublication: true }).expect(200);
    expect((await clients.lead.patch(`${base}/reviews/${d.id}`, { version: 1, agreedForPublication: false })).status).toBe(409);
    expect((await clients.lead.patch(`${base}/reviews/00000000-0000-4000-8000-000000000000`, { version: 1, agreedForPublication: true })).status).toBe(404);
  });
});
