import type { PlacedEdge, PlacedNode } from './types';

/** The part of the diagram (in layout units) worth drawing: the visible box plus a margin. */
export interface ViewWindow {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * The window of the layout seen through a zoom transform of a `width` × `height` box, grown on every side by
 * `margin` times the visible height, so short pans show cards that are already drawn.
 */
export function viewWindow(t: { x: number; y: number; k: number }, width: number, height: number, margin = 0.5): ViewWindow {
  const x0 = -t.x / t.k;
  const y0 = -t.y / t.k;
  const pad = (height / t.k) * margin;
  return { x0: x0 - pad, y0: y0 - pad, x1: x0 + width / t.k + pad, y1: y0 + height / t.k + pad };
}

/** The nodes that overlap the window, plus any node in `keep` (the focused or selected card), in layout order. */
export function visibleNodes(nodes: readonly PlacedNode[], w: ViewWindow, keep: ReadonlySet<string>): PlacedNode[] {
  return nodes.filter((n) => keep.has(n.id) || (n.x < w.x1 && n.x + n.width > w.x0 && n.y < w.y1 && n.y + n.height > w.y0));
}

/** The edges whose bounding box (lanes through rows included) overlaps the window (an edge passing through the view is drawn even if both ends are off it). */
export function visibleEdges<T extends { segment: PlacedEdge }>(edges: readonly T[], w: ViewWindow): T[] {
  return edges.filter(({ segment: s }) => {
    const xs = [s.x1, s.x2, ...(s.via ?? []).map((p) => p.x)];
    return Math.min(...xs) <= w.x1 && Math.max(...xs) >= w.x0 && Math.min(s.y1, s.y2) <= w.y1 && Math.max(s.y1, s.y2) >= w.y0;
  });
}
