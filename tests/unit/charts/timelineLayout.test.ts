import { describe, expect, it } from 'vitest';
import { buildLanes, laneIndexes, UNATTRIBUTED } from '../../../client/src/charts/timeline/lanes';
import { markExtent, packRows } from '../../../client/src/charts/timeline/packing';
import { densityBins, layoutLanes, sortItems, visibleMarks } from '../../../client/src/charts/timeline/layout';
import { fullDomain, toPixel, toTime } from '../../../client/src/charts/timeline/scale';
import { markAt } from '../../../client/src/charts/timeline/hitTest';
import type { TimelineItem } from '../../../client/src/charts/timeline/types';

/** An entry at [start, end] (in plain numbers: 1 unit = 1 ms, so scales stay readable). */
function item(id: string, start: number, end = start, agencyId: string | null = 'a', extra: Partial<TimelineItem> = {}): TimelineItem {
  return { id, start, end, agencyId, kind: 'event', uncertain: false, approximate: false, sequence: 0, ...extra };
}

const agencies = [{ id: 'a', name: 'Police' }, { id: 'b', name: 'Health' }, { id: 'c', name: 'Education' }];
const sizes = { glyph: 10, gap: 2, rowHeight: 16, lanePadding: 4, maxRows: 3 };

describe('buildLanes', () => {
  it('gives one lane per agency with entries, in the order given, then an unattributed lane for entries with no known agency', () => {
    const lanes = buildLanes(agencies, [item('1', 0, 0, 'b'), item('2', 0, 0, null), item('3', 0, 0, 'a'), item('4', 0, 0, 'gone')], { rowHeight: 16, lanePadding: 4, top: 10 });
    expect(lanes).toEqual([
      { key: 'a', agencyId: 'a', label: 'Police', rows: 1, y: 10, height: 24 },
      { key: 'b', agencyId: 'b', label: 'Health', rows: 1, y: 34, height: 24 },
      { key: UNATTRIBUTED, agencyId: null, label: 'Unattributed', rows: 1, y: 58, height: 24 },
    ]);
  });

  it('keeps agencies with no entries when asked, and sizes each lane by its sub-rows', () => {
    const lanes = buildLanes(agencies.slice(0, 2), [], { rowHeight: 10, lanePadding: 2, showEmpty: true, rows: new Map([['b', 3]]) });
    expect(lanes.map((l) => [l.key, l.rows, l.y, l.height])).toEqual([['a', 1, 0, 14], ['b', 3, 14, 34]]);
  });

  it('puts entries of unknown agencies in the unattributed lane', () => {
    const lanes = buildLanes(agencies, [item('1', 0, 0, 'c'), item('2', 0, 0, 'zzz')], { rowHeight: 16, lanePadding: 4 });
    expect(Array.from(laneIndexes(lanes, [item('1', 0, 0, 'c'), item('2', 0, 0, 'zzz')]))).toEqual([0, 1]);
  });
});

describe('markExtent', () => {
  it('widens a span narrower than a glyph to the glyph, centred on the span', () => {
    expect(markExtent({ start: 100, end: 104 }, 1, 10)).toEqual([97, 107]);
  });
  it('keeps a span at least a glyph wide as it is', () => {
    expect(markExtent({ start: 100, end: 130 }, 1, 10)).toEqual([100, 130]);
  });
});

describe('packRows', () => {
  it('puts overlapping marks in separate sub-rows and reuses a row once it is free', () => {
    const items = [item('1', 0, 30), item('2', 10), item('3', 20), item('4', 50)];
    const { rows, rowsUsed } = packRows(items, new Int32Array([0, 0, 0, 0]), 1, { pxPerMs: 1, glyph: 10, gap: 2, maxRows: 5 });
    expect(Array.from(rows)).toEqual([0, 1, 2, 0]);
    expect(rowsUsed).toEqual([3]);
  });

  it('counts an entry as overflow (-1) when every row of its lane is taken', () => {
    const items = [item('1', 0), item('2', 1), item('3', 2)];
    const { rows } = packRows(items, new Int32Array([0, 0, 0]), 1, { pxPerMs: 1, glyph: 10, gap: 0, maxRows: 2 });
    expect(Array.from(rows)).toEqual([0, 1, -1]);
  });

  it('needs fewer rows when zoomed in, because point glyphs cover less time', () => {
    const items = [item('1', 0), item('2', 6), item('3', 12)];
    const lanes = new Int32Array([0, 0, 0]);
    expect(packRows(items, lanes, 1, { pxPerMs: 1, glyph: 10, gap: 2, maxRows: 5 }).rowsUsed).toEqual([2]);
    expect(packRows(items, lanes, 1, { pxPerMs: 4, glyph: 10, gap: 2, maxRows: 5 }).rowsUsed).toEqual([1]);
  });

  it('keeps lanes apart', () => {
    const { rows } = packRows([item('1', 0), item('2', 0, 0, 'b')], new Int32Array([0, 1]), 2, { pxPerMs: 1, glyph: 10, gap: 2, maxRows: 3 });
    expect(Array.from(rows)).toEqual([0, 0]);
  });
});

describe('sortItems', () => {
  it('orders by earliest instant, then sequence, then id', () => {
    const sorted = sortItems([item('c', 5, 5, 'a', { sequence: 2 }), item('b', 5, 5, 'a', { sequence: 1 }), item('a', 1), item('d', 5, 5, 'a', { sequence: 1 })]);
    expect(sorted.map((i) => i.id)).toEqual(['a', 'b', 'd', 'c']);
  });
});

describe('layoutLanes', () => {
  it('gives each lane the sub-rows its entries need at the full extent, at most maxRows', () => {
    const items = [item('1', 0), item('2', 1), item('3', 2), item('4', 3), item('5', 0, 0, 'b')];
    const { lanes, laneOf } = layoutLanes(agencies, items, { domain: [0, 100], range: [0, 100] }, sizes, { top: 0 });
    expect(lanes.map((l) => [l.key, l.rows, l.y, l.height])).toEqual([['a', 3, 0, 56], ['b', 1, 56, 24]]);
    expect(Array.from(laneOf)).toEqual([0, 0, 0, 0, 1]);
  });
});

describe('visibleMarks', () => {
  const scale = { domain: [0, 100] as const, range: [0, 200] as const };

  it('draws a month-long (uncertain) span as a range from its start to its end, never as its first day', () => {
    const items = [item('m', 20, 50, 'a', { uncertain: true })];
    const layout = layoutLanes(agencies, items, scale, sizes);
    expect(visibleMarks(items, layout, scale, sizes).marks).toEqual([{
      id: 'm', index: 0, lane: 0, row: 0, x0: 40, x1: 100, cx: 70, cy: 12, shape: 'range', kind: 'event', uncertain: true, approximate: false,
      openBefore: false, openAfter: false,
    }]);
  });

  it('carries a date with no known start or end to its mark', () => {
    const items = [item('upTo', 30, 30, 'a', { openBefore: true }), item('onwards', 60, 70, 'a', { openAfter: true })];
    const layout = layoutLanes(agencies, items, scale, sizes);
    expect(visibleMarks(items, layout, scale, sizes).marks.map((m) => [m.id, m.openBefore, m.openAfter])).toEqual([['upTo', true, false], ['onwards', false, true]]);
  });

  it('draws an exact moment as a point centred on it', () => {
    const items = [item('p', 10)];
    const layout = layoutLanes(agencies, items, scale, sizes);
    const [mark] = visibleMarks(items, layout, scale, sizes).marks;
    expect([mark?.shape, mark?.x0, mark?.x1, mark?.cx]).toEqual(['point', 20, 20, 20]);
  });

  it('culls entries outside the visible window but keeps one whose glyph still reaches into it', () => {
    const items = [item('before', -10), item('edge', -2), item('in', 50), item('after', 120)];
    const layout = layoutLanes(agencies, items, { domain: [-20, 130], range: [0, 300] }, sizes);
    expect(visibleMarks(items, layout, scale, sizes).marks.map((m) => m.id)).toEqual(['edge', 'in']);
  });

  it('centres the glyph of a range on its visible part', () => {
    const items = [item('long', -100, 50)];
    const layout = layoutLanes(agencies, items, scale, sizes);
    expect(visibleMarks(items, layout, scale, sizes).marks[0]?.cx).toBe(50);
  });

  it('counts entries beyond the lane rows in pixel bins instead of hiding them', () => {
    const items = [item('1', 10), item('2', 10), item('3', 10), item('4', 10), item('5', 11)];
    const layout = layoutLanes(agencies, items, scale, sizes);
    const out = visibleMarks(items, layout, scale, sizes, 8);
    expect(out.marks.map((m) => [m.id, m.row, m.cy])).toEqual([['1', 0, 12], ['2', 1, 28], ['3', 2, 44]]);
    expect(out.overflow).toEqual([{ lane: 0, x0: 16, x1: 24, count: 2 }]);
  });
});

describe('densityBins', () => {
  it('counts entries per lane in bins of the given width at their midpoint', () => {
    const bins = densityBins([item('1', 0, 2), item('2', 1), item('3', 9), item('4', 1, 1, 'b')], new Int32Array([0, 0, 0, 1]), { domain: [0, 10], range: [0, 10] }, 5);
    expect(bins).toEqual([{ lane: 0, x0: 0, x1: 5, count: 2 }, { lane: 0, x0: 5, x1: 10, count: 1 }, { lane: 1, x0: 0, x1: 5, count: 1 }]);
  });
});

describe('scale helpers', () => {
  it('maps instants to pixels and back', () => {
    const s = { domain: [1000, 2000] as const, range: [0, 500] as const };
    expect(toPixel(s, 1500)).toBe(250);
    expect(toTime(s, 100)).toBe(1200);
  });

  it('pads the full period by a share of its span, and a lone instant by a day', () => {
    expect(fullDomain([{ start: 0, end: 100 }, { start: 50, end: 200 }], 0.1)).toEqual([-20, 220]);
    expect(fullDomain([{ start: 5, end: 5 }])).toEqual([5 - 86_400_000, 5 + 86_400_000]);
    expect(fullDomain([{ start: null, end: null }])).toBeNull();
  });
});

describe('markAt', () => {
  const marks = [
    { id: 'a', index: 0, lane: 0, row: 0, x0: 10, x1: 10, cx: 10, cy: 10, shape: 'point' as const, kind: 'event' as const, uncertain: false, approximate: false, openBefore: false, openAfter: false },
    { id: 'b', index: 1, lane: 0, row: 0, x0: 30, x1: 80, cx: 55, cy: 10, shape: 'range' as const, kind: 'event' as const, uncertain: false, approximate: false, openBefore: false, openAfter: false },
    { id: 'c', index: 2, lane: 0, row: 1, x0: 12, x1: 12, cx: 12, cy: 26, shape: 'point' as const, kind: 'event' as const, uncertain: false, approximate: false, openBefore: false, openAfter: false },
  ];
  it('finds the mark whose glyph or bar is under the pointer, in the pointer row', () => {
    expect(markAt(marks, 13, 11, 5, 16)?.id).toBe('a');
    expect(markAt(marks, 75, 9, 5, 16)?.id).toBe('b');
    expect(markAt(marks, 12, 27, 5, 16)?.id).toBe('c');
  });
  it('finds nothing between marks', () => {
    expect(markAt(marks, 22, 10, 5, 16)).toBeNull();
  });
});
