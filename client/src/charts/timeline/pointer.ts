import { pointer, select } from 'd3';
import type { TimelineChart } from './timeline';

/** Selects the entry under a click or tap on the plot and reports it. */
export function attachSelection(chart: TimelineChart, onSelect: (id: string) => void): void {
  const front = select(chart).select<SVGSVGElement>('svg.timeline__front');
  front.on('click.select', (event: MouseEvent) => {
    const [x, y] = pointer(event, front.node());
    const mark = chart.markAt(x, y);
    if (!mark) return;
    chart.select(mark.id);
    onSelect(mark.id);
  });
}

/** Shows a short description of the entry under the pointer, and a pointing cursor over entries. */
export function attachTooltip(chart: TimelineChart, describe: (id: string) => string): void {
  const front = select(chart).select<SVGSVGElement>('svg.timeline__front');
  const main = select(chart).select<HTMLDivElement>('.timeline__main');
  const tip = main.append('div').attr('class', 'timeline__tooltip').attr('role', 'tooltip').property('hidden', true);
  front.on('pointermove.tooltip', (event: PointerEvent) => {
    const [x, y] = pointer(event, front.node());
    const mark = chart.markAt(x, y);
    front.classed('is-over-mark', mark !== null);
    if (!mark) { tip.property('hidden', true); return; }
    const left = chart.plot.left + Math.min(x + 12, chart.plot.width - 200);
    tip.property('hidden', false).text(describe(mark.id)).style('left', `${Math.max(0, left)}px`).style('top', `${y + 12}px`);
  });
  front.on('pointerleave.tooltip', () => tip.property('hidden', true));
}
