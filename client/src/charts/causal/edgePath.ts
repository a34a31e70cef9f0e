import type { PlacedEdge } from './types';

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
