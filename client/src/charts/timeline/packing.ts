import type { TimelineItem } from './types';

/** Options for packing marks into sub-rows. */
export interface PackOptions {
  /** Pixels per millisecond at the zoom level being packed. */
  pxPerMs: number;
  /** Width of a point glyph; spans narrower than this are drawn as points. */
  glyph: number;
  /** Free pixels kept between two marks in a row. */
  gap: number;
  /** Sub-rows available per lane (a number, or one per lane index). */
  maxRows: number | readonly number[];
}

/** The horizontal pixel extent a mark occupies at a zoom level (origin at t = 0); packRows inlines the same rule. */
export function markExtent(item: Pick<TimelineItem, 'start' | 'end'>, pxPerMs: number, glyph: number): [number, number] {
  const s = item.start * pxPerMs;
  const e = Math.max(item.end, item.start) * pxPerMs;
  if (e - s >= glyph) return [s, e];
  const c = (s + e) / 2;
  return [c - glyph / 2, c + glyph / 2];
}

/** Sub-row of each item, and how many rows each lane used. Row -1 means every row was taken (the entry is counted as overflow). */
export interface Packing {
  rows: Int32Array;
  rowsUsed: number[];
}

/**
 * Assigns each item a sub-row in its lane, first fit in item order, so that marks in one row never overlap.
 * Depends only on the zoom level (pixels per ms), not on panning, so rows stay put while the view moves.
 */
export function packRows(items: readonly Pick<TimelineItem, 'start' | 'end'>[], lanes: Int32Array, laneCount: number, options: PackOptions): Packing {
  const { pxPerMs, glyph, gap, maxRows } = options;
  const rowEnds: number[][] = Array.from({ length: laneCount }, () => []);
  const rows = new Int32Array(items.length).fill(-1);
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const ends = rowEnds[lanes[i]!];
    if (!ends) continue;
    const limit = typeof maxRows === 'number' ? maxRows : (maxRows[lanes[i]!] ?? 1);
    const s = item.start * pxPerMs;
    const e = Math.max(item.end, item.start) * pxPerMs;
    const wide = e - s >= glyph;
    const x0 = wide ? s : (s + e - glyph) / 2;
    const x1 = wide ? e : (s + e + glyph) / 2;
    let row = ends.findIndex((end) => end <= x0);
    if (row === -1 && ends.length < limit) row = ends.length;
    if (row === -1) continue;
    ends[row] = x1 + gap;
    rows[i] = row;
  }
  return { rows, rowsUsed: rowEnds.map((ends) => ends.length) };
}
