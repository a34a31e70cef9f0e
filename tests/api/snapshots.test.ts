import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditLog, events, factors, safetyActions, snapshots } from '../../schema/tables';
import { FIXED_NOW, buildTestApp, buildInvestigationWithRoles } from '../helpers/app';
import { CHILD_REAL_NAME, buildFinding, buildReviewWorld } from '../helpers/reviewFactories';
import { allRoutes } from '../../server/routes';
import { contentHash } from '../../server/review/canonicalJson';

async function world() {
  const { app, db } = buildTestApp();
  return { app, db, ...(await buildReviewWorld(app, db)) };
}

const noRealIdentity = (body: unknown) => {
  const text = JSON.stringify(body);
  expect(text).not.toMatch(/Zoë|Zoe|Quarterma|2019-06-02|"Zo"/);
};

describe('POST /api/investigations/:id/snapshots', () => {
  it('freezes the whole investigation under a label, with the SHA-256 of its canonical JSON', async () => {
    const { clients, base, fx } = await world();
    const res = await clients.investigator.post(`${base}/snapshots`, { label: 'Panel meeting 3' });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({
      label: 'Panel meeting 3', takenAt: FIXED_NOW.toISOString(), takenBy: clients.investigator.userId, takenByName: 'investigator user',
      signedOffAt: null, signedOffBy: null, signOffNote: '',
    });
    expect(res.body.data).not.toHaveProperty('content');
    const full = (await clients.lead.get(`${base}/snapshots/${res.body.data.id}`)).body.data;
    expect(full.sha256).toBe(contentHash(full.content));
    expect(full.intact).toBe(true);
    expect(full.content.factors.map((f: { id: string }) => f.id)).toEqual([fx.workload.id, fx.individual.id].sort());
  });

  it('gives the same hash to two snapshots of unchanged data', async () => {
    const { clients, base } = await world();
    const a = (await clients.lead.post(`${base}/snapshots`, { label: 'A' })).body.data;
    const b = (await clients.lead.post(`${base}/snapshots`, { label: 'B' })).body.data;
    expect(a.sha256).toBe(b.sha256);
    expect((await clients.lead.get(`${base}/snapshots`)).body.data.map((s: { label: string }) => s.label)).toEqual(['B', 'A']);
  });

  it('responds 400 naming label when it is empty, creating nothing', async () => {
    const { db, clients, base } = await world();
    const res = await clients.lead.post(`${base}/snapshots`, { label: '' });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/^label:/);
    expect(db.select().from(snapshots).all()).toEqual([]);
  });
});

describe('snapshot immutability', () => {
  it('offers no endpoint that changes a snapshot other than recording the sign-off', () => {
    const writes = allRoutes({ hours: 12, secureCookies: false })
      .filter((r) => r.method !== 'get' && r.path.includes('/snapshots')).map((r) => `${r.method.toUpperCase()} ${r.path}`).sort();
    expect(writes).toEqual([
      'POST /api/investigations/:id/snapshots',
      'POST /api/investigations/:id/snapshots/:snapshotId/sign-off',
    ]);
  });

  it('keeps the frozen content byte for byte while the live data is edited afterwards', async () => {
    const { db, clients, base, fx } = await world();
    const snap = (await clients.lead.post(`${base}/snapshots`, { label: 'Panel meeting 1' })).body.data;
    const frozen = (await clients.lead.get(`${base}/snapshots/${snap.id}`)).body.data.content;
    const storedText = () => db.$client.prepare('select content from snapshots where id = ?').pluck().get(snap.id);
    const before = storedText();
    await clients.panel.post(`${base}/comments`, { targetKind: 'factor', targetId: fx.workload.id, body: 'Evidence?' }).expect(201);
    await clients.panel.post(`${base}/reviews`, { targetKind: 'factor', targetId: fx.workload.id, status: 'disputed', reason: 'No figures', targetVersion: 1 }).expect(201);
    await clients.lead.patch(`${base}/agencies/${fx.agency.id}`, { version: 1, name: 'Northshire Constabulary' }).expect(200);
    await clients.lead.delete(`${base}/people/${fx.child.id}?version=1`).expect(204);
    db.update(events).set({ description: 'Rewritten', version: 2 }).where(eq(events.id, fx.visit.id)).run();
    await clients.lead.post(`${base}/snapshots/${snap.id}/sign-off`, { note: 'Agreed at meeting 1' }).expect(200);
    const after = (await clients.lead.get(`${base}/snapshots/${snap.id}`)).body.data;
    expect(after.content).toEqual(frozen);
    expect(after.sha256).toBe(snap.sha256);
    expect(after.intact).toBe(true);
    expect(storedText()).toBe(before);
    expect(after.content.events.find((e: { id: string }) => e.id === fx.visit.id).description).toContain(CHILD_REAL_NAME);
  });

  it('reports a snapshot whose stored content no longer matches its hash as not intact', async () => {
    const { db, clients, base } = await world();
    const snap = (await clients.lead.post(`${base}/snapshots`, { label: 'A' })).body.data;
    db.update(snapshots).set({ content: { tampered: true } }).where(eq(snapshots.id, snap.id)).run();
    expect((await clients.lead.get(`${base}/snapshots/${snap.id}`)).body.data.intact).toBe(false);
  });
});

describe('GET /api/investigations/:id/snapshots/:a/diff/:b', () => {
  it('lists exactly what was added, removed and changed, per kind and field', async () => {
    const { db, clients, base, fx, investigationId } = await world();
    const a = (await clients.lead.post(`${base}/snapshots`, { label: 'Panel meeting 1' })).body.data;
    db.update(factors).set({ statement: 'Caseloads were above the agency limit for 18 months', version: 2, updatedAt: '2026-03-02T00:00:00.000Z' })
      .where(eq(factors.id, fx.workload.id)).run();
    const decision = (await clients.panel.post(`${base}/reviews`, {
      targetKind: 'factor', targetId: fx.individual.id, status: 'disputed', reason: 'Hindsight', targetVersion: 1,
    })).body.data.decision;
    const added = buildFinding(db, investigationId, { statement: 'Supervision was infrequent' });
    db.delete(safetyActions).where(eq(safetyActions.id, fx.action.id)).run();

    const res = await clients.lead.get(`${base}/snapshots/${a.id}/diff/current`);
    expect(res.status).toBe(200);
    const d = res.body.data;
    expect(d.from).toEqual({ id: a.id, label: 'Panel meeting 1', takenAt: FIXED_NOW.toISOString() });
    expect(d.to).toEqual({ id: 'current', label: 'Current data', takenAt: null });
    expect(d.identical).toBe(false);
    expect(d.kinds.map((k: { kind: string }) => k.kind)).toEqual(['factors', 'findings', 'safetyActions', 'reviewDecisions']);
    const [factorDiff, findingDiff, actionDiff, decisionDiff] = d.kinds;
    expect(factorDiff.added).toEqual([]);
    expect(factorDiff.removed).toEqual([]);
    expect(factorDiff.changed).toEqual([
      { id: fx.workload.id, label: 'Caseloads were above the agency limit for 18 months', fields: [
        { field: 'statement', before: 'Caseloads were above the agency limit', after: 'Caseloads were above the agency limit for 18 months' },
      ] },
      { id: fx.individual.id, label: 'The visit plan was not revisited', fields: [{ field: 'reviewStatus', before: 'proposed', after: 'disputed' }] },
    ].sort((x, y) => (x.id < y.id ? -1 : 1)));
    expect(findingDiff).toMatchObject({ removed: [], changed: [], added: [{ id: added.id, label: 'Supervision was infrequent' }] });
    expect(actionDiff).toMatchObject({ added: [], changed: [], removed: [{ id: fx.action.id, label: 'Caseload cap introduced' }] });
    expect(decisionDiff.added).toEqual([{ id: decision.id, label: 'Hindsight', item: expect.objectContaining({ status: 'disputed', authorRole: 'panel' }) }]);

    const b = (await clients.lead.post(`${base}/snapshots`, { label: 'Panel meeting 2' })).body.data;
    const between = (await clients.lead.get(`${base}/snapshots/${a.id}/diff/${b.id}`)).body.data;
    expect(between.kinds).toEqual(d.kinds);
    expect(between.to).toMatchObject({ id: b.id, label: 'Panel meeting 2' });
    expect((await clients.lead.get(`${base}/snapshots/${b.id}/diff/current`)).body.data).toMatchObject({ identical: true, kinds: [] });
  });

  it('responds 404 for a snapshot of another investigation', async () => {
    const { app, db, clients, base } = await world();
    const other = await buildInvestigationWithRoles(app, db);
    const foreign = (await other.clients.lead.post(`/api/investigations/${other.investigationId}/snapshots`, { label: 'X' })).body.data;
    const mine = (await clients.lead.post(`${base}/snapshots`, { label: 'Y' })).body.data;
    expect((await clients.lead.get(`${base}/snapshots/${mine.id}/diff/${foreign.id}`)).status).toBe(404);
    expect((await clients.lead.get(`${base}/snapshots/${foreign.id}`)).status).toBe(404);
  });
});

describe('POST /api/investigations/:id/snapshots/:snapshotId/sign-off', () => {
  it("records the panel's sign-off once, with who, when and the note, and audits it", async () => {
    const { db, clients, base } = await world();
    const snap = (await clients.investigator.post(`${base}/snapshots`, { label: 'Final draft' })).body.data;
    const res = await clients.lead.post(`${base}/snapshots/${snap.id}/sign-off`, { note: 'Signed off by the panel on 27 February' });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      signedOffAt: FIXED_NOW.toISOString(), signedOffBy: clients.lead.userId, signedOffByName: 'Lead Investigator',
      signOffNote: 'Signed off by the panel on 27 February', sha256: snap.sha256,
    });
    const again = await clients.lead.post(`${base}/snapshots/${snap.id}/sign-off`, { note: 'Second time' });
    expect(again.status).toBe(409);
    expect((await clients.lead.get(`${base}/snapshots/${snap.id}`)).body.data.signOffNote).toBe('Signed off by the panel on 27 February');
    const audit = db.select().from(auditLog).where(eq(auditLog.entityId, snap.id)).all().map((r) => r.action);
    expect(audit).toEqual(['create', 'sign_off']);
  });
});

describe('identities in snapshots and differences', () => {
  it('shows panel members and observers pseudonyms only, even for a person removed from the registry since', async () => {
    const { clients, base, fx } = await world();
    const snap = (await clients.lead.post(`${base}/snapshots`, { label: 'Panel meeting 1' })).body.data;
    for (const role of ['panel', 'observer'] as const) {
      const res = await clients[role].get(`${base}/snapshots/${snap.id}`);
      noRealIdentity(res.body);
      expect(res.body.data.content.people[0]).toMatchObject({ pseudonym: 'Child Q', realName: null, aliases: null, dateOfBirth: null, identifiers: null });
      expect(res.body.data.content.events.find((e: { id: string }) => e.id === fx.visit.id).description).toBe('Officer visited; Child Q was seen at home');
    }
    await clients.lead.delete(`${base}/people/${fx.child.id}?version=1`).expect(204);
    for (const role of ['panel', 'observer'] as const) {
      noRealIdentity((await clients[role].get(`${base}/snapshots/${snap.id}`)).body);
      const diff = await clients[role].get(`${base}/snapshots/${snap.id}/diff/current`);
      expect(diff.status).toBe(200);
      noRealIdentity(diff.body);
      const people = diff.body.data.kinds.find((k: { kind: string }) => k.kind === 'people');
      expect(people.removed).toEqual([{ id: fx.child.id, label: 'Child Q', item: expect.objectContaining({ realName: null }) }]);
    }
    expect(JSON.stringify((await clients.lead.get(`${base}/snapshots/${snap.id}`)).body)).toContain(CHILD_REAL_NAME);
  });

  it('hides a real name that was corrected in the registry after the snapshot', async () => {
    const { clients, base } = await world();
    const snap = (await clients.lead.post(`${base}/snapshots`, { label: 'Panel meeting 1' })).body.data;
    const person = (await clients.lead.get(`${base}/people`)).body.data[0];
    await clients.lead.patch(`${base}/people/${person.id}`, { version: person.version, realName: 'Zoë Quartermayne', aliases: [] }).expect(200);
    noRealIdentity((await clients.panel.get(`${base}/snapshots/${snap.id}`)).body);
    noRealIdentity((await clients.panel.get(`${base}/snapshots/${snap.id}/diff/current`)).body);
  });
});
