/** An entry in which the child was seen, with the span of instants it may have happened in. */
export interface SeenEntry { id: string; start: number; end: number }

/** A period in which no entry records the child being seen. */
export interface ChildGap { start: number; end: number; days: number; fromEventId: string; toEventId: string }

const DAY = 86_400_000;
/** Sightings vaguer than a month (a year, "c. 2019") cannot bound a gap and would hide real ones, so they are left out. */
const MAX_SPAN = 31 * DAY;

/**
 * Finds periods longer than `minDays` between sightings of the child. A gap runs from just after the latest
 * possible instant of one sighting to the earliest possible instant of the next, so it is never overstated.
 */
export function findGaps(entries: readonly SeenEntry[], minDays: number): ChildGap[] {
  const sorted = entries.filter((e) => e.end - e.start < MAX_SPAN).sort((a, b) => a.start - b.start || a.end - b.end);
  const gaps: ChildGap[] = [];
  let last: SeenEntry | undefined;
  for (const e of sorted) {
    if (last) {
      const from = last.end + 1;
      const length = (e.start - from) / DAY;
      if (length > minDays) gaps.push({ start: from, end: e.start, days: Math.floor(length * 10) / 10, fromEventId: last.id, toEventId: e.id });
    }
    if (!last || e.end > last.end) last = e;
  }
  return gaps;
}
