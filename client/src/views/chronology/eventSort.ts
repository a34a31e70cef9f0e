import type { ChronologyEvent } from '../../../../schema/contracts/chronology';
import { eventKinds } from '../../../../schema/contracts/enums';

/** Columns the chronology table sorts by. */
export type SortKey = 'date' | 'agency' | 'kind';
/** A sort: column and direction. */
export interface Sort { key: SortKey; descending: boolean }

const kindRank = new Map<string, number>(eventKinds.map((k, i) => [k, i]));

function byDate(a: ChronologyEvent, b: ChronologyEvent): number {
  return a.start - b.start || a.sequence - b.sequence || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Sorts entries by date (earliest possible instant, then sequence), by agency name (no agency last) or by kind,
 * keeping date order within equal agencies or kinds. Descending reverses the chosen column only.
 */
export function sortEvents(events: readonly ChronologyEvent[], sort: Sort, agencyName: (id: string | null) => string): ChronologyEvent[] {
  const dir = sort.descending ? -1 : 1;
  const primary = (a: ChronologyEvent, b: ChronologyEvent): number => {
    if (sort.key === 'agency') {
      if ((a.agencyId === null) !== (b.agencyId === null)) return a.agencyId === null ? 1 : -1;
      return agencyName(a.agencyId).localeCompare(agencyName(b.agencyId), 'en-GB');
    }
    if (sort.key === 'kind') return (kindRank.get(a.kind) ?? 0) - (kindRank.get(b.kind) ?? 0);
    return byDate(a, b);
  };
  return [...events].sort((a, b) => dir * primary(a, b) || byDate(a, b));
}
