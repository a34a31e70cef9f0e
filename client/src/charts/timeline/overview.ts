import { axisBottom, scaleUtc, type Selection } from 'd3';
import { timeTickFormat } from './tickFormat';
import { densityBins, type LaneLayout } from './layout';
import type { TimelineItem } from './types';

/** Sizes of the overview strip. */
export interface OverviewOptions {
  full: readonly [number, number];
  width: number;
  height: number;
  marginLeft: number;
  marginRight: number;
  binPx?: number;
}

const AXIS_HEIGHT = 16;

/**
 * Draws the overview strip: the whole chronology compressed to one thin row per lane, entries counted in
 * pixel bins (taller ticks for more entries), over a time axis. Returns the group the brush goes into.
 */
export function drawOverview(
  svg: Selection<SVGSVGElement, undefined, null, undefined>, items: readonly TimelineItem[], layout: LaneLayout, options: OverviewOptions,
): Selection<SVGGElement, undefined, null, undefined> {
  const { full, width, height, marginLeft, marginRight, binPx = 2 } = options;
  const plotWidth = Math.max(20, width - marginLeft - marginRight);
  const stripHeight = Math.max(8, height - AXIS_HEIGHT);
  const laneHeight = stripHeight / Math.max(1, layout.lanes.length);
  const bins = densityBins(items, layout.laneOf, { domain: full, range: [0, plotWidth] }, binPx);
  const most = Math.max(1, ...bins.map((b) => b.count));
  svg.attr('width', width).attr('height', height).attr('viewBox', `0 0 ${width} ${height}`).attr('aria-hidden', 'true');
  const g = svg.append('g').attr('class', 'timeline__overview-plot').attr('transform', `translate(${marginLeft},0)`)
    .attr('data-width', plotWidth).attr('data-height', stripHeight);
  g.append('rect').attr('class', 'timeline__overview-bg').attr('width', plotWidth).attr('height', stripHeight);
  g.append('g').attr('class', 'timeline__overview-lanes').selectAll('path').data(layout.lanes).join('path')
    .attr('class', 'timeline__overview-lane')
    .attr('d', (_, lane) => bins.filter((b) => b.lane === lane).map((b) => {
      const h = Math.max(1, (laneHeight - 1) * Math.sqrt(b.count / most));
      const y = (lane + 1) * laneHeight - h;
      return `M${round(b.x0)},${round(y)}h${round(b.x1 - b.x0)}v${round(h)}h${round(b.x0 - b.x1)}Z`;
    }).join(''));
  const x = scaleUtc().domain([full[0], full[1]]).range([0, plotWidth]);
  const ticks = x.ticks(Math.max(2, Math.floor(plotWidth / 110)));
  g.append('g').attr('class', 'timeline__overview-axis').attr('transform', `translate(0,${stripHeight})`)
    .call(axisBottom(x).tickValues(ticks).tickFormat(timeTickFormat(ticks)).tickSizeOuter(0));
  return g;
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}
