import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/open';
import { episodes, events } from '../../schema/tables';
import type { ChronologyEvent, Episode } from '../../schema/contracts/chronology';
import { conflict, unprocessable } from '../http/errors';
import type { Actor } from './actor';
import { recordAudit } from './audit';
import { makeCrud } from './crud';
import { readOccurred } from './eventRefs';
import { getEvent } from './eventList';
import { updateVersioned } from './versioned';

type EpisodeRow = typeof episodes.$inferSelect;

/** Presents an episode with its period's earliest and latest instants. */
export function presentEpisode(r: EpisodeRow): Episode {
  return {
    id: r.id, title: r.title, summary: r.summary, periodStart: r.periodStart, periodEnd: r.periodEnd,
    start: r.periodStart ? readOccurred(r.periodStart, 'periodStart').start : null,
    end: r.periodEnd ? readOccurred(r.periodEnd, 'periodEnd').end : null,
    knownAtTime: r.knownAtTime, localRationality: r.localRationality, position: r.position, version: r.version,
  };
}

/** Key practice episodes: groups of entries analysed together; an entry belongs to at most one. */
export const episodeService = makeCrud<EpisodeRow, Episode>({
  table: episodes,
  entity: 'episode',
  orderBy: episodes.position,
  present: presentEpisode,
  check(_db, _investigationId, values, before) {
    const startText = values.periodStart !== undefined ? (values.periodStart as string | null) : before?.periodStart ?? null;
    const endText = values.periodEnd !== undefined ? (values.periodEnd as string | null) : before?.periodEnd ?? null;
    const start = startText ? readOccurred(startText, 'periodStart') : null;
    const end = endText ? readOccurred(endText, 'periodEnd') : null;
    if (start && end && end.end < start.start) throw unprocessable('periodEnd: the episode ends before it starts');
  },
});

/** Creates an episode, placing it after the others unless a position is given. */
export function createEpisode(db: Db, actor: Actor, investigationId: string, input: Record<string, unknown> & { position?: number }): Episode {
  const position = input.position ?? nextPosition(db, investigationId);
  return episodeService.create(db, actor, investigationId, { ...input, position });
}

function nextPosition(db: Db, investigationId: string): number {
  const row = db.select({ max: sql<number | null>`max(${episodes.position})` }).from(episodes).where(eq(episodes.investigationId, investigationId)).get();
  return (row?.max ?? -1) + 1;
}

/** An entry to put into or take out of an episode, with the version the choice was based on. */
export interface EntryChoice { eventId: string; version: number }

/**
 * Puts entries into an episode (moving them from any other) and takes entries out of it, all or nothing:
 * 422 names the first entry that is unknown, listed twice or (to take out) not in the episode; 409 names the
 * first entry changed since its version. Entries already where they should be are left untouched.
 */
export function assignEpisodeEntries(
  db: Db, actor: Actor, investigationId: string, episodeId: string, choice: { add: EntryChoice[]; remove: EntryChoice[] },
): ChronologyEvent[] {
  return db.transaction((tx) => {
    episodeService.get(tx, investigationId, episodeId);
    const listed = [...choice.add.map((c, i) => ({ ...c, field: `add[${i}]`, to: episodeId })), ...choice.remove.map((c, i) => ({ ...c, field: `remove[${i}]`, to: null }))];
    const ids = listed.map((c) => c.eventId);
    const rows = new Map(ids.length === 0 ? [] : tx.select().from(events)
      .where(and(eq(events.investigationId, investigationId), inArray(events.id, ids))).all().map((r) => [r.id, r]));
    const seen = new Set<string>();
    for (const c of listed) {
      const row = rows.get(c.eventId);
      if (!row) throw unprocessable(`${c.field}.eventId: no such entry in this investigation`);
      if (seen.has(c.eventId)) throw unprocessable(`${c.field}.eventId: the entry is listed twice`);
      seen.add(c.eventId);
      if (row.version !== c.version) {
        throw conflict(`${c.field}: the entry of ${row.occurred} was changed by someone else (now version ${row.version}, your choice was based on version ${c.version})`,
          { field: c.field, eventId: c.eventId, currentVersion: row.version });
      }
      if (c.to === null && row.episodeId !== episodeId) throw unprocessable(`${c.field}.eventId: the entry is not in this episode`);
    }
    return listed.filter((c) => rows.get(c.eventId)!.episodeId !== c.to).map((c) => {
      const before = getEvent(tx, investigationId, c.eventId);
      const row = updateVersioned(tx, events, rows.get(c.eventId)!, c.version, { episodeId: c.to }, actor.at, 'event');
      const after: ChronologyEvent = { ...before, episodeId: row.episodeId, version: row.version, updatedAt: row.updatedAt };
      recordAudit(tx, actor, { investigationId, entity: 'event', entityId: c.eventId, action: 'update', before, after });
      return after;
    });
  });
}
