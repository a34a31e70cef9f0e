import { create } from 'd3';
import './causal.scss';
import { layoutAccimap } from './layout';
import type { CausalBand, CausalLayout } from './types';
import { placeEdges, type DrawnEdge } from './edgePath';
import { enterCards, enterCompactCards, type PlacedCard } from './marks';
import { viewWindow, visibleEdges, visibleNodes } from './visible';
import { applyHighlight, noHighlight, type CausalHighlight } from './highlight';

/** A node to draw: a factor card in its level's band, an event card, or the outcome. */
export interface CausalChartNode {
  id: string;
  kind: 'factor' | 'event' | 'outcome';
  band: CausalBand;
  /** The small first line: a factor's category, an event's date, "Outcome". */
  heading: string;
  /** The statement, the event's description or the outcome statement. */
  label: string;
  /** The last line: "Supporting · Accepted · Likely", an event's kind. */
  detail: string;
  /** The whole card in words, for screen readers. */
  description: string;
  /** Palette slot of a factor's category (see palette.ts). */
  slot?: number;
  supporting?: boolean;
  reviewStatus?: string;
}

/** A causal link to draw: `from` contributed to `to`, for the reason given. */
export interface CausalChartEdge {
  id: string;
  from: string;
  to: string;
  rationale: string;
}

/** What the AcciMap draws. */
export interface CausalChartData {
  nodes: readonly CausalChartNode[];
  edges: readonly CausalChartEdge[];
}

/** Sizes (CSS pixels) and drawing choices. */
export interface CausalChartOptions {
  width: number;
  /** The visible height; a taller diagram is panned and zoomed within it. */
  maxHeight?: number;
  nodeHeight?: number;
  minNodeWidth?: number;
  maxNodeWidth?: number;
  gap?: number;
  rowGap?: number;
  bandPadding?: number;
  labelWidth?: number;
  emptyBandHeight?: number;
  fontSize?: number;
  label?: string;
  /** Prefix of the element ids inside the chart (markers), unique on the page. */
  idPrefix?: string;
  /** Bands that get an "Add a factor" button under their label. */
  addableBands?: readonly CausalBand[];
  /**
   * Crossing-reduction sweeps of the layout. Each sweep recounts every pair of links, so large analyses
   * get two sweeps by default (most of the gain comes from the first ones) and the rest eight.
   */
  sweeps?: number;
}

/** Above this many links the layout makes two crossing-reduction sweeps instead of eight. */
export const MANY_LINKS = 1_500;
/** Below this zoom scale cards are drawn as plain boxes and arrows get no hover target. */
export const COMPACT_SCALE = 0.35;

/** The AcciMap element, with the handles the interaction functions use. */
export interface CausalChart extends SVGSVGElement {
  readonly layout: CausalLayout;
  readonly data: CausalChartData;
  /** The group that pans and zooms. */
  readonly viewport: SVGGElement;
  /** A layer above the viewport for tooltips and the focus ring (not zoomed). */
  readonly overlay: SVGGElement;
  readonly viewWidth: number;
  readonly viewHeight: number;
  readonly idPrefix: string;
  /** The drawn group of a node, or null when it is not drawn (off screen). */
  nodeElement(id: string): SVGGElement | null;
  /** Draws the cards and arrows in view through a zoom transform (the zoom behaviour calls it). */
  renderView(t: { x: number; y: number; k: number }): void;
  /** Emphasises a selection and its chain (see highlight.ts); kept across redraws. */
  highlight(h: CausalHighlight): void;
  /** Makes a card the one tab stop among the cards, drawing it if needed. */
  setTabStop(id: string): void;
}

const r = (v: number) => Math.round(v * 10) / 10;

/**
 * Draws the causal graph as an AcciMap: horizontal bands from systemic at the top to individual, then the
 * events and the outcome; factor cards coloured by category (supporting factors hollow and labelled),
 * arrows for causal links. Only the cards and arrows near the visible part are in the DOM, so very large
 * analyses stay quick; the outline gives screen-reader users the whole analysis. Layout is layoutAccimap's;
 * interaction is attached by the other modules here.
 */
export function causalChart(data: CausalChartData, options: CausalChartOptions): CausalChart {
  const {
    width, maxHeight = 720, nodeHeight = 84, minNodeWidth = 150, maxNodeWidth = 230, gap = 14, rowGap = 34,
    bandPadding = 14, labelWidth = 136, emptyBandHeight = 48, fontSize = 12, label = 'Causal diagram',
    idPrefix = 'causal', addableBands = [], sweeps = data.edges.length > MANY_LINKS ? 2 : 8,
  } = options;

  const layout = layoutAccimap(data.nodes, data.edges, {
    width, nodeHeight, minNodeWidth, maxNodeWidth, gap, rowGap, bandPadding, labelWidth, emptyBandHeight, sweeps,
  });
  const height = Math.min(layout.height, maxHeight);
  const edges = placeEdges(data.edges, layout);
  const cards: PlacedCard[] = data.nodes.map((n, i) => ({ node: n, at: layout.nodes[i]! }));
  const cardOf = new Map(cards.map((c) => [c.node.id, c]));

  const svg = create('svg').attr('class', 'causal').attr('width', width).attr('height', height)
    .attr('viewBox', `0 0 ${width} ${height}`).attr('role', 'group').attr('tabindex', 0).attr('aria-label', label)
    .attr('aria-roledescription', 'causal diagram');
  const defs = svg.append('defs');
  for (const variant of ['', '-chain']) {
    defs.append('marker').attr('id', `${idPrefix}-arrow${variant}`).attr('class', `causal__arrow${variant ? ' causal__arrow--chain' : ''}`)
      .attr('viewBox', '0 0 10 10').attr('refX', 9).attr('refY', 5).attr('markerWidth', 7).attr('markerHeight', 7)
      .attr('markerUnits', 'userSpaceOnUse').attr('orient', 'auto')
      .append('path').attr('d', 'M0,0L10,5L0,10z');
  }

  const viewport = svg.append('g').attr('class', 'causal__viewport');
  const bands = viewport.append('g').attr('class', 'causal__bands').selectAll('g').data(layout.bands).join('g')
    .attr('class', (b) => `causal__band causal__band--${b.band}`);
  bands.append('rect').attr('x', 0).attr('y', (b) => r(b.y)).attr('width', Math.max(width, layout.width)).attr('height', (b) => r(b.height));
  bands.append('text').attr('class', 'causal__band-label').attr('x', 10).attr('y', (b) => r(b.y + 22)).text((b) => b.label);
  const addable = bands.filter((b) => addableBands.includes(b.band)).append('g').attr('class', 'causal__band-add')
    .attr('role', 'button').attr('tabindex', 0).attr('data-band', (b) => b.band)
    .attr('aria-label', (b) => `Add a factor at the ${b.label.toLowerCase()} level`);
  addable.append('rect').attr('x', 6).attr('y', (b) => r(b.y + 29)).attr('width', 100).attr('height', 20).attr('rx', 3);
  addable.append('text').attr('x', 12).attr('y', (b) => r(b.y + 43)).text('+ Add factor');

  const hitLayer = viewport.append('g').attr('class', 'causal__edge-hits');
  const edgeLayer = viewport.append('g').attr('class', 'causal__edges');
  const nodeLayer = viewport.append('g').attr('class', 'causal__nodes');
  svg.append('g').attr('class', 'causal__overlay').attr('aria-hidden', 'true');

  const root = svg.node()!;
  const byId = new Map<string, SVGGElement>();
  let highlighted: CausalHighlight = noHighlight;
  let tabStop: string | null = layout.rows[0]?.nodeIds[0] ?? null;
  let view = { x: 0, y: 0, k: 1 };
  let compact = false;
  type Drawn = DrawnEdge<CausalChartEdge>;

  function renderView(t: { x: number; y: number; k: number }): void {
    view = { x: t.x, y: t.y, k: t.k };
    if ((view.k < COMPACT_SCALE) !== compact) {
      compact = !compact;
      nodeLayer.selectAll('*').remove();
      svg.classed('is-compact', compact);
    }
    const win = viewWindow(view, width, height);
    const keep = new Set([tabStop, highlighted.selected].filter((id): id is string => id !== null));
    const shownEdges = visibleEdges(edges, win);
    hitLayer.selectAll<SVGPathElement, Drawn>('path').data(compact ? [] : shownEdges, (e) => e.edge.id)
      .join((enter) => enter.append('path').attr('class', 'causal__edge-hit').attr('data-id', (e) => e.edge.id).attr('d', (e) => e.d));
    edgeLayer.selectAll<SVGPathElement, Drawn>('path').data(shownEdges, (e) => e.edge.id)
      .join((enter) => enter.append('path').attr('class', 'causal__edge').attr('data-id', (e) => e.edge.id)
        .attr('data-from', (e) => e.edge.from).attr('data-to', (e) => e.edge.to).attr('d', (e) => e.d));
    const shownCards = visibleNodes(layout.nodes, win, keep).map((n) => cardOf.get(n.id)!);
    const nodes = nodeLayer.selectAll<SVGGElement, PlacedCard>('g.causal__node').data(shownCards, (c) => c.node.id)
      .join((enter) => (compact ? enterCompactCards(enter, nodeHeight) : enterCards(enter, nodeHeight, fontSize)))
      .attr('tabindex', (c) => (c.node.id === tabStop ? 0 : -1));
    byId.clear();
    nodes.each(function (c) { byId.set(c.node.id, this); });
    applyHighlight(root, highlighted, idPrefix);
  }
  renderView(view);

  return Object.assign(root, {
    layout,
    data,
    viewport: viewport.node()!,
    overlay: root.querySelector<SVGGElement>('.causal__overlay')!,
    viewWidth: width,
    viewHeight: height,
    idPrefix,
    nodeElement: (id: string) => byId.get(id) ?? null,
    renderView,
    highlight(h: CausalHighlight) {
      const redraw = h.selected !== null && !byId.has(h.selected);
      highlighted = h;
      if (redraw) renderView(view);
      else applyHighlight(root, h, idPrefix);
    },
    setTabStop(id: string) {
      if (!cardOf.has(id)) return;
      tabStop = id;
      renderView(view);
    },
  });
}
