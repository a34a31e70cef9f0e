import { similarity } from './similarity';

/** An existing entry as the same-occasion search sees it. */
export interface OccasionEntry { id: string; agencyId: string | null; start: number; end: number; words: ReadonlySet<string> }

/** An existing entry that may describe the same occasion as a new one. */
export interface OccasionMatch { eventId: string; agencyId: string | null; similarity: number }

const DAY = 86_400_000;
/** Entries vaguer than this (a year, "c. 2019") say too little about when to suggest they are the same occasion. */
const MAX_SPAN_DAYS = 31;
/** How alike two entries' content words must be (Dice coefficient) to suggest the same occasion. */
export const SAME_OCCASION_THRESHOLD = 0.35;

const days = (start: number, end: number) => [Math.floor(start / DAY), Math.floor(end / DAY)] as const;

/** Finds existing entries whose dates overlap (by whole day) and whose words are alike. */
export interface OccasionIndex {
  find(start: number, end: number, words: ReadonlySet<string>, exclude?: string): OccasionMatch[];
}

/** Indexes existing entries by the days they may have happened on, for fast same-occasion suggestions. */
export function buildOccasionIndex(entries: Iterable<OccasionEntry>, limit = 3): OccasionIndex {
  const byDay = new Map<number, OccasionEntry[]>();
  for (const e of entries) {
    const [first, last] = days(e.start, e.end);
    if (last - first >= MAX_SPAN_DAYS || e.words.size === 0) continue;
    for (let d = first; d <= last; d++) {
      const list = byDay.get(d);
      if (list) list.push(e);
      else byDay.set(d, [e]);
    }
  }
  return {
    find(start, end, words, exclude) {
      const [first, last] = days(start, end);
      if (last - first >= MAX_SPAN_DAYS || words.size === 0 || byDay.size === 0) return [];
      const seen = new Set<string>();
      const out: OccasionMatch[] = [];
      for (let d = first; d <= last; d++) {
        for (const e of byDay.get(d) ?? []) {
          if (seen.has(e.id) || e.id === exclude) continue;
          seen.add(e.id);
          const s = similarity(words, e.words);
          if (s >= SAME_OCCASION_THRESHOLD) out.push({ eventId: e.id, agencyId: e.agencyId, similarity: Math.round(s * 100) / 100 });
        }
      }
      return out.sort((a, b) => b.similarity - a.similarity).slice(0, limit);
    },
  };
}
