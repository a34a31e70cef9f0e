import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/open';
import { episodes } from '../../schema/tables';
import type { Episode } from '../../schema/contracts/chronology';
import { unprocessable } from '../http/errors';
import type { Actor } from './actor';
import { makeCrud } from './crud';
import { readOccurred } from './eventRefs';

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
