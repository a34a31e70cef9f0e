import { brushX, scaleUtc, select, type D3BrushEvent } from 'd3';
import type { TimelineChart } from './timeline';
import type { TimelineZoom } from './zoom';

/**
 * Puts a d3 brush on the overview strip: brushing a period shows it in the main view, and zooming or
 * panning the main view moves the brush. Clearing the brush shows the whole chronology.
 */
export function attachBrush(chart: TimelineChart, zoom: TimelineZoom): void {
  const g = select(chart.overview);
  const width = Number(g.attr('data-width'));
  const height = Number(g.attr('data-height'));
  const x = scaleUtc().domain(chart.full).range([0, width]);
  const brush = brushX<unknown>()
    .extent([[0, 0], [width, height]])
    .on('brush end', (event: D3BrushEvent<unknown>) => {
      if (!event.sourceEvent) return;
      const s = event.selection as [number, number] | null;
      if (!s) return zoom.reset();
      if (s[1] - s[0] < 1) return;
      zoom.zoomTo([x.invert(s[0]).getTime(), x.invert(s[1]).getTime()], 'brush');
    });
  const area = g.append('g').attr('class', 'timeline__brush').call(brush);
  const show = ([d0, d1]: readonly [number, number]) => area.call(brush.move, [x(d0), x(d1)]);
  zoom.onChange((domain, source) => { if (source !== 'brush') show(domain); });
  show(chart.domain());
}
