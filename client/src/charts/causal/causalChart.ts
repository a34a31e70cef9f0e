import { create } from 'd3';
import './causal.scss';
import { layoutAccimap } from './layout';
import type { CausalBand, CausalLayout, PlacedEdge } from './types';
import { charsFor, wrapText } from './wrap';
import { edgePath } from './edgePath';

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
}

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
  /** The drawn group of a node, or null. */
  nodeElement(id: string): SVGGElement | null;
}

const r = (v: number) => Math.round(v * 10) / 10;

/**
 * Draws the causal graph as an AcciMap: horizontal bands from systemic at the top to individual, then the
 * events and the outcome; factor cards coloured by category (supporting factors hollow and labelled),
 * arrows for causal links. Layout is layoutAccimap's; interaction is attached by the other modules here.
 */
export function causalChart(data: CausalChartData, options: CausalChartOptions): CausalChart {
  const {
    width, maxHeight = 720, nodeHeight = 78, minNodeWidth = 150, maxNodeWidth = 230, gap = 14, rowGap = 34,
    bandPadding = 14, labelWidth = 118, emptyBandHeight = 48, fontSize = 12, label = 'Causal diagram',
    idPrefix = 'causal', addableBands = [],
  } = options;

  const layout = layoutAccimap(data.nodes, data.edges, {
    width, nodeHeight, minNodeWidth, maxNodeWidth, gap, rowGap, bandPadding, labelWidth, emptyBandHeight,
  });
  const height = Math.min(layout.height, maxHeight);
  const segments = new Map<string, PlacedEdge>(layout.edges.map((e) => [`${e.from}\u0000${e.to}`, e]));
  const drawn = new Set<string>();
  const edges = data.edges.flatMap((e) => {
    const key = `${e.from}\u0000${e.to}`;
    const segment = segments.get(key);
    if (!segment || drawn.has(key)) return [];
    drawn.add(key);
    return [{ edge: e, d: edgePath(segment) }];
  });
  const placed = data.nodes.map((n, i) => ({ node: n, at: layout.nodes[i]! }));
  const first = firstInReadingOrder(layout);

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
  bands.append('rect').attr('x', 0).attr('y', (b) => r(b.y)).attr('width', width).attr('height', (b) => r(b.height));
  bands.append('text').attr('class', 'causal__band-label').attr('x', 10).attr('y', (b) => r(b.y + 22)).text((b) => b.label);
  const addable = bands.filter((b) => addableBands.includes(b.band)).append('g').attr('class', 'causal__band-add')
    .attr('role', 'button').attr('tabindex', 0).attr('data-band', (b) => b.band)
    .attr('aria-label', (b) => `Add a factor at the ${b.label.toLowerCase()} level`);
  addable.append('rect').attr('x', 6).attr('y', (b) => r(b.y + 29)).attr('width', 100).attr('height', 20).attr('rx', 3);
  addable.append('text').attr('x', 12).attr('y', (b) => r(b.y + 43)).text('+ Add factor');

  viewport.append('g').attr('class', 'causal__edge-hits').selectAll('path').data(edges).join('path')
    .attr('class', 'causal__edge-hit').attr('data-id', (e) => e.edge.id).attr('d', (e) => e.d);
  viewport.append('g').attr('class', 'causal__edges').selectAll('path').data(edges).join('path')
    .attr('class', 'causal__edge').attr('data-id', (e) => e.edge.id).attr('data-from', (e) => e.edge.from)
    .attr('data-to', (e) => e.edge.to).attr('d', (e) => e.d).attr('marker-end', `url(#${idPrefix}-arrow)`);

  const nodes = viewport.append('g').attr('class', 'causal__nodes').selectAll('g').data(placed).join('g')
    .attr('class', ({ node }) => nodeClass(node)).attr('data-id', ({ node }) => node.id)
    .attr('transform', ({ at }) => `translate(${r(at.x)},${r(at.y)})`)
    .attr('role', 'button').attr('tabindex', (_, i) => (i === first ? 0 : -1))
    .attr('aria-pressed', 'false').attr('aria-label', ({ node }) => node.description);
  nodes.append('rect').attr('class', ({ node }) => cardClass(node))
    .attr('width', ({ at }) => r(at.width)).attr('height', nodeHeight).attr('rx', 4);
  nodes.append('text').attr('class', 'causal__heading').attr('x', 8).attr('y', 15)
    .text(({ node, at }) => wrapText(node.heading, charsFor(at.width - 16, (fontSize - 2) * 1.12), 1)[0] ?? '');
  nodes.append('text').attr('class', 'causal__label').selectAll('tspan')
    .data(({ node, at }) => wrapText(node.label, charsFor(at.width - 16, fontSize), node.kind === 'outcome' ? 4 : 3))
    .join('tspan').attr('x', 8).attr('y', (_, i) => 31 + i * (fontSize + 2)).text((line) => line);
  nodes.append('text').attr('class', 'causal__detail').attr('x', 8).attr('y', nodeHeight - 7)
    .text(({ node, at }) => wrapText(node.detail, charsFor(at.width - 16, fontSize - 2), 1)[0] ?? '');

  svg.append('g').attr('class', 'causal__overlay').attr('aria-hidden', 'true');

  const root = svg.node()!;
  const byId = new Map<string, SVGGElement>();
  nodes.each(function (d) { byId.set(d.node.id, this as SVGGElement); });
  return Object.assign(root, {
    layout,
    data,
    viewport: viewport.node()!,
    overlay: root.querySelector<SVGGElement>('.causal__overlay')!,
    viewWidth: width,
    viewHeight: height,
    idPrefix,
    nodeElement: (id: string) => byId.get(id) ?? null,
  });
}

/** The index (in data order) of the first node a reader meets: top row, leftmost. */
function firstInReadingOrder(layout: CausalLayout): number {
  const first = layout.rows[0]?.nodeIds[0];
  return first === undefined ? -1 : layout.nodes.findIndex((n) => n.id === first);
}

function nodeClass(node: CausalChartNode): string {
  return `causal__node causal__node--${node.kind}${node.supporting ? ' is-supporting' : ''}${node.reviewStatus ? ` is-${node.reviewStatus}` : ''}`;
}

function cardClass(node: CausalChartNode): string {
  if (node.kind !== 'factor') return `causal__card causal__card--${node.kind}`;
  return `causal__card causal__card--slot-${node.slot ?? 0}`;
}
