import type { PlacedEdge, PlacedNode, PlacedRow } from './types';

/** Room kept between an edge and a card it passes. */
const CLEARANCE = 3;
/**
 * Edges passing more rows than this stay straight: only very large analyses (hundreds of factors, shown as plain
 * boxes when zoomed out) have them, and leading each past every card would cost more than it shows.
 */
export const MAX_ROUTED_ROWS = 24;

/** Where an edge may pass a row: between `left` and `right`, in the gaps `gap` wide between and beside its cards. */
export interface RowBounds { left: number; right: number; gap: number }

/** A row as the router sees it: its top and bottom, its cards' spans from left to right, and its free lanes. */
interface RowSpans { top: number; bottom: number; spans: [number, number][]; lanes: number[] }

function rowSpans(cards: readonly PlacedNode[], bounds: RowBounds): RowSpans {
  const sorted = [...cards].sort((a, b) => a.x - b.x);
  const spans = sorted.map((c): [number, number] => [c.x - CLEARANCE, c.x + c.width + CLEARANCE]);
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  const lanes = [first.x - bounds.gap / 2, last.x + last.width + bounds.gap / 2].filter((l) => l >= bounds.left && l <= bounds.right);
  for (let i = 1; i < sorted.length; i++) {
    const end = sorted[i - 1]!.x + sorted[i - 1]!.width;
    if (sorted[i]!.x - end >= 2 * CLEARANCE) lanes.push((end + sorted[i]!.x) / 2);
  }
  return { top: first.y, bottom: first.y + Math.max(...cards.map((c) => c.height)), spans, lanes: lanes.sort((a, b) => a - b) };
}

/** The nearest of sorted values to x. */
function nearest(sorted: readonly number[], x: number): number | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  const after = sorted[lo];
  const before = sorted[lo - 1];
  if (before === undefined) return after;
  if (after === undefined) return before;
  return x - before <= after - x ? before : after;
}

function lane(row: RowSpans, x: number): number {
  const { spans } = row;
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]![1] <= x) lo = mid + 1;
    else hi = mid;
  }
  const hit = spans[lo];
  return hit && x > hit[0] && x < hit[1] ? nearest(row.lanes, x) ?? x : x;
}

/** The x nearest to `x` at which a line passes the row's cards without touching one: `x` itself when it is clear. */
export function laneThrough(cards: readonly PlacedNode[], x: number, bounds: RowBounds): number {
  return lane(rowSpans(cards, bounds), x);
}

/**
 * Routes every edge between rows around the cards of the rows it passes: where the straight line would cross a card
 * (so that an unrelated card looks like a link in the chain), the edge goes down the nearest free lane of that row
 * instead; rows passed one after another in the same lane share one stretch of line, and between lanes the edge
 * curves freely. Edges that cross no card, or pass more than MAX_ROUTED_ROWS rows, are left unchanged.
 */
export function routeEdges(edges: readonly PlacedEdge[], rows: readonly PlacedRow[], placed: ReadonlyMap<string, PlacedNode>, bounds: RowBounds): PlacedEdge[] {
  const spans = rows.map((r) => rowSpans(r.nodeIds.map((id) => placed.get(id)!), bounds));
  return edges.map((edge) => {
    const a = placed.get(edge.from)!;
    const b = placed.get(edge.to)!;
    if (Math.abs(a.row - b.row) < 2 || Math.abs(a.row - b.row) > MAX_ROUTED_ROWS + 1) return edge;
    const step = a.row < b.row ? 1 : -1;
    const via: { x: number; y: number }[] = [];
    let from = { x: edge.x1, y: edge.y1 };
    let previous = -1;
    for (let r = a.row + step; r !== b.row; r += step) {
      const row = spans[r]!;
      const x = from.x + ((edge.x2 - from.x) * ((row.top + row.bottom) / 2 - from.y)) / (edge.y2 - from.y);
      const at = lane(row, x);
      if (at === x) continue;
      const [enter, leave] = step > 0 ? [row.top, row.bottom] : [row.bottom, row.top];
      const last = via[via.length - 1];
      if (last && last.x === at && r - step === previous) last.y = leave;
      else via.push({ x: at, y: enter }, { x: at, y: leave });
      from = { x: at, y: leave };
      previous = r;
    }
    return via.length > 0 ? { ...edge, via } : edge;
  });
}
