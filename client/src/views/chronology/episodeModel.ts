import type { ChronologyEvent, Episode } from '../../../../schema/contracts/chronology';
import { displayEdtf, formatEdtf, tryParseEdtf } from '../../../../schema/edtf';
import type { Problem } from '../../components/errors';

/** What the episode form holds, in the API's field names. */
export interface EpisodeFormValues {
  title: string;
  periodStart: string | null;
  periodEnd: string | null;
  summary: string;
  knownAtTime: string;
  localRationality: string;
}

/** An entry to put into or take out of an episode, with the version the choice was based on. */
export interface EntryChoice { eventId: string; version: number }

/**
 * An episode's stated period at its true precision: "Mar–May 2019", "from March 2019", "until c. 2020";
 * null when neither end is recorded. Text that cannot be read is shown as written.
 */
export function episodePeriod(ep: Pick<Episode, 'periodStart' | 'periodEnd'>): string | null {
  const { periodStart: from, periodEnd: to } = ep;
  if (from && to) {
    const both = tryParseEdtf(`${from}/${to}`);
    return both ? formatEdtf(both) : `${displayEdtf(from)} – ${displayEdtf(to)}`;
  }
  if (from) return `from ${displayEdtf(from)}`;
  if (to) return `until ${displayEdtf(to)}`;
  return null;
}

/** The first and last of an episode's entries by earliest possible date, as dates at their own precision. */
export function entriesSpan(entries: readonly Pick<ChronologyEvent, 'display' | 'start' | 'end'>[]): { first: string; last: string } | null {
  if (entries.length === 0) return null;
  let first = entries[0]!;
  let last = entries[0]!;
  for (const e of entries) {
    if (e.start < first.start) first = e;
    if (e.end > last.end) last = e;
  }
  return { first: first.display, last: last.display };
}

/** How many entries each episode holds, by episode id. */
export function entryCounts(events: readonly Pick<ChronologyEvent, 'episodeId'>[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of events) if (e.episodeId) counts.set(e.episodeId, (counts.get(e.episodeId) ?? 0) + 1);
  return counts;
}

/** "1 entry", "3 entries". */
export function entriesWord(n: number): string {
  return `${n} ${n === 1 ? 'entry' : 'entries'}`;
}

/**
 * What to send so that exactly the chosen entries are in the episode: the chosen entries not yet in it
 * (including those now in another episode) and the entries in it that are no longer chosen, each with its version.
 */
export function entryChanges(
  events: readonly Pick<ChronologyEvent, 'id' | 'episodeId' | 'version'>[], episodeId: string, chosen: ReadonlySet<string>,
): { add: EntryChoice[]; remove: EntryChoice[] } {
  const add: EntryChoice[] = [];
  const remove: EntryChoice[] = [];
  for (const e of events) {
    const inIt = e.episodeId === episodeId;
    if (chosen.has(e.id) && !inIt) add.push({ eventId: e.id, version: e.version });
    else if (!chosen.has(e.id) && inIt) remove.push({ eventId: e.id, version: e.version });
  }
  return { add, remove };
}

/** True when an entry's possible dates overlap the episode's stated period (an end not recorded is open). */
export function overlapsPeriod(e: Pick<ChronologyEvent, 'start' | 'end'>, ep: Pick<Episode, 'start' | 'end'>): boolean {
  return (ep.start === null || e.end >= ep.start) && (ep.end === null || e.start <= ep.end);
}

/** Problems the episode form can find before sending, all at once: no title, a date it cannot read, a period that ends before it starts. */
export function checkEpisode(values: EpisodeFormValues): Problem[] {
  const problems: Problem[] = [];
  if (!values.title.trim()) problems.push({ field: 'title', message: 'Enter a title for the episode' });
  const read = (field: 'periodStart' | 'periodEnd') => {
    const text = values[field];
    if (!text) return null;
    const parsed = tryParseEdtf(text);
    if (!parsed) problems.push({ field, message: 'must be a date such as 2019, 2019-03, 2019-03-14 or 2019-03~ (approximate)' });
    return parsed;
  };
  const start = read('periodStart');
  const end = read('periodEnd');
  if (start && end && end.end < start.start) problems.push({ field: 'periodEnd', message: 'must not be before the start of the period' });
  return problems;
}
