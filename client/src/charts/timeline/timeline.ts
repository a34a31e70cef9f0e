import { axisTop, create, scaleUtc } from 'd3';
import './timeline.scss';
import { episodeBands, episodePeriods, gapBands } from './bands';
import { drawCanvasMarks, prepareCanvas, readPalette } from './canvasMarks';
import { markAt } from './hitTest';
import { truncate, wrapLabel } from './labels';
import { layoutLanes, sortItems, visibleMarks, type VisibleLayout } from './layout';
import { drawOverview } from './overview';
import { drawRings } from './rings';
import { fullDomain } from './scale';
import { timeTickFormat } from './tickFormat';
import { drawOverflow, drawSvgMarks } from './svgMarks';
import type { EpisodeSpan, GapSpan, Lane, LaneSource, Mark, TimelineItem } from './types';

/** What the timeline draws: entries, the agencies that give the lanes, episodes and gaps. */
export interface TimelineData {
  items: readonly TimelineItem[];
  agencies: readonly LaneSource[];
  episodes?: readonly EpisodeSpan[];
  gaps?: readonly GapSpan[];
}

/** Sizes, the initial view and drawing choices. Every size is in CSS pixels. */
export interface TimelineOptions {
  width: number;
  marginTop?: number;
  marginRight?: number;
  marginBottom?: number;
  marginLeft?: number;
  rowHeight?: number;
  lanePadding?: number;
  glyph?: number;
  gap?: number;
  maxRows?: number;
  overviewHeight?: number;
  /** The visible window [start, end] in ms; the whole chronology when left out. */
  domain?: readonly [number, number];
  /** Marks on canvas, in SVG, or (auto) SVG up to svgMarkLimit visible marks and canvas beyond. */
  renderer?: 'auto' | 'svg' | 'canvas';
  svgMarkLimit?: number;
  pixelRatio?: number;
  unattributedLabel?: string;
  label?: string;
  selected?: string | null;
  highlighted?: Iterable<string>;
}

/** The timeline element, with the handles the interaction functions and views use. */
export interface TimelineChart extends HTMLDivElement {
  /** The whole chronology's period. */
  readonly full: [number, number];
  readonly plot: { left: number; top: number; width: number; height: number; bottom: number };
  readonly lanes: readonly Lane[];
  /** The overview strip's plot group (the brush goes in it), with data-width and data-height. */
  readonly overview: SVGGElement;
  readonly items: readonly TimelineItem[];
  domain(): [number, number];
  /** Shows another window of time, redrawing only what is visible in it. */
  setDomain(domain: readonly [number, number]): void;
  /** Emphasises a set of entries and dims the rest (an empty set clears it). */
  highlight(ids: Iterable<string>): void;
  select(id: string | null): void;
  selected(): string | null;
  /** The mark at a point of the plot area (plot coordinates). */
  markAt(x: number, y: number): Mark | null;
  /** Which renderer drew the marks last and how many it drew. */
  stats(): { renderer: 'svg' | 'canvas'; marks: number; overflow: number };
}

const DAY = 86_400_000;

/** Draws the multi-agency chronology as swimlanes: one lane per agency, marks by kind, ranges for uncertain dates. */
export function timeline(data: TimelineData, options: TimelineOptions): TimelineChart {
  const {
    width, marginTop = 30, marginRight = 12, marginBottom = 18, marginLeft = 180, rowHeight = 16, lanePadding = 6,
    glyph = 10, gap = 3, maxRows = 4, overviewHeight = 48, renderer = 'auto', svgMarkLimit = 1500, pixelRatio = 1,
    unattributedLabel = 'Unattributed', label = 'Chronology timeline',
  } = options;

  const plotWidth = Math.max(20, width - marginLeft - marginRight);
  const items = sortItems(data.items);
  const periods = episodePeriods(data.episodes ?? [], items);
  const full = fullDomain([...items, ...periods]) ?? [0, DAY];
  const sizes = { glyph, gap, rowHeight, lanePadding, maxRows };
  const layout = layoutLanes(data.agencies, items, { domain: full, range: [0, plotWidth] }, sizes, { top: marginTop, unattributedLabel });
  const lastLane = layout.lanes.at(-1);
  const plotBottom = lastLane ? lastLane.y + lastLane.height : marginTop + rowHeight + 2 * lanePadding;
  const height = plotBottom + marginBottom;

  const laneKeys = layout.lanes.map((l) => l.key);
  const x = scaleUtc().domain(options.domain ?? full).range([0, plotWidth]);

  const root = create('div').attr('class', 'timeline').attr('tabindex', 0).attr('role', 'group').attr('aria-label', label);
  const main = root.append('div').attr('class', 'timeline__main');
  const back = main.append('svg').attr('class', 'timeline__back').attr('width', width).attr('height', height).attr('viewBox', `0 0 ${width} ${height}`);

  const lanes = back.append('g').attr('class', 'timeline__lanes').selectAll('g').data(layout.lanes).join('g')
    .attr('class', (_, i) => `timeline__lane${i % 2 ? ' timeline__lane--odd' : ''}`);
  lanes.append('rect').attr('x', 0).attr('y', (l) => l.y).attr('width', width).attr('height', (l) => l.height);
  const labelChars = Math.floor((marginLeft - 12) / 6.5);
  const laneLabels = lanes.append('text').attr('class', 'timeline__lane-label').attr('x', marginLeft - 8)
    .attr('y', (l) => l.y + lanePadding + rowHeight / 2);
  laneLabels.selectAll('tspan').data((l) => wrapLabel(l.label, labelChars, l.height >= 26 ? 2 : 1).map((text, i, all) => ({ text, dy: i === 0 ? -(all.length - 1) * 6.5 : 13 })))
    .join('tspan').attr('x', marginLeft - 8).attr('dy', (d) => d.dy).text((d) => d.text);
  laneLabels.append('title').text((l) => l.label);

  const axis = back.append('g').attr('class', 'timeline__axis').attr('transform', `translate(${marginLeft},${marginTop})`);
  const plot = back.append('svg').attr('class', 'timeline__plot').attr('x', marginLeft).attr('y', 0).attr('width', plotWidth).attr('height', height);
  const episodes = plot.append('g').attr('class', 'timeline__episodes');
  const gaps = plot.append('g').attr('class', 'timeline__gaps');
  const svgMarks = plot.append('g').attr('class', 'timeline__marks');
  const overflow = plot.append('g').attr('class', 'timeline__overflows');

  const canvas = main.append('canvas').attr('class', 'timeline__canvas').attr('aria-hidden', 'true')
    .style('left', `${marginLeft}px`).style('width', `${plotWidth}px`).style('height', `${height}px`);
  const front = main.append('svg').attr('class', 'timeline__front').attr('width', plotWidth).attr('height', height).style('left', `${marginLeft}px`);
  const rings = front.append('g').attr('class', 'timeline__rings');
  front.append('rect').attr('class', 'timeline__overlay').attr('x', 0).attr('y', marginTop).attr('width', plotWidth).attr('height', plotBottom - marginTop);

  const overview = drawOverview(root.append('svg').attr('class', 'timeline__overview'), items, layout, { full, width, height: overviewHeight, marginLeft, marginRight });

  let selectedId = options.selected ?? null;
  let highlighted = new Set(options.highlighted ?? []);
  let visible: VisibleLayout = { marks: [], overflow: [] };
  let used: 'svg' | 'canvas' = 'svg';

  function render(): void {
    const scale = { domain: [x.domain()[0]!.getTime(), x.domain()[1]!.getTime()] as const, range: [0, plotWidth] as const };
    const ticks = x.ticks(Math.max(2, Math.floor(plotWidth / 110)));
    axis.call(axisTop(x).tickValues(ticks).tickFormat(timeTickFormat(ticks)).tickSizeInner(-(plotBottom - marginTop)).tickSizeOuter(0).tickPadding(6));
    const ep = episodes.selectAll('g').data(episodeBands(periods, scale), (b) => (b as { id: string }).id).join((enter) => {
      const g = enter.append('g').attr('class', 'timeline__episode');
      g.append('rect');
      g.append('text').attr('class', 'timeline__episode-label');
      return g;
    });
    ep.select('rect').attr('x', (b) => b.x0).attr('y', marginTop).attr('width', (b) => b.x1 - b.x0).attr('height', plotBottom - marginTop + 16);
    ep.select('text').attr('x', (b) => b.x0 + 3).attr('y', plotBottom + 12).text((b) => truncate(b.label, Math.floor((b.x1 - b.x0 - 4) / 7)));
    gaps.selectAll('rect').data(gapBands(data.gaps ?? [], scale), (b) => (b as { id: string }).id).join((enter) => {
      const r = enter.append('rect').attr('class', 'timeline__gap');
      r.append('title');
      return r;
    }).attr('x', (b) => b.x0).attr('y', marginTop).attr('width', (b) => b.x1 - b.x0).attr('height', plotBottom - marginTop)
      .select('title').text((b) => b.label);

    visible = visibleMarks(items, layout, scale, sizes);
    const ctx = renderer === 'svg' || (renderer === 'auto' && visible.marks.length <= svgMarkLimit)
      ? null : prepareCanvas(canvas.node()!, plotWidth, height, pixelRatio);
    used = ctx ? 'canvas' : 'svg';
    drawSvgMarks(svgMarks, ctx ? [] : visible.marks, glyph, highlighted, laneKeys);
    if (ctx) drawCanvasMarks(ctx, visible.marks, glyph, readPalette(root.node()!), highlighted);
    else canvas.attr('width', 0).attr('height', 0);
    drawOverflow(overflow, visible.overflow, (lane) => (layout.lanes[lane]?.y ?? 0) + (layout.lanes[lane]?.height ?? 0) - 1, lanePadding);
    drawRings(rings, visible.marks, selectedId, highlighted, glyph);
  }
  render();

  const node = root.node()! as TimelineChart;
  return Object.assign(node, {
    full,
    plot: { left: marginLeft, top: marginTop, width: plotWidth, height: plotBottom - marginTop, bottom: plotBottom },
    lanes: layout.lanes,
    overview: overview.node()!,
    items,
    domain: () => [x.domain()[0]!.getTime(), x.domain()[1]!.getTime()] as [number, number],
    setDomain(domain: readonly [number, number]) { x.domain([domain[0], domain[1]]); render(); },
    highlight(ids: Iterable<string>) { highlighted = new Set(ids); render(); },
    select(id: string | null) { selectedId = id; drawRings(rings, visible.marks, selectedId, highlighted, glyph); },
    selected: () => selectedId,
    markAt: (px: number, py: number) => markAt(visible.marks, px, py, glyph / 2 + 2, rowHeight),
    stats: () => ({ renderer: used, marks: visible.marks.length, overflow: visible.overflow.reduce((n, b) => n + b.count, 0) }),
  });
}

