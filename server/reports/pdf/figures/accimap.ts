import type { AccimapFigure, AccimapNode } from '../../../../templates/document';
import { layoutAccimap } from '../../../../client/src/charts/causal/layout';
import { pageStubs, paginateLayout, type LayoutPage, type PageStub } from '../../../../client/src/charts/causal/pages';
import type { CausalLayout, PlacedEdge, PlacedNode } from '../../../../client/src/charts/causal/types';
import type { Flow } from '../flow';
import { FONT } from '../fonts';
import { theme } from '../theme';

type Struct = PDFKit.PDFStructureElement;
type Point = { x: number; y: number };

const SIZES = { nodeHeight: 36, minNodeWidth: 80, maxNodeWidth: 132, gap: 6, rowGap: 22, bandPadding: 8, labelWidth: 66, emptyBandHeight: 22 };
const CAPTION_SPACE = theme.captionSpace;

const fills: Record<AccimapNode['tone'], [string, string]> = {
  hindered: [theme.colour.hindered, theme.colour.hinderedLine],
  supported: [theme.colour.supported, theme.colour.supportedLine],
  event: [theme.colour.event, theme.colour.muted],
  outcome: [theme.colour.outcome, theme.colour.outcome],
};

/** The points an edge is drawn through, page y: its start, the top and bottom of each free lane it takes past a row, its end. */
export function edgePoints(edge: PlacedEdge, dy: number): Point[] {
  return [{ x: edge.x1, y: edge.y1 }, ...(edge.via ?? []), { x: edge.x2, y: edge.y2 }].map((p) => ({ x: p.x, y: p.y + dy }));
}

/** Strokes a line through `points` and fills an arrowhead at the last one, along the last segment. */
function arrow(doc: PDFKit.PDFDocument, points: readonly Point[]): void {
  const end = points[points.length - 1]!;
  const before = points[points.length - 2]!;
  const angle = Math.atan2(end.y - before.y, end.x - before.x);
  const size = 3.6;
  doc.moveTo(points[0]!.x, points[0]!.y);
  for (const p of points.slice(1)) doc.lineTo(p.x, p.y);
  doc.lineWidth(0.6).strokeColor(theme.colour.muted).stroke();
  doc.moveTo(end.x, end.y)
    .lineTo(end.x - size * Math.cos(angle - 0.45), end.y - size * Math.sin(angle - 0.45))
    .lineTo(end.x - size * Math.cos(angle + 0.45), end.y - size * Math.sin(angle + 0.45))
    .closePath().fillColor(theme.colour.muted).fill();
}

interface PageContext {
  flow: Flow;
  layout: CausalLayout;
  page: LayoutPage;
  /** Converts a layout y to a page y. */
  dy: number;
  /** Printed page number (1-based) of each node. */
  pageOf: Map<string, number>;
  byId: Map<string, PlacedNode>;
  info: Map<string, AccimapNode>;
}

function drawBands(c: PageContext): void {
  const { flow, layout, page, dy } = c;
  const doc = flow.doc;
  layout.bands.forEach((band, i) => {
    const top = Math.max(band.y, page.top);
    const bottom = Math.min(band.y + band.height, page.top + page.height);
    if (bottom <= top) return;
    doc.rect(flow.left, top + dy, flow.width, bottom - top).fillColor(theme.colour.band[i % 2]!).fill();
    doc.font(FONT.condBold).fontSize(theme.size.diagram + 0.4).fillColor(theme.colour.accent)
      .text(band.label, flow.left + 4, top + dy + 4, { width: SIZES.labelWidth - 8, height: bottom - top - 4, lineGap: 0 });
    if (band.rows === 0) {
      doc.font(FONT.cond).fontSize(theme.size.diagram).fillColor(theme.colour.muted)
        .text('None recorded at this level', flow.left + SIZES.labelWidth, top + dy + 4, { lineBreak: false });
    }
  });
}

/** "F-03, F-12 +2 (pp. 18–21)": the other ends of a stub by reference, with the pages they are on. */
function stubLabel(c: PageContext, stub: PageStub): string {
  const refs = stub.otherIds.map((id) => c.info.get(id)?.ref ?? '?');
  const shown = refs.slice(0, 3).join(', ') + (refs.length > 3 ? ` +${refs.length - 3}` : '');
  const pages = [...new Set(stub.otherIds.map((id) => c.pageOf.get(id) ?? 0))].sort((a, b) => a - b);
  const where = pages.length === 1 ? `p. ${pages[0]}` : `pp. ${pages[0]}–${pages[pages.length - 1]}`;
  return `${stub.direction === 'out' ? 'to' : 'from'} ${shown} (${where})`;
}

function drawStub(c: PageContext, stub: PageStub): void {
  const doc = c.flow.doc;
  const node = c.byId.get(stub.nodeId)!;
  const x = node.x + node.width / 2 + (stub.direction === 'out' ? -4 : 4);
  const edge = (stub.side === 'bottom' ? node.y + node.height : node.y) + c.dy;
  const away = edge + (stub.side === 'bottom' ? 8 : -8);
  const [from, to] = stub.direction === 'out' ? [edge, away] : [away, edge];
  arrow(doc, [{ x, y: from }, { x, y: to }]);
  const label = stubLabel(c, stub);
  doc.font(FONT.cond).fontSize(theme.size.diagram - 1).fillColor(theme.colour.muted);
  // Outgoing labels sit left of their arrow and incoming ones right, so a node's two stubs on one side never collide.
  const width = doc.widthOfString(label);
  const left = stub.direction === 'out' ? Math.max(c.flow.left, x - 2 - width) : Math.min(x + 2, c.flow.right - width);
  doc.text(label, left, Math.min(edge, away) + 1, { lineBreak: false });
}

function drawEdges(c: PageContext): void {
  const on = new Set(c.page.nodeIds);
  for (const edge of c.layout.edges) {
    if (on.has(edge.from) && on.has(edge.to)) arrow(c.flow.doc, edgePoints(edge, c.dy));
  }
  for (const stub of pageStubs(c.layout, c.page)) drawStub(c, stub);
}

function drawNode(c: PageContext, node: PlacedNode): void {
  const doc = c.flow.doc;
  const info = c.info.get(node.id)!;
  const [fill, line] = fills[info.tone];
  const y = node.y + c.dy;
  doc.roundedRect(node.x, y, node.width, node.height, 2).lineWidth(0.6).fillColor(fill).strokeColor(line).fillAndStroke();
  const colour = info.tone === 'outcome' ? '#ffffff' : theme.colour.text;
  const options = { width: node.width - 6, height: node.height - 5, ellipsis: true, lineGap: 0 };
  doc.font(FONT.condBold).fontSize(theme.size.diagram).fillColor(colour).text(`${info.ref} `, node.x + 3, y + 3, { ...options, continued: true });
  doc.font(FONT.cond).text(info.label.replace(/\s+/g, ' '), { ...options, continued: false });
}

/** The AcciMap laid out `width` wide with its left edge at `left`: cards, bands, edges and the lanes edges take. */
export function placeAccimap(data: AccimapFigure, left: number, width: number): CausalLayout {
  return shiftX(layoutAccimap(data.nodes, data.edges, { ...SIZES, width }), left);
}

function shiftX(layout: CausalLayout, dx: number): CausalLayout {
  return {
    ...layout,
    nodes: layout.nodes.map((n) => ({ ...n, x: n.x + dx })),
    edges: layout.edges.map((e) => ({ ...e, x1: e.x1 + dx, x2: e.x2 + dx, ...(e.via ? { via: e.via.map((p) => ({ x: p.x + dx, y: p.y })) } : {}) })),
  };
}

/**
 * Draws the AcciMap with the shared pure layout: on the current page when it fits, otherwise from a new page,
 * split between bands (or rows of a tall band); arrows leaving a page end in a stub naming the target and its page.
 */
export function drawAccimap(flow: Flow, figure: Struct, data: AccimapFigure): void {
  const layout = placeAccimap(data, flow.left, flow.width);
  if (layout.height + CAPTION_SPACE > flow.space) flow.newPage();
  const pages = paginateLayout(layout, flow.space - CAPTION_SPACE);
  const firstPage = flow.pageIndex + 1;
  const pageOf = new Map<string, number>();
  pages.forEach((p, i) => p.nodeIds.forEach((id) => pageOf.set(id, firstPage + i)));
  const byId = new Map(layout.nodes.map((n) => [n.id, n]));
  const info = new Map(data.nodes.map((n) => [n.id, n]));
  pages.forEach((page, i) => {
    if (i > 0) flow.newPage();
    const top = flow.y;
    const c: PageContext = { flow, layout, page, dy: top - page.top, pageOf, byId, info };
    flow.withoutBottomMargin(() => figure.add(() => {
      drawBands(c);
      drawEdges(c);
      for (const id of page.nodeIds) drawNode(c, byId.get(id)!);
    }));
    flow.y = top + page.height + 4;
  });
}
