import { describe, expect, it } from 'vitest';
import { actorOf } from '../../server/services/actor';
import { createPerson } from '../../server/services/people';
import { createInvestigation } from '../../server/services/investigations';
import { createEpisode } from '../../server/services/episodes';
import { sourceService } from '../../server/services/sources';
import { demoInvestigation } from '../../server/demo/demoRegistry';
import { buildTestApp, FIXED_NOW } from '../helpers/app';
import { buildChronologyWorld, buildEvent } from '../helpers/chronologyFactories';

async function world() {
  const { app, db } = buildTestApp();
  const w = await buildChronologyWorld(app, db);
  return { db, ...w, url: `/api/investigations/${w.investigationId}/events`, actor: actorOf(w.clients.lead.userId, FIXED_NOW) };
}

describe('POST /api/investigations/:id/events', () => {
  it('records an entry with its date at its true precision, flagged when it has no source', async () => {
    const w = await world();
    const res = await w.clients.investigator.post(w.url, {
      occurred: '2023-03', kind: 'non_event', description: 'Planned health visitor visit did not take place.',
      agencyId: w.agencies.health, subjectIds: [w.people.child], childSeen: false,
    }).expect(201);
    expect(res.body.data).toMatchObject({
      occurred: '2023-03', display: 'March 2023', precision: 'month', uncertain: false, approximate: false,
      start: Date.parse('2023-03-01T00:00:00Z'), end: Date.parse('2023-03-31T23:59:59.999Z'),
      kind: 'non_event', unsourced: true, sourceIds: [], childSeen: false, version: 1, sequence: 1,
    });
  });

  it('links actors, subjects and sources from the registry and is not flagged when sourced', async () => {
    const w = await world();
    const res = await w.clients.lead.post(w.url, {
      occurred: '2023-03-14T10:30?', kind: 'event', description: 'Home visit.', agencyId: w.agencies.csc,
      actorIds: [w.people.sw1], subjectIds: [w.people.child, w.people.mother], sourceIds: [w.sourceId],
    }).expect(201);
    expect(res.body.data).toMatchObject({
      display: '14 Mar 2023 10:30 (uncertain)', uncertain: true, actorIds: [w.people.sw1],
      subjectIds: [w.people.child, w.people.mother], sourceIds: [w.sourceId], unsourced: false,
    });
  });

  it.each([
    ['occurred', { occurred: '14/03/2023' }, 'occurred: "14/03/2023" is not a date in EDTF form'],
    ['actorIds', { actorIds: ['child'] }, 'actorIds[0]: must be a practitioner from this investigation\'s registry'],
    ['subjectIds', { subjectIds: ['sw1'] }, 'subjectIds[0]: must be the child or a family member from this investigation\'s registry'],
  ])('responds 422 naming %s when it is wrong', async (_field, patch, message) => {
    const w = await world();
    const body = { occurred: '2023-03-14', kind: 'event', description: 'Visit.', ...patch } as Record<string, unknown>;
    for (const key of ['actorIds', 'subjectIds'] as const) {
      if (Array.isArray(body[key])) body[key] = (body[key] as string[]).map((k) => w.people[k as keyof typeof w.people]);
    }
    const res = await w.clients.lead.post(w.url, body).expect(422);
    expect(res.body.error.message).toContain(message);
  });

  it('responds 422 naming the field when the agency, person, source or episode belongs to another investigation', async () => {
    const w = await world();
    const other = createInvestigation(w.db, { ...w.actor, userId: w.clients.lead.userId }, { ...demoInvestigation, reference: 'OTHER-2' });
    const stranger = createPerson(w.db, w.actor, other.id, { kind: 'child', realName: 'Other Child', aliases: [], dateOfBirth: null, identifiers: [], relationship: '', agencyId: null, jobTitle: '' });
    const source = sourceService.create(w.db, w.actor, other.id, { title: 'Other record', agencyId: null, kind: 'other', reference: '' });
    const episode = createEpisode(w.db, w.actor, other.id, { title: 'Other episode' });
    const cases: [Record<string, unknown>, string][] = [
      [{ subjectIds: [w.people.child, stranger.id] }, "subjectIds[1]: no such person in this investigation's registry"],
      [{ sourceIds: [source.id] }, 'sourceIds[0]: no such source in this investigation'],
      [{ episodeId: episode.id }, 'episodeId: no such episode in this investigation'],
      [{ agencyId: '00000000-0000-4000-8000-000000000000' }, 'agencyId: no such agency in this investigation'],
    ];
    for (const [patch, message] of cases) {
      const res = await w.clients.lead.post(w.url, { occurred: '2023-03-14', kind: 'event', description: 'Visit.', ...patch }).expect(422);
      expect(res.body.error.message).toBe(message);
    }
  });

  it('responds 403 to panel members and observers', async () => {
    const w = await world();
    for (const role of ['panel', 'observer'] as const) {
      await w.clients[role].post(w.url, { occurred: '2023-03-14', kind: 'event', description: 'Visit.' }).expect(403);
    }
  });
});

describe('GET /api/investigations/:id/events', () => {
  it('sorts by the earliest possible instant, then sequence, so "March 2023" comes before 14 March', async () => {
    const w = await world();
    const lead = w.clients.lead.userId;
    buildEvent(w.db, w.investigationId, lead, { occurred: '2023-03-14', description: 'Day', sequence: 1 });
    buildEvent(w.db, w.investigationId, lead, { occurred: '2023-03', description: 'Month', sequence: 5 });
    buildEvent(w.db, w.investigationId, lead, { occurred: '2023-03-14', description: 'Day, earlier sequence', sequence: 0 });
    buildEvent(w.db, w.investigationId, lead, { occurred: '2022~', description: 'Approximate year', sequence: 9 });
    const res = await w.clients.lead.get(w.url).expect(200);
    expect(res.body.data.map((e: { description: string }) => e.description)).toEqual(['Approximate year', 'Month', 'Day, earlier sequence', 'Day']);
  });

  it('filters by agency, kind, person, episode, date range and text', async () => {
    const w = await world();
    const lead = w.clients.lead.userId;
    const episode = createEpisode(w.db, w.actor, w.investigationId, { title: 'Strategy' });
    const a = buildEvent(w.db, w.investigationId, lead, { occurred: '2023-03-14', agencyId: w.agencies.csc, actorIds: [w.people.sw1], description: 'Home visit by SW1' });
    const b = buildEvent(w.db, w.investigationId, lead, { occurred: '2023-06', agencyId: w.agencies.police, kind: 'decision', episodeId: episode.id, description: 'Strategy discussion' });
    const c = buildEvent(w.db, w.investigationId, lead, { occurred: '2023-09-01/2023-09-10', agencyId: w.agencies.health, kind: 'non_event', subjectIds: [w.people.child], description: 'Visit did not happen' });
    const ids = async (query: string) => ((await w.clients.lead.get(`${w.url}?${query}`).expect(200)).body.data as { id: string }[]).map((e) => e.id);
    expect(await ids(`agencyId=${w.agencies.police}`)).toEqual([b.id]);
    expect(await ids('kind=non_event')).toEqual([c.id]);
    expect(await ids(`personId=${w.people.sw1}`)).toEqual([a.id]);
    expect(await ids(`personId=${w.people.child}`)).toEqual([c.id]);
    expect(await ids(`episodeId=${episode.id}`)).toEqual([b.id]);
    expect(await ids('from=2023-06-15&to=2023-09-05')).toEqual([b.id, c.id]);
    expect(await ids('to=2023-05')).toEqual([a.id]);
    expect(await ids('q=strategy')).toEqual([b.id]);
    expect(await ids('limit=1&offset=1')).toEqual([b.id]);
  });

  it('responds 400 to a date filter it cannot read', async () => {
    const w = await world();
    const res = await w.clients.lead.get(`${w.url}?from=yesterday`).expect(400);
    expect(res.body.error.message).toBe('from: must be a date such as 2023-03-01 or 2023-03');
  });

  it('shows panel members and observers pseudonyms, and their text search cannot find a real name', async () => {
    const w = await world();
    buildEvent(w.db, w.investigationId, w.clients.lead.userId, { description: 'Zoë Thornbury seen with Kayleigh at home.', childWords: 'Zoë said she was hungry.' });
    for (const role of ['panel', 'observer'] as const) {
      const res = await w.clients[role].get(w.url).expect(200);
      expect(res.body.data[0]).toMatchObject({ description: 'Child A seen with Mother at home.', childWords: 'Child A said she was hungry.' });
      expect((await w.clients[role].get(`${w.url}?q=Thornbury`).expect(200)).body.data).toEqual([]);
      expect((await w.clients[role].get(`${w.url}?q=child%20a%20seen`).expect(200)).body.data).toHaveLength(1);
    }
    expect((await w.clients.lead.get(`${w.url}?q=thornbury`).expect(200)).body.data).toHaveLength(1);
  });
});

describe('PATCH /api/investigations/:id/events/:eventId', () => {
  it('edits the entry, re-reading its date, and bumps the version', async () => {
    const w = await world();
    const e = buildEvent(w.db, w.investigationId, w.clients.lead.userId);
    const res = await w.clients.lead.patch(`${w.url}/${e.id}`, { version: 1, occurred: '2023-03-01/2023-03-10', sourceIds: [w.sourceId] }).expect(200);
    expect(res.body.data).toMatchObject({ version: 2, display: '1–10 Mar 2023', precision: 'day', unsourced: false, description: e.description });
  });

  it('responds 409 with the current version when the edit is based on an old version', async () => {
    const w = await world();
    const e = buildEvent(w.db, w.investigationId, w.clients.lead.userId);
    await w.clients.lead.patch(`${w.url}/${e.id}`, { version: 1, description: 'First edit.' }).expect(200);
    const res = await w.clients.investigator.patch(`${w.url}/${e.id}`, { version: 1, description: 'Second edit.' }).expect(409);
    expect(res.body.error.details.currentVersion).toBe(2);
    expect((await w.clients.lead.get(`${w.url}/${e.id}`).expect(200)).body.data.description).toBe('First edit.');
  });

  it('responds 404 for an entry of another investigation', async () => {
    const w = await world();
    const other = createInvestigation(w.db, { ...w.actor, userId: w.clients.lead.userId }, { ...demoInvestigation, reference: 'OTHER-3' });
    const e = buildEvent(w.db, other.id, w.clients.lead.userId);
    await w.clients.lead.patch(`${w.url}/${e.id}`, { version: 1, description: 'Edit.' }).expect(404);
  });
});

describe('DELETE /api/investigations/:id/events/:eventId', () => {
  it('deletes with the current version and refuses a stale one', async () => {
    const w = await world();
    const e = buildEvent(w.db, w.investigationId, w.clients.lead.userId);
    await w.clients.lead.patch(`${w.url}/${e.id}`, { version: 1, description: 'Edited.' }).expect(200);
    await w.clients.lead.delete(`${w.url}/${e.id}?version=1`).expect(409);
    await w.clients.lead.delete(`${w.url}/${e.id}?version=2`).expect(204);
    expect((await w.clients.lead.get(w.url).expect(200)).body.data).toEqual([]);
  });
});

describe('links between entries', () => {
  it('keeps conflicting accounts side by side, each showing the link', async () => {
    const w = await world();
    const lead = w.clients.lead.userId;
    const csc = buildEvent(w.db, w.investigationId, lead, { occurred: '2023-06-13T10:00', agencyId: w.agencies.csc, description: 'Agreed a single-agency enquiry.' });
    const police = buildEvent(w.db, w.investigationId, lead, { occurred: '2023-06-13', agencyId: w.agencies.police, description: 'Agreed a joint enquiry.' });
    const res = await w.clients.lead.post(`${w.url}/${police.id}/links`, { otherEventId: csc.id, kind: 'conflicts_with', note: 'Records differ' }).expect(201);
    expect(res.body.data).toMatchObject({ otherEventId: csc.id, kind: 'conflicts_with', note: 'Records differ' });
    const list = (await w.clients.lead.get(w.url).expect(200)).body.data as { id: string; description: string; links: { otherEventId: string }[] }[];
    expect(list.map((e) => [e.description, e.links.map((l) => l.otherEventId)])).toEqual([
      ['Agreed a joint enquiry.', [csc.id]], ['Agreed a single-agency enquiry.', [police.id]],
    ]);
  });

  it('refuses a link to itself, to another investigation\'s entry, and a repeated link', async () => {
    const w = await world();
    const lead = w.clients.lead.userId;
    const a = buildEvent(w.db, w.investigationId, lead);
    const b = buildEvent(w.db, w.investigationId, lead);
    const other = createInvestigation(w.db, { ...w.actor, userId: lead }, { ...demoInvestigation, reference: 'OTHER-4' });
    const foreign = buildEvent(w.db, other.id, lead);
    const link = (from: string, to: string) => w.clients.lead.post(`${w.url}/${from}/links`, { otherEventId: to, kind: 'same_occasion' });
    expect((await link(a.id, a.id).expect(422)).body.error.message).toBe('otherEventId: an entry cannot be linked to itself');
    expect((await link(a.id, foreign.id).expect(422)).body.error.message).toBe('otherEventId: no such entry in this investigation');
    await link(a.id, b.id).expect(201);
    expect((await link(b.id, a.id).expect(422)).body.error.message).toBe('otherEventId: these entries are already linked as same occasion');
  });

  it('removes a link and leaves both entries', async () => {
    const w = await world();
    const lead = w.clients.lead.userId;
    const a = buildEvent(w.db, w.investigationId, lead);
    const b = buildEvent(w.db, w.investigationId, lead);
    const link = (await w.clients.lead.post(`${w.url}/${a.id}/links`, { otherEventId: b.id, kind: 'conflicts_with' }).expect(201)).body.data;
    await w.clients.observer.delete(`${w.url}/${b.id}/links/${link.id}`).expect(403);
    await w.clients.lead.delete(`${w.url}/${b.id}/links/${link.id}`).expect(204);
    await w.clients.lead.delete(`${w.url}/${b.id}/links/${link.id}`).expect(404);
    const list = (await w.clients.lead.get(w.url).expect(200)).body.data as { links: unknown[] }[];
    expect(list.map((e) => e.links)).toEqual([[], []]);
  });
});
