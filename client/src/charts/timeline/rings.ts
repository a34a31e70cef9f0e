import type { Selection } from 'd3';
import { BAR_RATIO } from './markStyle';
import type { Mark } from './types';

/** Draws a ring around the selected mark and each highlighted mark, above the marks. */
export function drawRings(
  g: Selection<SVGGElement, undefined, null, undefined>, marks: readonly Mark[], selected: string | null, highlighted: ReadonlySet<string>, glyph: number,
): void {
  const shown = marks.filter((m) => m.id === selected || highlighted.has(m.id));
  const pad = 3;
  g.selectAll('rect')
    .data(shown, (m) => (m as Mark).id)
    .join('rect')
    .attr('class', (m) => (m.id === selected ? 'timeline__ring timeline__ring--selected' : 'timeline__ring timeline__ring--highlighted'))
    .attr('x', (m) => Math.min(m.x0, m.cx - glyph / 2) - pad)
    .attr('y', (m) => m.cy - glyph / 2 - pad)
    .attr('width', (m) => Math.max(m.x1, m.cx + glyph / 2) - Math.min(m.x0, m.cx - glyph / 2) + 2 * pad)
    .attr('height', glyph + 2 * pad)
    .attr('rx', (m) => (m.shape === 'point' ? glyph / 2 + pad : glyph * BAR_RATIO / 2));
}
