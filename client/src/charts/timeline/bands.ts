import { toPixel } from './scale';
import type { Band, EpisodeSpan, GapSpan, TimeScale, TimelineItem } from './types';

/**
 * The period of each episode: its stated start and end, or where one is missing, the earliest start or
 * latest end of its entries. Episodes with no period and no entries are left out.
 */
export function episodePeriods(episodes: readonly EpisodeSpan[], items: readonly Pick<TimelineItem, 'start' | 'end' | 'episodeId'>[]): EpisodeSpan[] {
  const extent = new Map<string, [number, number]>();
  for (const item of items) {
    if (!item.episodeId) continue;
    const e = extent.get(item.episodeId);
    const end = Math.max(item.end, item.start);
    extent.set(item.episodeId, e ? [Math.min(e[0], item.start), Math.max(e[1], end)] : [item.start, end]);
  }
  return episodes.flatMap((ep) => {
    const own = extent.get(ep.id);
    const start = ep.start ?? own?.[0] ?? null;
    const end = ep.end ?? own?.[1] ?? null;
    if (start === null || end === null) return [];
    return [{ ...ep, start: Math.min(start, end), end: Math.max(start, end) }];
  });
}

function clip(scale: TimeScale, id: string, label: string, start: number, end: number): Band | null {
  const [left, right] = scale.range;
  const x0 = Math.max(left, toPixel(scale, start));
  const x1 = Math.min(right, toPixel(scale, end));
  return x1 < x0 || x1 < left || x0 > right ? null : { id, label, x0, x1 };
}

/** Episode bands clipped to the visible range (episodes outside it are culled). */
export function episodeBands(periods: readonly EpisodeSpan[], scale: TimeScale): Band[] {
  return periods.flatMap((p) => {
    const band = p.start === null || p.end === null ? null : clip(scale, p.id, p.title, p.start, p.end);
    return band ? [band] : [];
  });
}

/** Gap bands clipped to the visible range, labelled with their length in days. */
export function gapBands(gaps: readonly GapSpan[], scale: TimeScale): Band[] {
  return gaps.flatMap((g) => {
    const band = clip(scale, `gap-${g.start}`, `${g.days} days without the child being seen`, g.start, g.end);
    return band ? [band] : [];
  });
}
