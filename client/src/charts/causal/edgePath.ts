import type { CausalLayout, PlacedEdge } from './types';

const r = (v: number) => Math.round(v * 10) / 10;

/**
 * The SVG path of a causal edge: a vertical S-curve between rows (it leaves and enters the cards straight,
 * so arrowheads point into the card), straight down each free lane it takes through a row in between,
 * a straight line between cards of one row.
 */
export function edgePath(e: PlacedEdge): string {
  if (e.y1 === e.y2) return `M${r(e.x1)},${r(e.y1)}L${r(e.x2)},${r(e.y2)}`;
  const points = [{ x: e.x1, y: e.y1 }, ...(e.via ?? []), { x: e.x2, y: e.y2 }];
  let d = `M${r(e.x1)},${r(e.y1)}`;
  for (let i = 1; i < points.length; i++) {
    const [a, b] = [points[i - 1]!, points[i]!];
    const inLane = i % 2 === 0 && i < points.length - 1;
    const mid = (a.y + b.y) / 2;
    d += inLane ? `L${r(b.x)},${r(b.y)}` : `C${r(a.x)},${r(mid)} ${r(b.x)},${r(mid)} ${r(b.x)},${r(b.y)}`;
  }
  return d;
}

/** A causal link ready to draw: the data edge, its segment from the layout and its path. */
export interface DrawnEdge<E> {
  edge: E;
  segment: PlacedEdge;
  d: string;
}

/** Pairs each link with its segment in the layout; links the layout dropped (unknown ends, loops) and repeats of a pair are left out. */
export function placeEdges<E extends { from: string; to: string }>(edges: readonly E[], layout: CausalLayout): DrawnEdge<E>[] {
  const segments = new Map(layout.edges.map((e) => [`${e.from}\u0000${e.to}`, e]));
  const drawn = new Set<string>();
  return edges.flatMap((edge) => {
    const key = `${edge.from}\u0000${edge.to}`;
    const segment = segments.get(key);
    if (!segment || drawn.has(key)) return [];
    drawn.add(key);
    return [{ edge, segment, d: edgePath(segment) }];
  });
}
