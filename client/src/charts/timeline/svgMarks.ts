import type { Selection } from 'd3';
import { barPath, glyphPath, openTailsPath } from './glyphs';
import { BAR_RATIO, markClass } from './markStyle';
import type { Mark, OverflowBin } from './types';

type Group = Selection<SVGGElement, undefined, null, undefined>;

/** Draws marks as SVG paths: a bar for each range, then a glyph for every mark (carrying its entry id and lane key). */
export function drawSvgMarks(g: Group, marks: readonly Mark[], glyph: number, highlighted: ReadonlySet<string>, laneKeys: readonly string[]): void {
  const dim = (m: Mark) => highlighted.size > 0 && !highlighted.has(m.id);
  g.selectAll('path.timeline__bar')
    .data(marks.filter((m) => m.shape === 'range'), (m) => (m as Mark).id)
    .join('path')
    .attr('class', (m) => markClass('bar', m, dim(m)))
    .attr('data-id', (m) => m.id)
    .attr('d', (m) => barPath(m.x0, m.x1, m.cy, glyph * BAR_RATIO));
  g.selectAll('path.timeline__glyph')
    .data(marks, (m) => (m as Mark).id)
    .join('path')
    .attr('class', (m) => markClass('glyph', m, dim(m)))
    .attr('data-id', (m) => m.id)
    .attr('data-lane', (m) => laneKeys[m.lane] ?? '')
    .attr('d', (m) => glyphPath(m.kind, m.cx, m.cy, glyph / 2));
  g.selectAll('path.timeline__tail')
    .data(marks.filter((m) => m.openBefore || m.openAfter), (m) => (m as Mark).id)
    .join('path')
    .attr('class', (m) => markClass('tail', m, dim(m)))
    .attr('data-id', (m) => m.id)
    .attr('d', (m) => openTailsPath(m, glyph));
  g.selectAll('path.timeline__bar').lower();
  g.selectAll('path.timeline__tail').lower();
}

/** Draws the counts of entries that did not fit in a lane's rows as ticks under the lane, taller for more. */
export function drawOverflow(g: Group, bins: readonly OverflowBin[], laneBottom: (lane: number) => number, maxHeight: number): void {
  g.selectAll('rect')
    .data(bins)
    .join('rect')
    .attr('class', 'timeline__overflow')
    .attr('x', (b) => b.x0)
    .attr('width', (b) => Math.max(1, b.x1 - b.x0 - 1))
    .attr('y', (b) => laneBottom(b.lane) - overflowHeight(b.count, maxHeight))
    .attr('height', (b) => overflowHeight(b.count, maxHeight));
}

function overflowHeight(count: number, max: number): number {
  return Math.min(max, 1 + Math.log2(count + 1));
}
