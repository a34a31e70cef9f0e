import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../server/db/open';
import { createApp } from '../../server/app';
import { actorOf } from '../../server/services/actor';
import { agencyService } from '../../server/services/agencies';
import { deleteEvent, updateEvent } from '../../server/services/events';
import { episodeService, assignEpisodeEntries } from '../../server/services/episodes';
import { linkEvents, unlinkEvents } from '../../server/services/eventLinks';
import { listEvents } from '../../server/services/eventList';
import { createPerson, deletePerson } from '../../server/services/people';
import { sourceService } from '../../server/services/sources';
import { redactorFor } from '../../server/services/redaction';
import { redactDeep } from '../../server/anonymise/registryRedactor';
import { buildTestApp, FIXED_NOW } from '../helpers/app';
import { buildChronologyWorld, buildEvent, uploadChronology } from '../helpers/chronologyFactories';
import { seededRandom } from '../helpers/seededRandom';

async function world(db?: Db) {
  const built = db ? { db, app: createApp({ db, now: () => FIXED_NOW }) } : buildTestApp();
  return { ...built, ...(await buildChronologyWorld(built.app, built.db)) };
}
type World = Awaited<ReturnType<typeof world>>;

const url = (w: World) => `/api/investigations/${w.investigationId}/events`;
const actor = (w: World) => actorOf(w.clients.lead.userId, FIXED_NOW);

/** What a listing built afresh from the database gives, for the lead and for the panel. */
function fresh(w: World) {
  const list = listEvents(w.db, w.investigationId);
  return { lead: JSON.stringify({ data: list }), panel: JSON.stringify({ data: redactDeep(list, redactorFor(w.db, w.investigationId)) }) };
}

/** Both kept listings (lead and panel) are exactly what a fresh build gives. */
async function expectCurrent(w: World) {
  const expected = fresh(w);
  expect((await w.clients.lead.get(url(w)).expect(200)).text).toBe(expected.lead);
  expect((await w.clients.panel.get(url(w)).expect(200)).text).toBe(expected.panel);
}

function threeEntries(w: World) {
  return [
    buildEvent(w.db, w.investigationId, w.clients.lead.userId, { occurred: '2023-03-14', description: 'Home visit; Zoë seen', sourceIds: [w.sourceId], actorIds: [w.people.sw1] }),
    buildEvent(w.db, w.investigationId, w.clients.lead.userId, { occurred: '2023-03~', description: 'Kayleigh called the duty line', subjectIds: [w.people.mother] }),
    buildEvent(w.db, w.investigationId, w.clients.lead.userId, { occurred: '2023-04-02', description: 'Strategy meeting held', agencyId: w.agencies.police }),
  ];
}

describe('the whole chronology listing, kept up to date entry by entry', () => {
  it('moves an entry whose date is edited and shows its new text', async () => {
    const w = await world();
    const [visit] = threeEntries(w);
    await expectCurrent(w);
    await w.clients.lead.patch(`${url(w)}/${visit!.id}`).send({ version: visit!.version, occurred: '2023-05-01', description: 'Home visit, moved' }).expect(200);
    await expectCurrent(w);
    const listed = (await w.clients.lead.get(url(w))).body.data as { description: string }[];
    expect(listed.map((e) => e.description)).toEqual(['Kayleigh called the duty line', 'Strategy meeting held', 'Home visit, moved']);
  });

  it('drops a deleted entry and adds a new one in its place in the order', async () => {
    const w = await world();
    const [, call] = threeEntries(w);
    await expectCurrent(w);
    await w.clients.lead.delete(`${url(w)}/${call!.id}?version=${call!.version}`).expect(204);
    await expectCurrent(w);
    buildEvent(w.db, w.investigationId, w.clients.lead.userId, { occurred: '2023-01-01', description: 'New first entry' });
    await expectCurrent(w);
  });

  it('finds a new entry written where the newest entry was deleted (its row number used again)', async () => {
    const w = await world();
    const entries = threeEntries(w);
    await expectCurrent(w);
    const newest = entries[2]!;
    deleteEvent(w.db, actor(w), w.investigationId, newest.id, newest.version);
    buildEvent(w.db, w.investigationId, w.clients.lead.userId, { occurred: '2023-04-03', description: 'Written in the freed row' });
    await expectCurrent(w);
    expect((await w.clients.lead.get(url(w))).text).toContain('Written in the freed row');
  });

  it('shows links made and removed on both entries', async () => {
    const w = await world();
    const [visit, call] = threeEntries(w);
    await expectCurrent(w);
    const link = linkEvents(w.db, actor(w), w.investigationId, visit!.id, { otherEventId: call!.id, kind: 'conflicts_with', note: 'Accounts differ' });
    await expectCurrent(w);
    w.db.$client.prepare('update event_links set note = ? where id = ?').run('Accounts differ on the time', link.id);
    await expectCurrent(w);
    unlinkEvents(w.db, actor(w), w.investigationId, call!.id, link.id);
    await expectCurrent(w);
  });

  it('follows people, sources, episodes and agencies removed from under the entries', async () => {
    const w = await world();
    threeEntries(w);
    const episode = episodeService.create(w.db, actor(w), w.investigationId, { title: 'Spring 2023', summary: '', period: '2023-03/2023-04' });
    const all = listEvents(w.db, w.investigationId);
    assignEpisodeEntries(w.db, actor(w), w.investigationId, episode.id, { add: all.map((e) => ({ eventId: e.id, version: e.version })), remove: [] });
    await expectCurrent(w);
    const person = (id: string) => w.db.$client.prepare('select version from people where id = ?').pluck().get(id) as number;
    deletePerson(w.db, actor(w), w.investigationId, w.people.mother, person(w.people.mother));
    await expectCurrent(w);
    w.db.$client.prepare('delete from people where id = ?').run(w.people.sw1);
    await expectCurrent(w);
    sourceService.remove(w.db, actor(w), w.investigationId, w.sourceId, 1);
    await expectCurrent(w);
    episodeService.remove(w.db, actor(w), w.investigationId, episode.id, episode.version);
    await expectCurrent(w);
    agencyService.remove(w.db, actor(w), w.investigationId, w.agencies.police, 1);
    await expectCurrent(w);
    expect(listEvents(w.db, w.investigationId).every((e) => e.agencyId === null && e.episodeId === null && e.sourceIds.length === 0)).toBe(true);
  });

  it('shows an imported file whole, and an entry edited after it', async () => {
    const w = await world();
    threeEntries(w);
    await expectCurrent(w);
    const rows = Array.from({ length: 40 }, (_, i) => `${String((i % 28) + 1).padStart(2, '0')}/02/2023,Imported entry ${i},Case note ${i}`);
    await uploadChronology(w.clients.lead, w.investigationId, ['Date,Details,Source', ...rows].join('\r\n'), { agencyId: w.agencies.health }).expect(200);
    await expectCurrent(w);
    const imported = listEvents(w.db, w.investigationId).find((e) => e.description === 'Imported entry 7')!;
    updateEvent(w.db, actor(w), w.investigationId, imported.id, { version: imported.version, description: 'Imported entry 7, corrected' });
    await expectCurrent(w);
  });

  it('hides a name from the panel as soon as it is registered, and changes the tag', async () => {
    const w = await world();
    buildEvent(w.db, w.investigationId, w.clients.lead.userId, { description: 'Dean Marsh was at the door' });
    const before = await w.clients.panel.get(url(w)).expect(200);
    expect(before.text).toContain('Dean Marsh');
    createPerson(w.db, actor(w), w.investigationId, {
      kind: 'family_member', realName: 'Dean Marsh', aliases: [], dateOfBirth: null, identifiers: [], relationship: 'Neighbour', agencyId: null, jobTitle: '',
    });
    const after = await w.clients.panel.get(url(w)).set('If-None-Match', String(before.headers.etag)).expect(200);
    expect(after.text).not.toMatch(/Dean|Marsh/);
    await expectCurrent(w);
  });

  it('is rebuilt whole once the change log has moved on past it (the log keeps its last 20,000 changes)', async () => {
    const w = await world();
    const [visit] = threeEntries(w);
    await expectCurrent(w);
    updateEvent(w.db, actor(w), w.investigationId, visit!.id, { version: visit!.version, description: 'Edited before the log moved on' });
    const log = w.db.$client.prepare("insert into chronology_changes (investigation_id, event_id) values ('another investigation', 'another entry')");
    w.db.$client.transaction(() => { for (let i = 0; i < 21_000; i++) log.run(); })();
    expect(w.db.$client.prepare('select count(*) from chronology_changes').pluck().get()).toBeLessThanOrEqual(21_000);
    expect(w.db.$client.prepare('select count(*) from chronology_changes where investigation_id = ?').pluck().get(w.investigationId)).toBe(0);
    await expectCurrent(w);
    expect((await w.clients.lead.get(url(w))).text).toContain('Edited before the log moved on');
  });

  it('stays exact through a long seeded run of edits, deletions, links, imports and writes from another connection', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sightline-kept-'));
    try {
      const path = join(dir, 'kept.db');
      const w = await world(openDatabase(path));
      const other = openDatabase(path);
      const random = seededRandom(20261126);
      const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
      const day = () => `2023-0${1 + Math.floor(random() * 9)}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
      threeEntries(w);
      let imports = 0;
      for (let step = 0; step < 60; step++) {
        const entries = listEvents(w.db, w.investigationId);
        const op = Math.floor(random() * 7);
        if (op === 0 || entries.length < 2) buildEvent(w.db, w.investigationId, w.clients.lead.userId, { occurred: day(), description: `Entry of step ${step}`, sequence: Math.floor(random() * 3) });
        else if (op === 1) {
          const e = pick(entries);
          updateEvent(w.db, actor(w), w.investigationId, e.id, { version: e.version, occurred: day(), description: `${e.description} (edited ${step})` });
        } else if (op === 2) {
          const e = pick(entries);
          deleteEvent(w.db, actor(w), w.investigationId, e.id, e.version);
        } else if (op === 3) {
          const [a, b] = [pick(entries), pick(entries)];
          if (a.id !== b.id && !a.links.some((l) => l.otherEventId === b.id)) linkEvents(w.db, actor(w), w.investigationId, a.id, { otherEventId: b.id, kind: 'same_occasion', note: `step ${step}` });
        } else if (op === 4) {
          other.$client.prepare('update events set description = ?, version = version + 1 where id = ?').run(`Rewritten elsewhere at step ${step}`, pick(entries).id);
        } else if (op === 5) {
          await uploadChronology(w.clients.lead, w.investigationId, `Date,Details\r\n${day().split('-').reverse().join('/')},Import ${++imports} at step ${step}\r\n`, { agencyId: w.agencies.csc }).expect(200);
        } else {
          const linked = entries.find((e) => e.links.length > 0);
          if (linked) unlinkEvents(w.db, actor(w), w.investigationId, linked.id, linked.links[0]!.id);
        }
        if (random() < 0.7) await expectCurrent(w);
      }
      await expectCurrent(w);
      other.$client.close();
      w.db.$client.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('over a database file another connection also writes to', () => {
  let dir: string | undefined;
  afterEach(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

  it('shows an entry deleted and one edited by the other connection', async () => {
    dir = mkdtempSync(join(tmpdir(), 'sightline-kept-'));
    const path = join(dir, 'shared.db');
    const w = await world(openDatabase(path));
    const [visit, call] = threeEntries(w);
    await expectCurrent(w);
    const other = openDatabase(path);
    try {
      other.$client.prepare('delete from events where id = ?').run(call!.id);
      other.$client.prepare('update events set description = ? where id = ?').run('Edited by another process', visit!.id);
    } finally {
      other.$client.close();
    }
    await expectCurrent(w);
    w.db.$client.close();
  });
});
