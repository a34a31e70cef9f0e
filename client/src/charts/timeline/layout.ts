import { buildLanes, laneIndexes, type LaneOptions } from './lanes';
import { packRows } from './packing';
import { pixelsPerMs, toPixel } from './scale';
import type { Lane, LaneSource, Mark, OverflowBin, TimeScale, TimelineItem } from './types';

/** Sizes that decide how marks sit in lanes. */
export interface MarkSizes {
  /** Width of a point glyph in pixels. */
  glyph: number;
  /** Free pixels kept between marks in one row. */
  gap: number;
  rowHeight: number;
  lanePadding: number;
  /** Most sub-rows a lane may have; further overlapping entries are counted as overflow. */
  maxRows: number;
}

/** Lanes with their sub-row counts, and the lane of each item. */
export interface LaneLayout {
  lanes: Lane[];
  laneOf: Int32Array;
}

/** Sorts items by earliest instant, then sequence, then id (the chronology's order). */
export function sortItems<T extends TimelineItem>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.start - b.start || a.sequence - b.sequence || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Builds the lanes, giving each as many sub-rows as its entries need at the full extent (at most maxRows),
 * so lane heights stay fixed while zooming.
 */
export function layoutLanes(
  agencies: readonly LaneSource[], items: readonly TimelineItem[], full: TimeScale, sizes: MarkSizes,
  options: Omit<LaneOptions, 'rows' | 'rowHeight' | 'lanePadding'> = {},
): LaneLayout {
  const base = { ...options, rowHeight: sizes.rowHeight, lanePadding: sizes.lanePadding };
  const draft = buildLanes(agencies, items, base);
  const draftOf = laneIndexes(draft, items);
  const packed = packRows(items, draftOf, draft.length, { pxPerMs: pixelsPerMs(full), glyph: sizes.glyph, gap: sizes.gap, maxRows: sizes.maxRows });
  const rows = new Map(draft.map((l, i) => [l.key, packed.rowsUsed[i] ?? 1]));
  const lanes = buildLanes(agencies, items, { ...base, rows });
  return { lanes, laneOf: laneIndexes(lanes, items) };
}

/** Marks inside the view and overflow counts, culled to the visible time window. */
export interface VisibleLayout {
  marks: Mark[];
  overflow: OverflowBin[];
}

/**
 * Places the items visible in `scale` (culling everything outside its range): each in its lane's sub-row,
 * as a range bar when its span is wider than a glyph, otherwise as a point; entries that found no row
 * are counted in pixel bins of `binPx`.
 */
export function visibleMarks(items: readonly TimelineItem[], layout: LaneLayout, scale: TimeScale, sizes: MarkSizes, binPx = 8): VisibleLayout {
  const { lanes, laneOf } = layout;
  const { rows } = packRows(items, laneOf, lanes.length, {
    pxPerMs: pixelsPerMs(scale), glyph: sizes.glyph, gap: sizes.gap, maxRows: lanes.map((l) => l.rows),
  });
  const [left, right] = scale.range;
  const half = sizes.glyph / 2;
  const marks: Mark[] = [];
  const bins = new Map<number, OverflowBin>();
  items.forEach((item, index) => {
    const lane = laneOf[index]!;
    const l = lanes[lane];
    if (!l) return;
    const x0 = toPixel(scale, item.start);
    const x1 = toPixel(scale, Math.max(item.end, item.start));
    const range = x1 - x0 >= sizes.glyph;
    const reach = range ? 0 : half;
    if (x1 + reach < left || x0 - reach > right) return;
    const cx = range ? (Math.max(x0, left) + Math.min(x1, right)) / 2 : (x0 + x1) / 2;
    const row = rows[index]!;
    if (row < 0) {
      const b = Math.floor((cx - left) / binPx);
      const key = lane * 1_000_000 + b;
      const bin = bins.get(key) ?? { lane, x0: left + b * binPx, x1: left + (b + 1) * binPx, count: 0 };
      bin.count += 1;
      bins.set(key, bin);
      return;
    }
    marks.push({
      id: item.id, index, lane, row, x0, x1, cx,
      cy: l.y + sizes.lanePadding + (row + 0.5) * sizes.rowHeight,
      shape: range ? 'range' : 'point', kind: item.kind, uncertain: item.uncertain, approximate: item.approximate,
      openBefore: item.openBefore === true, openAfter: item.openAfter === true,
    });
  });
  return { marks, overflow: [...bins.values()] };
}

/** Number of entries per lane in pixel bins across a scale's range (for the overview strip). */
export function densityBins(items: readonly TimelineItem[], laneOf: Int32Array, scale: TimeScale, binPx: number): OverflowBin[] {
  const bins = new Map<number, OverflowBin>();
  const [left] = scale.range;
  items.forEach((item, i) => {
    const lane = laneOf[i]!;
    if (lane < 0) return;
    const x = toPixel(scale, (item.start + Math.max(item.end, item.start)) / 2);
    const b = Math.floor((x - left) / binPx);
    const key = lane * 1_000_000 + b;
    const bin = bins.get(key) ?? { lane, x0: left + b * binPx, x1: left + (b + 1) * binPx, count: 0 };
    bin.count += 1;
    bins.set(key, bin);
  });
  return [...bins.values()].sort((a, b) => a.lane - b.lane || a.x0 - b.x0);
}
