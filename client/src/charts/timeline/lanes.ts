import type { Lane, LaneSource, TimelineItem } from './types';

/** The key of the lane for entries with no agency (or an agency not in the registry). */
export const UNATTRIBUTED = 'unattributed';

/** Options for stacking lanes vertically. */
export interface LaneOptions {
  /** Height of one sub-row. */
  rowHeight: number;
  /** Space above and below the rows of each lane. */
  lanePadding: number;
  /** Where the first lane starts. */
  top?: number;
  /** Sub-rows per lane key (from packing at the full extent); lanes not named get one row. */
  rows?: ReadonlyMap<string, number>;
  /** Keep agencies with no entries as empty lanes. */
  showEmpty?: boolean;
  /** Label of the unattributed lane. */
  unattributedLabel?: string;
}

/** The lane key of an item: its agency when that agency has a lane, otherwise the unattributed lane. */
export function laneKeyOf(item: Pick<TimelineItem, 'agencyId'>, agencyIds: ReadonlySet<string>): string {
  return item.agencyId !== null && agencyIds.has(item.agencyId) ? item.agencyId : UNATTRIBUTED;
}

/**
 * One lane per agency, in the order given, then an "unattributed" lane when any entry has no known agency.
 * Agencies with no entries are left out unless `showEmpty` is set.
 */
export function buildLanes(agencies: readonly LaneSource[], items: readonly Pick<TimelineItem, 'agencyId'>[], options: LaneOptions): Lane[] {
  const { rowHeight, lanePadding, top = 0, rows, showEmpty = false, unattributedLabel = 'Unattributed' } = options;
  const ids = new Set(agencies.map((a) => a.id));
  const used = new Set(items.map((i) => laneKeyOf(i, ids)));
  const sources: { key: string; agencyId: string | null; label: string }[] = agencies
    .filter((a) => showEmpty || used.has(a.id))
    .map((a) => ({ key: a.id, agencyId: a.id, label: a.name }));
  if (used.has(UNATTRIBUTED)) sources.push({ key: UNATTRIBUTED, agencyId: null, label: unattributedLabel });
  let y = top;
  return sources.map((s) => {
    const laneRows = Math.max(1, rows?.get(s.key) ?? 1);
    const height = laneRows * rowHeight + 2 * lanePadding;
    const lane: Lane = { ...s, rows: laneRows, y, height };
    y += height;
    return lane;
  });
}

/** The lane index of every item (same order as the items), for lanes built by buildLanes. */
export function laneIndexes(lanes: readonly Lane[], items: readonly Pick<TimelineItem, 'agencyId'>[]): Int32Array {
  const byKey = new Map(lanes.map((l, i) => [l.key, i]));
  const agencyIds = new Set(lanes.flatMap((l) => (l.agencyId === null ? [] : [l.agencyId])));
  const out = new Int32Array(items.length);
  items.forEach((item, i) => { out[i] = byKey.get(laneKeyOf(item, agencyIds)) ?? -1; });
  return out;
}
