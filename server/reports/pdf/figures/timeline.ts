import type { TimelineFigure } from '../../../../templates/document';
import { buildLanes, laneIndexes } from '../../../../client/src/charts/timeline/lanes';
import { packRows } from '../../../../client/src/charts/timeline/packing';
import { fullDomain, pixelsPerMs, toPixel } from '../../../../client/src/charts/timeline/scale';
import type { Lane, TimeScale, TimelineItem } from '../../../../client/src/charts/timeline/types';
import type { EventKind } from '../../../../schema/contracts/enums';
import type { Flow } from '../flow';
import { FONT } from '../fonts';
import { theme } from '../theme';
import { calendarTicks, relativeTicks } from './ticks';

type Struct = PDFKit.PDFStructureElement;

const ROW = 4.2;
const LANE_PADDING = 3;
const MAX_ROWS = 4;
const LABEL_WIDTH = 132;
const AXIS = 22;
const CAPTION_SPACE = theme.captionSpace;

interface Packed { items: TimelineItem[]; lanes: Lane[]; laneOf: Int32Array; rows: Int32Array; scale: TimeScale }

function pack(flow: Flow, data: TimelineFigure): Packed | null {
  const items: TimelineItem[] = data.items
    .map((i, n) => ({ id: i.id, start: i.start, end: i.end, agencyId: i.agencyId, kind: i.kind as EventKind, uncertain: i.uncertain, approximate: false, sequence: n }))
    .sort((a, b) => a.start - b.start || a.sequence - b.sequence);
  const domain = fullDomain([...items, ...(data.marker ? [{ start: data.marker.at, end: data.marker.at }] : [])]);
  if (!domain) return null;
  const scale: TimeScale = { domain, range: [flow.left + LABEL_WIDTH, flow.right - 4] };
  const single = buildLanes(data.lanes, items, { rowHeight: ROW, lanePadding: LANE_PADDING });
  const laneOf = laneIndexes(single, items);
  const packing = packRows(items.map((i) => ({ start: i.start - domain[0], end: i.end - domain[0] })), laneOf, single.length, {
    pxPerMs: pixelsPerMs(scale), glyph: 3, gap: 1, maxRows: MAX_ROWS,
  });
  const rows = new Map(single.map((l, i) => [l.key, Math.max(1, packing.rowsUsed[i] ?? 1)]));
  const lanes = buildLanes(data.lanes, items, { rowHeight: ROW, lanePadding: LANE_PADDING, rows });
  return { items, lanes, laneOf, rows: packing.rows, scale };
}

function drawAxis(flow: Flow, p: Packed, data: TimelineFigure, y: number): void {
  const doc = flow.doc;
  const [start, end] = p.scale.domain;
  const ticks = data.axis === 'relative' && data.marker ? relativeTicks(start, end, data.marker.at) : calendarTicks(start, end);
  doc.moveTo(p.scale.range[0], y).lineTo(p.scale.range[1], y).lineWidth(0.5).strokeColor(theme.colour.muted).stroke();
  doc.font(FONT.cond).fontSize(theme.size.diagram).fillColor(theme.colour.muted);
  for (const tick of ticks) {
    const x = toPixel(p.scale, tick.at);
    doc.moveTo(x, y).lineTo(x, y + 3).stroke();
    doc.text(tick.label, x - 30, y + 5, { width: 60, align: 'center', lineBreak: false });
  }
}

function drawLanes(flow: Flow, p: Packed, data: TimelineFigure, lanes: number[], top: number): number {
  const doc = flow.doc;
  let y = top;
  const offsets = new Map<number, number>();
  for (const li of lanes) {
    const lane = p.lanes[li]!;
    offsets.set(li, y);
    doc.rect(flow.left, y, flow.width, lane.height).fillColor(theme.colour.band[li % 2]!).fill();
    doc.font(FONT.cond).fontSize(theme.size.diagram).fillColor(theme.colour.text)
      .text(lane.label, flow.left + 3, y + 2, { width: LABEL_WIDTH - 8, height: Math.max(lane.height - 2, 8), ellipsis: true, lineGap: 0 });
    y += lane.height;
  }
  p.items.forEach((item, i) => {
    const laneTop = offsets.get(p.laneOf[i]!);
    if (laneTop === undefined) return;
    const lane = p.lanes[p.laneOf[i]!]!;
    const row = p.rows[i]! < 0 ? lane.rows - 1 : p.rows[i]!;
    const cy = laneTop + LANE_PADDING + row * ROW + ROW / 2;
    const x0 = toPixel(p.scale, item.start);
    const x1 = toPixel(p.scale, item.end);
    const colour = item.kind === 'non_event' ? theme.colour.hinderedLine : theme.colour.accent;
    if (x1 - x0 >= 3) doc.rect(x0, cy - 1.4, x1 - x0, 2.8).lineWidth(0.3).fillColor(colour).fillOpacity(item.uncertain ? 0.25 : 0.5).fill().fillOpacity(1);
    else doc.circle((x0 + x1) / 2, cy, 1.3).fillColor(colour).fill();
  });
  if (data.marker) {
    const x = toPixel(p.scale, data.marker.at);
    doc.moveTo(x, top - 8).lineTo(x, y).lineWidth(0.8).strokeColor(theme.colour.banner).stroke();
    doc.font(FONT.condBold).fontSize(theme.size.diagram).fillColor(theme.colour.banner).text(data.marker.label, x + 2, top - 9, { lineBreak: false });
  }
  return y;
}

/** Draws the timeline overview: one lane per agency (split over pages when there are many), ranges for uncertain dates. */
export function drawTimeline(flow: Flow, figure: Struct, data: TimelineFigure): void {
  const p = pack(flow, data);
  if (!p) return;
  const height = (l: number) => p.lanes[l]!.height;
  const groups: number[][] = [[]];
  let used = 0;
  const budget = flow.pageBody - AXIS - CAPTION_SPACE - 12;
  p.lanes.forEach((_, li) => {
    if (used + height(li) > budget && groups[groups.length - 1]!.length > 0) { groups.push([]); used = 0; }
    groups[groups.length - 1]!.push(li);
    used += height(li);
  });
  groups.forEach((lanes, gi) => {
    const total = lanes.reduce((s, l) => s + height(l), 0) + AXIS + 12 + (gi === groups.length - 1 ? CAPTION_SPACE : 0);
    if (gi > 0 || total > flow.space) flow.newPage();
    const top = flow.y + 12;
    flow.withoutBottomMargin(() => figure.add(() => {
      const bottom = drawLanes(flow, p, data, lanes, top);
      drawAxis(flow, p, data, bottom);
    }));
    flow.y = top + total - 12 - (gi === groups.length - 1 ? CAPTION_SPACE : 0);
  });
}
