import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { publications, snapshots } from '../../schema/tables';
import { updateEvent } from '../../server/services/events';
import { updateFinding } from '../../server/services/findings';
import { createSnapshot } from '../../server/services/snapshots';
import { actorOf } from '../../server/services/actor';
import { FIXED_NOW } from '../helpers/app';
import { pdfText } from '../helpers/pdfTools';
import { buildPublishableWorld, buildSignedOffSnapshot, publicationBody } from '../helpers/publicationWorld';

type World = Awaited<ReturnType<typeof buildPublishableWorld>>;
const url = (w: World, rest = '') => `/api/investigations/${w.investigationId}/publication${rest}`;
const flat = (text: string) => text.replace(/\s+/g, ' ');

const SIGNED_OFF_ENTRY = 'telephoned about a bruise on Child A\'s forehead';
const SIGNED_OFF_FINDING = 'When families move, health visiting services depend on information that other agencies hold.';
const LATER_ENTRY = 'The nursery telephoned about a graze recorded after the panel meeting.';
const LATER_FINDING = 'Address changes reach health visiting late because the shared form is optional.';

describe('POST /api/investigations/:id/publication — from a signed-off snapshot', () => {
  let w: World;
  let published: { id: string; slug: string; publishedBy: string; publishedByName: string | null; snapshot: { id: string; label: string; signedOffAt: string | null } | null };
  beforeAll(async () => {
    w = await buildPublishableWorld();
    const actor = actorOf(w.clients.lead.userId, FIXED_NOW);
    updateEvent(w.db, actor, w.investigationId, w.seeded.eventIds[0]!, { version: 1, description: LATER_ENTRY });
    updateFinding(w.db, actor, w.investigationId, w.seeded.findingIds[0]!, { version: 1, statement: LATER_FINDING });
    const res = await w.clients.lead.post(url(w), publicationBody(w.snapshotId));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    published = res.body.data;
  }, 60_000);

  it('stores the snapshot\'s wording, not the entry and finding edited after sign-off, in the content and the PDF text', () => {
    const row = w.db.select().from(publications).where(eq(publications.id, published.id)).get()!;
    const content = JSON.stringify(row.content);
    const text = flat(pdfText(row.pdf));
    for (const stored of [content, text]) {
      expect(stored).toContain(SIGNED_OFF_ENTRY);
      expect(stored).toContain(SIGNED_OFF_FINDING);
      expect(stored).not.toContain('graze');
      expect(stored).not.toContain('shared form is optional');
    }
  });

  it('records the snapshot on the publication: its id in the row, and its label and sign-off in the list of versions', async () => {
    const row = w.db.select().from(publications).where(eq(publications.id, published.id)).get()!;
    expect(row.snapshotId).toBe(w.snapshotId);
    expect(published.snapshot).toMatchObject({ id: w.snapshotId, label: 'Panel meeting 3', signedOffAt: FIXED_NOW.toISOString() });
    const list = await w.clients.observer.get(`/api/investigations/${w.investigationId}/publications`);
    expect(list.body.data[0].snapshot).toMatchObject({ id: w.snapshotId, label: 'Panel meeting 3', signedOffByName: 'Lead Investigator' });
  });

  it('names the member who published it by display name, in the response and in the list every member sees', async () => {
    expect(published).toMatchObject({ publishedBy: w.clients.lead.userId, publishedByName: 'Lead Investigator' });
    for (const who of [w.clients.lead, w.clients.panel, w.clients.observer]) {
      const list = await who.get(`/api/investigations/${w.investigationId}/publications`);
      expect(list.body.data[0]).toMatchObject({ publishedBy: w.clients.lead.userId, publishedByName: 'Lead Investigator' });
    }
  });

  it('serves the snapshot\'s wording from the public library', async () => {
    const res = await w.clients.outsider.get(`/api/library/${published.slug}`);
    expect(res.status).toBe(200);
    expect(res.body.data.report.findings[0].statement).toBe(SIGNED_OFF_FINDING);
    expect(res.body.data.report.chronology[0].description).toContain(SIGNED_OFF_ENTRY);
  });

  it('builds the leak check over the snapshot named, and over the live data when none is named', async () => {
    const actor = actorOf(w.clients.lead.userId, FIXED_NOW);
    updateEvent(w.db, actor, w.investigationId, w.seeded.eventIds[0]!, { version: 2, description: 'Seen with Okonkwo present.' });
    const ofSnapshot = await w.clients.lead.post(url(w, '/check'), { dateStyle: 'month', snapshotId: w.snapshotId });
    expect(ofSnapshot.status).toBe(200);
    expect(ofSnapshot.body.data.leaks).toEqual([]);
    const ofLive = await w.clients.lead.post(url(w, '/check'), { dateStyle: 'month' });
    expect(ofLive.body.data.leaks.map((l: { kind: string; found: string }) => [l.kind, l.found])).toContainEqual(['suspected_name', 'Okonkwo']);
  }, 60_000);
});

describe('POST /api/investigations/:id/publication — which snapshot', () => {
  let w: World;
  beforeAll(async () => {
    w = await buildPublishableWorld();
  }, 60_000);

  it('refuses a snapshot the panel has not signed off with 422 naming snapshotId, and publishes nothing', async () => {
    const unsigned = createSnapshot(w.db, actorOf(w.clients.lead.userId, FIXED_NOW), w.investigationId, 'Draft for panel meeting 4');
    const res = await w.clients.lead.post(url(w), publicationBody(unsigned.id));
    expect(res.status).toBe(422);
    expect(res.body.error.message).toMatch(/^snapshotId: the panel has not signed off snapshot "Draft for panel meeting 4"/);
    expect(w.db.select().from(publications).all()).toHaveLength(0);
  });

  it('responds 400 naming snapshotId when the request names no snapshot', async () => {
    const { snapshotId: _none, ...body } = publicationBody(w.snapshotId);
    const res = await w.clients.lead.post(url(w), body);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('snapshotId: must name the snapshot the panel signed off');
  });

  it('responds 404 for a signed-off snapshot of another investigation, and for one that does not exist', async () => {
    const other = await buildPublishableWorld({ app: w.app, db: w.db });
    expect((await w.clients.lead.post(url(w), publicationBody(other.snapshotId))).status).toBe(404);
    expect((await w.clients.lead.post(url(w), publicationBody('00000000-0000-4000-8000-000000000000'))).status).toBe(404);
    expect((await w.clients.lead.post(url(w, '/check'), { snapshotId: other.snapshotId })).status).toBe(404);
    expect(w.db.select().from(publications).all()).toHaveLength(0);
  }, 60_000);

  it('refuses with 422 a snapshot whose stored content was altered after sign-off', async () => {
    const id = buildSignedOffSnapshot(w.db, w.investigationId, w.clients.lead.userId, 'Altered later');
    const row = w.db.select().from(snapshots).where(eq(snapshots.id, id)).get()!;
    const content = row.content as { investigation: Record<string, unknown> };
    w.db.update(snapshots).set({ content: { ...content, investigation: { ...content.investigation, summary: 'Rewritten afterwards.' } } }).where(eq(snapshots.id, id)).run();
    const res = await w.clients.lead.post(url(w), publicationBody(id));
    expect(res.status).toBe(422);
    expect(res.body.error.message).toMatch(/^snapshotId: the content of snapshot "Altered later" no longer matches its SHA-256/);
  });
});
