import type { CausalLayout, PlacedEdge } from './types';

const r = (v: number) => Math.round(v * 10) / 10;

/**
 * The SVG path of a causal edge: a vertical S-curve between rows (it leaves and enters the cards straight,
 * so arrowheads point into the card), a straight line between cards of one row.
 */
export function edgePath(e: PlacedEdge): string {
  if (e.y1 === e.y2) return `M${r(e.x1)},${r(e.y1)}L${r(e.x2)},${r(e.y2)}`;
  const mid = (e.y1 + e.y2) / 2;
  return `M${r(e.x1)},${r(e.y1)}C${r(e.x1)},${r(mid)} ${r(e.x2)},${r(mid)} ${r(e.x2)},${r(e.y2)}`;
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
