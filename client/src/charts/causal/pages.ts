import type { CausalLayout } from './types';

/** One page of a paginated layout: the slice [top, top + height) of the layout and the nodes drawn on it. */
export interface LayoutPage {
  top: number;
  height: number;
  nodeIds: string[];
}

interface Slice { top: number; bottom: number; nodeIds: string[] }

/**
 * Splits a tall layout into page-sized slices, preferring to break between bands and keeping a band whole
 * when it fits on a page; a band taller than a page is broken between its rows.
 */
export function paginateLayout(layout: CausalLayout, pageHeight: number): LayoutPage[] {
  const nodeHeight = layout.nodes[0]?.height ?? 0;
  const pages: Slice[] = [];
  const open = (top: number): Slice => {
    const page = { top, bottom: top, nodeIds: [] };
    pages.push(page);
    return page;
  };
  let current: Slice | null = null;
  for (const band of layout.bands) {
    const bottom = band.y + band.height;
    const rows = layout.rows.filter((r) => r.y >= band.y && r.y < bottom);
    if (!current || bottom - current.top > pageHeight) {
      if (!current || current.bottom > current.top) current = open(band.y);
    }
    if (bottom - current.top <= pageHeight) {
      current.bottom = bottom;
      current.nodeIds.push(...rows.flatMap((r) => r.nodeIds));
      continue;
    }
    rows.forEach((row, i) => {
      if (row.y + nodeHeight - current!.top > pageHeight && current!.bottom > current!.top) current = open(i === 0 ? band.y : row.y - 4);
      current!.bottom = row.y + nodeHeight;
      current!.nodeIds.push(...row.nodeIds);
    });
    current.bottom = Math.max(current.bottom, Math.min(bottom, current.top + pageHeight));
  }
  return pages.map((p) => ({ top: p.top, height: p.bottom - p.top, nodeIds: p.nodeIds }));
}

/** Edges of one node that leave its page, grouped by side: drawn as one short arrow naming the other ends. */
export interface PageStub {
  nodeId: string;
  /** The side of the node the arrow leaves or enters by. */
  side: 'top' | 'bottom';
  /** `out`: this node contributed to the others; `in`: the others contributed to it. */
  direction: 'out' | 'in';
  otherIds: string[];
}

/** The stubs of a page: for each node on it, the edges whose other end is on another page, grouped by side and direction. */
export function pageStubs(layout: CausalLayout, page: LayoutPage): PageStub[] {
  const on = new Set(page.nodeIds);
  const y = new Map(layout.nodes.map((n) => [n.id, n.y]));
  const stubs = new Map<string, PageStub>();
  for (const e of layout.edges) {
    const fromHere = on.has(e.from);
    if (fromHere === on.has(e.to)) continue;
    const nodeId = fromHere ? e.from : e.to;
    const otherId = fromHere ? e.to : e.from;
    const side = (y.get(otherId) ?? 0) > (y.get(nodeId) ?? 0) ? 'bottom' : 'top';
    const direction = fromHere ? 'out' : 'in';
    const key = `${nodeId}|${side}|${direction}`;
    const stub = stubs.get(key) ?? { nodeId, side, direction, otherIds: [] };
    stub.otherIds.push(otherId);
    stubs.set(key, stub);
  }
  return [...stubs.values()];
}
