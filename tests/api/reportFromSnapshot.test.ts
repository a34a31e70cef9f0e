import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { people, snapshots } from '../../schema/tables';
import { updateEvent } from '../../server/services/events';
import { updateFinding } from '../../server/services/findings';
import { createSnapshot } from '../../server/services/snapshots';
import { actorOf } from '../../server/services/actor';
import { FIXED_NOW, type Client } from '../helpers/app';
import { REGISTERED } from '../helpers/reportSeed';
import { binary, pdfText } from '../helpers/pdfTools';
import { buildPublishableWorld, buildSignedOffSnapshot } from '../helpers/publicationWorld';

type World = Awaited<ReturnType<typeof buildPublishableWorld>>;
const flat = (text: string) => text.replace(/\s+/g, ' ');
const words = (text: string) => new Set(text.toLowerCase().split(/[^\p{L}\p{N}@.]+/u));

const SNAPSHOT_ENTRY = 'telephoned about a bruise on';
const SNAPSHOT_FINDING = 'When families move, health visiting services depend on information that other agencies hold.';
const LIVE_ENTRY = 'The nursery telephoned about a graze recorded after the panel meeting.';
const LIVE_FINDING = 'Address changes reach health visiting late because the shared form is optional.';

let w: World;
const pdf = (who: Client, query: string) => binary(who.get(`/api/investigations/${w.investigationId}/reports/learning-review.pdf?${query}`));

beforeAll(async () => {
  w = await buildPublishableWorld();
  const actor = actorOf(w.clients.lead.userId, FIXED_NOW);
  updateEvent(w.db, actor, w.investigationId, w.seeded.eventIds[0]!, { version: 1, description: LIVE_ENTRY });
  updateFinding(w.db, actor, w.investigationId, w.seeded.findingIds[0]!, { version: 1, statement: LIVE_FINDING });
}, 60_000);

describe('GET /api/investigations/:id/reports/:template.pdf?snapshotId — built from a snapshot', () => {
  it('holds the snapshot\'s wording, not the entry and finding edited since, while without snapshotId it holds the live wording', async () => {
    const ofSnapshot = await pdf(w.clients.lead, `edition=published&stage=draft&snapshotId=${w.snapshotId}`);
    expect(ofSnapshot.status).toBe(200);
    const snapshotText = flat(pdfText(ofSnapshot.body));
    expect(snapshotText).toContain(SNAPSHOT_ENTRY);
    expect(snapshotText).toContain(SNAPSHOT_FINDING);
    expect(snapshotText).not.toContain('graze');
    expect(snapshotText).not.toContain('shared form is optional');

    const live = flat(pdfText((await pdf(w.clients.lead, 'edition=published&stage=draft')).body));
    expect(live).toContain(LIVE_ENTRY);
    expect(live).toContain(LIVE_FINDING);
    expect(live).not.toContain(SNAPSHOT_FINDING);
  }, 60_000);

  it('gives the panel the snapshot\'s published edition with pseudonyms, even for a name renamed in the registry since the snapshot', async () => {
    const renamed = w.db.update(people).set({ realName: 'Renamed Afterwards', aliases: [] }).where(eq(people.realName, 'Priya Natarajan')).run();
    expect(renamed.changes).toBe(1);
    const res = await pdf(w.clients.panel, `snapshotId=${w.snapshotId}`);
    expect(res.status).toBe(200);
    const text = flat(pdfText(res.body));
    expect(text).toContain(SNAPSHOT_FINDING);
    expect(text).toContain('Child A');
    const found = words(text);
    for (const name of REGISTERED) {
      if (name.includes(' ') || /\d/.test(name)) expect(text, `"${name}" in the panel's preview`).not.toContain(name);
      else expect(found.has(name.toLowerCase()), `"${name}" in the panel's preview`).toBe(false);
    }
    expect(text).not.toContain('kayleigh.t@example.com');
  }, 60_000);

  it('gives a lead the restricted edition of the snapshot with real identities', async () => {
    const res = await pdf(w.clients.lead, `edition=restricted&snapshotId=${w.snapshotId}`);
    expect(res.status).toBe(200);
    const text = flat(pdfText(res.body));
    expect(text).toContain('Zoë Thornbury');
    expect(text).toContain(SNAPSHOT_FINDING);
    expect(text).not.toContain(LIVE_FINDING);
  }, 60_000);

  it('builds from a snapshot the panel has not signed off yet, since a preview publishes nothing', async () => {
    const unsigned = createSnapshot(w.db, actorOf(w.clients.lead.userId, FIXED_NOW), w.investigationId, 'Draft for panel meeting 4');
    const res = await pdf(w.clients.observer, `snapshotId=${unsigned.id}`);
    expect(res.status).toBe(200);
    expect(flat(pdfText(res.body))).toContain(LIVE_FINDING);
  }, 60_000);
});

describe('GET /api/investigations/:id/reports/:template.pdf?snapshotId — refusals', () => {
  it('responds 403 to panel members and observers asking for the restricted edition of a snapshot, as without one', async () => {
    for (const who of [w.clients.panel, w.clients.observer]) {
      const without = await pdf(who, 'edition=restricted');
      const withSnapshot = await pdf(who, `edition=restricted&snapshotId=${w.snapshotId}`);
      expect(withSnapshot.status).toBe(403);
      expect(JSON.parse(withSnapshot.body.toString('utf8')).error.message).toBe(JSON.parse(without.body.toString('utf8')).error.message);
    }
  });

  it('responds 404 for a snapshot of another investigation and for one that does not exist', async () => {
    const other = await buildPublishableWorld({ app: w.app, db: w.db });
    const foreign = await pdf(w.clients.lead, `snapshotId=${other.snapshotId}`);
    expect(foreign.status).toBe(404);
    expect(JSON.parse(foreign.body.toString('utf8')).error.code).toBe('not_found');
    expect((await pdf(w.clients.panel, 'snapshotId=00000000-0000-4000-8000-000000000000')).status).toBe(404);
  }, 60_000);

  it('responds 400 naming snapshotId when it is not an id', async () => {
    const res = await pdf(w.clients.lead, 'snapshotId=panel-meeting-3');
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body.toString('utf8')).error.message).toContain('snapshotId: must be an id');
  });

  it('responds 422 naming snapshotId when the snapshot\'s stored content was altered after it was taken', async () => {
    const id = buildSignedOffSnapshot(w.db, w.investigationId, w.clients.lead.userId, 'Altered later');
    const row = w.db.select().from(snapshots).where(eq(snapshots.id, id)).get()!;
    const content = row.content as { investigation: Record<string, unknown> };
    w.db.update(snapshots).set({ content: { ...content, investigation: { ...content.investigation, summary: 'Rewritten afterwards.' } } })
      .where(eq(snapshots.id, id)).run();
    const res = await pdf(w.clients.lead, `snapshotId=${id}`);
    expect(res.status).toBe(422);
    expect(JSON.parse(res.body.toString('utf8')).error.message).toMatch(/^snapshotId: the content of snapshot "Altered later" no longer matches its SHA-256/);
  });
});

describe('the report history', () => {
  it('records which snapshot a final report was built from, and that one built from the data at the time was not', async () => {
    const fromSnapshot = await pdf(w.clients.lead, `edition=published&stage=final&snapshotId=${w.snapshotId}`);
    expect(fromSnapshot.status).toBe(200);
    const live = await pdf(w.clients.lead, 'edition=published&stage=final');
    expect(live.status).toBe(200);
    const label = (w.db.select({ label: snapshots.label }).from(snapshots).where(eq(snapshots.id, w.snapshotId)).get())!.label;
    const history = await w.clients.observer.get(`/api/investigations/${w.investigationId}/reports`);
    expect(history.status).toBe(200);
    expect(history.body.data.map((r: { sha256: string; snapshotId: string | null; snapshotLabel: string | null }) => [r.sha256, r.snapshotId, r.snapshotLabel]).sort()).toEqual([
      [String(fromSnapshot.headers['x-report-sha256']), w.snapshotId, label],
      [String(live.headers['x-report-sha256']), null, null],
    ].sort());
  }, 60_000);
});
