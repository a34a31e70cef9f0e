import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog } from '../../schema/tables';
import { buildTestApp, buildInvestigationWithRoles } from '../helpers/app';
import { CHILD_REAL_NAME, buildFactor, buildReviewWorld } from '../helpers/reviewFactories';

async function world() {
  const { app, db } = buildTestApp();
  return { app, db, ...(await buildReviewWorld(app, db)) };
}

describe('POST /api/investigations/:id/comments', () => {
  it("starts a thread on a factor, storing the author's role", async () => {
    const { clients, fx, base } = await world();
    const res = await clients.panel.post(`${base}/comments`, { targetKind: 'factor', targetId: fx.workload.id, body: 'What were caseloads at the time?' });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({
      targetKind: 'factor', targetId: fx.workload.id, parentId: null, body: 'What were caseloads at the time?',
      authorId: clients.panel.userId, authorName: 'panel user', authorRole: 'panel', resolved: false, version: 1,
    });
  });

  it('accepts every kind of item: event, factor, factor link, finding and recommendation', async () => {
    const { clients, fx, base } = await world();
    const targets = [['event', fx.visit.id], ['factor', fx.individual.id], ['factor_link', fx.factorLink.id], ['finding', fx.finding.id], ['recommendation', fx.recommendation.id]];
    for (const [targetKind, targetId] of targets) {
      await clients.investigator.post(`${base}/comments`, { targetKind, targetId, body: 'Noted' }).expect(201);
    }
    const all = await clients.observer.get(`${base}/comments`).expect(200);
    expect(all.body.data.map((t: { targetKind: string }) => t.targetKind).sort()).toEqual(['event', 'factor', 'factor_link', 'finding', 'recommendation']);
  });

  it('responds 422 naming targetId when the item is in another investigation, of another kind, or missing', async () => {
    const { app, db, clients, fx, base } = await world();
    const other = await buildInvestigationWithRoles(app, db);
    const foreign = buildFactor(db, other.investigationId);
    for (const [targetKind, targetId] of [['factor', foreign.id], ['finding', fx.workload.id], ['event', '00000000-0000-4000-8000-000000000000']]) {
      const res = await clients.lead.post(`${base}/comments`, { targetKind, targetId, body: 'x' });
      expect(res.status).toBe(422);
      expect(res.body.error.message).toMatch(/^targetId: no /);
    }
    expect((await clients.lead.get(`${base}/comments`)).body.data).toEqual([]);
  });

  it('responds 400 naming the field for an unknown kind or empty text', async () => {
    const { clients, fx, base } = await world();
    const kind = await clients.lead.post(`${base}/comments`, { targetKind: 'person', targetId: fx.child.id, body: 'x' });
    expect(kind.status).toBe(400);
    expect(kind.body.error.message).toMatch(/^targetKind:/);
    const empty = await clients.lead.post(`${base}/comments`, { targetKind: 'factor', targetId: fx.workload.id, body: '   ' });
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toMatch(/^body: must not be empty/);
  });

  it('nests replies under their parent and refuses a parent on another item with 422 naming parentId', async () => {
    const { clients, fx, base } = await world();
    const root = (await clients.panel.post(`${base}/comments`, { targetKind: 'finding', targetId: fx.finding.id, body: 'Is this widespread?' })).body.data;
    const reply = await clients.investigator.post(`${base}/comments`, {
      targetKind: 'finding', targetId: fx.finding.id, body: 'Yes: three other reviews', parentId: root.id,
    });
    expect(reply.status).toBe(201);
    const wrong = await clients.investigator.post(`${base}/comments`, { targetKind: 'factor', targetId: fx.workload.id, body: 'x', parentId: root.id });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.message).toBe('parentId: the comment replied to is on a different item');
    const threads = (await clients.observer.get(`${base}/comments?targetKind=finding&targetId=${fx.finding.id}`)).body.data;
    expect(threads).toHaveLength(1);
    expect(threads[0].replies.map((r: { body: string; authorRole: string }) => [r.body, r.authorRole])).toEqual([['Yes: three other reviews', 'investigator']]);
  });

  it('records each comment in the audit log', async () => {
    const { db, clients, fx, base, investigationId } = await world();
    const c = (await clients.panel.post(`${base}/comments`, { targetKind: 'factor', targetId: fx.workload.id, body: 'Evidence?' })).body.data;
    const rows = db.select().from(auditLog).where(and(eq(auditLog.investigationId, investigationId), eq(auditLog.entity, 'comment'))).all();
    expect(rows.map((r) => [r.entityId, r.action, r.userId])).toEqual([[c.id, 'create', clients.panel.userId]]);
  });
});

describe('GET /api/investigations/:id/comments', () => {
  it('filters by item and by resolved state', async () => {
    const { clients, fx, base } = await world();
    const a = (await clients.panel.post(`${base}/comments`, { targetKind: 'factor', targetId: fx.workload.id, body: 'A' })).body.data;
    await clients.panel.post(`${base}/comments`, { targetKind: 'factor', targetId: fx.individual.id, body: 'B' }).expect(201);
    await clients.lead.patch(`${base}/comments/${a.id}`, { version: 1, resolved: true }).expect(200);
    const onOne = (await clients.panel.get(`${base}/comments?targetKind=factor&targetId=${fx.workload.id}`)).body.data;
    expect(onOne.map((t: { body: string }) => t.body)).toEqual(['A']);
    const open = (await clients.panel.get(`${base}/comments?resolved=false`)).body.data;
    expect(open.map((t: { body: string }) => t.body)).toEqual(['B']);
  });

  it('responds 400 when targetId is given without targetKind', async () => {
    const { clients, fx, base } = await world();
    const res = await clients.lead.get(`${base}/comments?targetId=${fx.workload.id}`);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/^targetKind: required with targetId/);
  });

  it('shows pseudonyms, not registered names, to panel members and observers', async () => {
    const { clients, fx, base } = await world();
    await clients.investigator.post(`${base}/comments`, { targetKind: 'event', targetId: fx.visit.id, body: `Was ${CHILD_REAL_NAME} spoken to alone?` }).expect(201);
    for (const role of ['panel', 'observer'] as const) {
      const text = JSON.stringify((await clients[role].get(`${base}/comments`)).body);
      expect(text).not.toMatch(/Zoë|Quartermaine/);
      expect(text).toContain('Was Child Q spoken to alone?');
    }
    expect(JSON.stringify((await clients.lead.get(`${base}/comments`)).body)).toContain(CHILD_REAL_NAME);
  });
});

describe('PATCH /api/investigations/:id/comments/:commentId', () => {
  it('lets the author change the text, bumping the version', async () => {
    const { clients, fx, base } = await world();
    const c = (await clients.panel.post(`${base}/comments`, { targetKind: 'factor', targetId: fx.workload.id, body: 'Draft' })).body.data;
    const res = await clients.panel.patch(`${base}/comments/${c.id}`, { version: 1, body: 'Final wording' });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ body: 'Final wording', version: 2 });
  });

  it("responds 403 to changing someone else's text, even for a lead investigator", async () => {
    const { clients, fx, base } = await world();
    const c = (await clients.panel.post(`${base}/comments`, { targetKind: 'factor', targetId: fx.workload.id, body: 'Mine' })).body.data;
    const res = await clients.lead.patch(`${base}/comments/${c.id}`, { version: 1, body: 'Theirs' });
    expect(res.status).toBe(403);
    expect((await clients.lead.get(`${base}/comments`)).body.data[0].body).toBe('Mine');
  });

  it("lets investigators resolve any thread but panel members only their own", async () => {
    const { clients, fx, base } = await world();
    const byInvestigator = (await clients.investigator.post(`${base}/comments`, { targetKind: 'factor', targetId: fx.workload.id, body: 'Q1' })).body.data;
    const byPanel = (await clients.panel.post(`${base}/comments`, { targetKind: 'factor', targetId: fx.workload.id, body: 'Q2' })).body.data;
    expect((await clients.panel.patch(`${base}/comments/${byInvestigator.id}`, { version: 1, resolved: true })).status).toBe(403);
    expect((await clients.panel.patch(`${base}/comments/${byPanel.id}`, { version: 1, resolved: true })).body.data.resolved).toBe(true);
    expect((await clients.investigator.patch(`${base}/comments/${byPanel.id}`, { version: 2, resolved: false })).body.data).toMatchObject({ resolved: false, version: 3 });
  });

  it('responds 409 with the current version when the edit was based on an old one', async () => {
    const { clients, fx, base } = await world();
    const c = (await clients.panel.post(`${base}/comments`, { targetKind: 'factor', targetId: fx.workload.id, body: 'One' })).body.data;
    await clients.panel.patch(`${base}/comments/${c.id}`, { version: 1, body: 'Two' }).expect(200);
    const stale = await clients.panel.patch(`${base}/comments/${c.id}`, { version: 1, body: 'Three' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details.currentVersion).toBe(2);
  });

  it('responds 400 when neither body nor resolved is given, and 404 for a comment of another investigation', async () => {
    const { app, db, clients, fx, base } = await world();
    const c = (await clients.panel.post(`${base}/comments`, { targetKind: 'factor', targetId: fx.workload.id, body: 'One' })).body.data;
    expect((await clients.panel.patch(`${base}/comments/${c.id}`, { version: 1 })).status).toBe(400);
    const other = await buildInvestigationWithRoles(app, db);
    const res = await other.clients.lead.patch(`/api/investigations/${other.investigationId}/comments/${c.id}`, { version: 1, resolved: true });
    expect(res.status).toBe(404);
  });
});
