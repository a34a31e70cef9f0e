import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../server/db/open';
import { createApp } from '../../server/app';
import { actorOf } from '../../server/services/actor';
import { createPerson } from '../../server/services/people';
import { listEvents } from '../../server/services/eventList';
import { redactorFor } from '../../server/services/redaction';
import { redactDeep } from '../../server/anonymise/registryRedactor';
import { buildTestApp, FIXED_NOW } from '../helpers/app';
import { buildChronologyWorld, buildEvent } from '../helpers/chronologyFactories';

async function world(db?: Db) {
  const built = db ? { db, app: createApp({ db, now: () => FIXED_NOW }) } : buildTestApp();
  return { ...built, ...(await buildChronologyWorld(built.app, built.db)) };
}
type World = Awaited<ReturnType<typeof world>>;

const url = (w: World) => `/api/investigations/${w.investigationId}/events`;

/** An entry naming a person who is not (yet) in the registry, and one naming the registered child. */
function entries(w: World) {
  buildEvent(w.db, w.investigationId, w.clients.lead.userId, { occurred: '2023-03-14', description: 'Dean Marsh\'s car was outside; "Zoë" said hello\tagain', sourceIds: [w.sourceId] });
  buildEvent(w.db, w.investigationId, w.clients.lead.userId, { occurred: '2023-03~', description: 'Zoë Thornbury seen at nursery \u2028 with Kayleigh', actorIds: [w.people.sw1] });
}

describe('GET /api/investigations/:id/events', () => {
  it('sends exactly the entries the service lists, as JSON, to those who may see identities', async () => {
    const w = await world();
    entries(w);
    const res = await w.clients.lead.get(url(w)).expect(200).expect('Content-Type', /application\/json/);
    expect(res.text).toBe(JSON.stringify({ data: listEvents(w.db, w.investigationId) }));
  });

  it('sends panel members and observers the same entries through the registry redactor', async () => {
    const w = await world();
    entries(w);
    const redacted = JSON.stringify({ data: redactDeep(listEvents(w.db, w.investigationId), redactorFor(w.db, w.investigationId)) });
    for (const role of ['panel', 'observer'] as const) {
      const res = await w.clients[role].get(url(w)).expect(200);
      expect(res.text).toBe(redacted);
      expect(res.text).not.toMatch(/Zoë|Thornbury|Kayleigh/);
    }
  });

  it('shows an entry added since the last listing', async () => {
    const w = await world();
    entries(w);
    await w.clients.panel.get(url(w)).expect(200);
    buildEvent(w.db, w.investigationId, w.clients.lead.userId, { occurred: '2023-04-01', description: 'Strategy discussion held' });
    const res = await w.clients.panel.get(url(w)).expect(200);
    expect(res.body.data.map((e: { description: string }) => e.description)).toContain('Strategy discussion held');
  });

  it('hides a name from panel members as soon as it is registered, though the listing was sent before', async () => {
    const w = await world();
    entries(w);
    expect((await w.clients.panel.get(url(w)).expect(200)).text).toContain('Dean Marsh');
    createPerson(w.db, actorOf(w.clients.lead.userId, FIXED_NOW), w.investigationId, {
      kind: 'family_member', realName: 'Dean Marsh', aliases: [], dateOfBirth: null, identifiers: [], relationship: "Mother's partner", agencyId: null, jobTitle: '',
    });
    const res = await w.clients.panel.get(url(w)).expect(200);
    expect(res.text).not.toContain('Dean');
    expect(res.text).not.toContain('Marsh');
  });

  it('answers 304 without a body when nothing changed since the tag the browser holds, and 200 after a change', async () => {
    const w = await world();
    entries(w);
    const first = await w.clients.lead.get(url(w)).expect(200);
    expect(first.headers['cache-control']).toBe('private, no-cache');
    const again = await w.clients.lead.get(url(w)).set('If-None-Match', String(first.headers.etag)).expect(304);
    expect(again.text).toBe('');
    buildEvent(w.db, w.investigationId, w.clients.lead.userId, { occurred: '2023-04-01', description: 'Strategy discussion held' });
    const changed = await w.clients.lead.get(url(w)).set('If-None-Match', String(first.headers.etag)).expect(200);
    expect(changed.headers.etag).not.toBe(first.headers.etag);
    expect(changed.body.data).toHaveLength(3);
  });

  it('tags the listing differently for each role and each filter', async () => {
    const w = await world();
    entries(w);
    const tags = await Promise.all([
      w.clients.lead.get(url(w)), w.clients.panel.get(url(w)), w.clients.lead.get(`${url(w)}?kind=event`), w.clients.lead.get(`${url(w)}?limit=1`),
    ]);
    expect(new Set(tags.map((r) => r.headers.etag)).size).toBe(4);
    const panelWithLeadTag = await w.clients.panel.get(url(w)).set('If-None-Match', String(tags[0]!.headers.etag)).expect(200);
    expect(panelWithLeadTag.text).not.toContain('Zoë');
  });

  describe('over a database file another connection also writes to', () => {
    let dir: string | undefined;
    afterEach(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

    it('shows entries committed by the other connection', async () => {
      dir = mkdtempSync(join(tmpdir(), 'sightline-listing-'));
      const path = join(dir, 'shared.db');
      const w = await world(openDatabase(path));
      entries(w);
      expect((await w.clients.lead.get(url(w)).expect(200)).body.data).toHaveLength(2);
      const other = openDatabase(path);
      try {
        buildEvent(other, w.investigationId, w.clients.lead.userId, { occurred: '2023-05-01', description: 'Written by another process' });
      } finally {
        other.$client.close();
      }
      const res = await w.clients.lead.get(url(w)).expect(200);
      expect(res.body.data.map((e: { description: string }) => e.description)).toContain('Written by another process');
      w.db.$client.close();
    });
  });
});

describe('redactorFor', () => {
  it('gives the same redactor while the registry is unchanged, and a new one that knows a newly registered name', async () => {
    const w = await world();
    const first = redactorFor(w.db, w.investigationId);
    expect(redactorFor(w.db, w.investigationId)).toBe(first);
    expect(first.replace('Dean Marsh')).toBe('Dean Marsh');
    createPerson(w.db, actorOf(w.clients.lead.userId, FIXED_NOW), w.investigationId, {
      kind: 'family_member', realName: 'Dean Marsh', aliases: [], dateOfBirth: null, identifiers: [], relationship: 'Neighbour', agencyId: null, jobTitle: '', pseudonym: 'Family member 9',
    });
    const second = redactorFor(w.db, w.investigationId);
    expect(second).not.toBe(first);
    expect(second.replace('Dean Marsh')).toBe('Family member 9');
    expect(second.replace('Dean Marsh')).toBe('Family member 9');
  });
});
