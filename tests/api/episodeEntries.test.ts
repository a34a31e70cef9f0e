import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../helpers/app';
import { buildChronologyWorld, buildEvent } from '../helpers/chronologyFactories';
import { tableCounts } from '../helpers/routeMatrix';

async function world() {
  const { app, db } = buildTestApp();
  const w = await buildChronologyWorld(app, db);
  const base = `/api/investigations/${w.investigationId}`;
  const episode = (await w.clients.lead.post(`${base}/episodes`, { title: 'Referral and assessment' }).expect(201)).body.data as { id: string };
  const other = (await w.clients.lead.post(`${base}/episodes`, { title: 'Strategy discussion' }).expect(201)).body.data as { id: string };
  const entry = (overrides: Parameters<typeof buildEvent>[3] = {}) => buildEvent(db, w.investigationId, w.clients.lead.userId, overrides);
  return { db, ...w, base, episode, other, entry, url: `${base}/episodes/${episode.id}/events` };
}

const episodeOf = async (w: Awaited<ReturnType<typeof world>>, id: string) =>
  (await w.clients.lead.get(`${w.base}/events/${id}`).expect(200)).body.data.episodeId as string | null;

describe('POST /api/investigations/:id/episodes/:episodeId/events', () => {
  it('puts entries into the episode, moves one from another episode, takes one out, and returns the entries changed', async () => {
    const w = await world();
    const loose = w.entry();
    const moved = w.entry({ episodeId: w.other.id });
    const leaving = w.entry({ episodeId: w.episode.id });
    const res = await w.clients.investigator.post(w.url, {
      add: [{ eventId: loose.id, version: loose.version }, { eventId: moved.id, version: moved.version }],
      remove: [{ eventId: leaving.id, version: leaving.version }],
    }).expect(200);
    expect(res.body.data.map((e: { id: string; episodeId: string | null; version: number }) => [e.id, e.episodeId, e.version])).toEqual([
      [loose.id, w.episode.id, 2], [moved.id, w.episode.id, 2], [leaving.id, null, 2],
    ]);
    expect(res.body.data[1]).toEqual((await w.clients.lead.get(`${w.base}/events/${moved.id}`).expect(200)).body.data);
    expect(await episodeOf(w, moved.id)).toBe(w.episode.id);
    expect(await episodeOf(w, leaving.id)).toBeNull();
  });

  it('leaves an entry already in the episode untouched and records one audit entry per entry changed', async () => {
    const w = await world();
    const already = w.entry({ episodeId: w.episode.id });
    const loose = w.entry();
    const auditBefore = tableCounts(w.db).audit_log!;
    const res = await w.clients.lead.post(w.url, { add: [{ eventId: already.id, version: 1 }, { eventId: loose.id, version: 1 }] }).expect(200);
    expect(res.body.data.map((e: { id: string }) => e.id)).toEqual([loose.id]);
    expect((await w.clients.lead.get(`${w.base}/events/${already.id}`).expect(200)).body.data.version).toBe(1);
    expect(tableCounts(w.db).audit_log).toBe(auditBefore + 1);
  });

  it('responds 409 naming the stale entry and changes nothing', async () => {
    const w = await world();
    const first = w.entry();
    const second = w.entry({ occurred: '2023-05~' });
    await w.clients.lead.patch(`${w.base}/events/${second.id}`, { version: 1, description: 'Corrected by someone else' }).expect(200);
    const before = tableCounts(w.db);
    const res = await w.clients.lead.post(w.url, { add: [{ eventId: first.id, version: 1 }, { eventId: second.id, version: 1 }] }).expect(409);
    expect(res.body.error.message).toBe('add[1]: the entry of 2023-05~ was changed by someone else (now version 2, your choice was based on version 1)');
    expect(res.body.error.details).toEqual({ field: 'add[1]', eventId: second.id, currentVersion: 2 });
    expect(tableCounts(w.db)).toEqual(before);
    expect(await episodeOf(w, first.id)).toBeNull();
  });

  it('responds 422 naming the entry when it is unknown, listed twice, or taken out of an episode it is not in', async () => {
    const w = await world();
    const e = w.entry({ episodeId: w.other.id });
    const unknown = '00000000-0000-4000-8000-000000000000';
    const message = async (body: unknown) => (await w.clients.lead.post(w.url, body).expect(422)).body.error.message as string;
    expect(await message({ add: [{ eventId: e.id, version: 1 }, { eventId: unknown, version: 1 }] })).toBe('add[1].eventId: no such entry in this investigation');
    expect(await message({ add: [{ eventId: e.id, version: 1 }], remove: [{ eventId: e.id, version: 1 }] })).toBe('remove[0].eventId: the entry is listed twice');
    expect(await message({ remove: [{ eventId: e.id, version: 1 }] })).toBe('remove[0].eventId: the entry is not in this episode');
    expect(await episodeOf(w, e.id)).toBe(w.other.id);
  });

  it('refuses an entry of another investigation as unknown', async () => {
    const w = await world();
    const second = await w.clients.lead.post('/api/investigations', { reference: 'OTHER-1', title: 'Another review' }).expect(201);
    const foreign = buildEvent(w.db, second.body.data.id, w.clients.lead.userId);
    expect((await w.clients.lead.post(w.url, { add: [{ eventId: foreign.id, version: 1 }] }).expect(422)).body.error.message)
      .toBe('add[0].eventId: no such entry in this investigation');
  });

  it('responds 400 naming the field when a version is missing, 404 for an unknown episode, and 403 to panel members and observers', async () => {
    const w = await world();
    const e = w.entry();
    expect((await w.clients.lead.post(w.url, { add: [{ eventId: e.id }] }).expect(400)).body.error.message).toMatch(/^add\[0\]\.version/);
    await w.clients.lead.post(`${w.base}/episodes/00000000-0000-4000-8000-000000000000/events`, { add: [{ eventId: e.id, version: 1 }] }).expect(404);
    await w.clients.panel.post(w.url, { add: [{ eventId: e.id, version: 1 }] }).expect(403);
    await w.clients.observer.post(w.url, { add: [{ eventId: e.id, version: 1 }] }).expect(403);
    expect(await episodeOf(w, e.id)).toBeNull();
  });
});
