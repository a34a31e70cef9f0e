import { bandLabels, causalBands, type CausalBand, type CausalEdge, type CausalLayout, type CausalNode, type PlacedBand, type PlacedEdge, type PlacedNode, type PlacedRow } from './types';
import { bandRows, buildLayers } from './layers';
import { reduceCrossings } from './order';
import { routeEdges } from './route';

/** Sizes for the AcciMap layout, in the caller's units. */
export interface AccimapLayoutOptions {
  width: number;
  nodeHeight: number;
  /** Rows wrap when nodes would get narrower than this. */
  minNodeWidth: number;
  maxNodeWidth: number;
  /** Horizontal space between nodes. */
  gap: number;
  /** Vertical space between rows. */
  rowGap: number;
  /** Space above the first and below the last row of a band. */
  bandPadding: number;
  /** Space at the left for band labels. */
  labelWidth: number;
  /** Height of a band with no nodes. */
  emptyBandHeight: number;
  sweeps?: number;
}

function cleanEdges(nodes: readonly CausalNode[], edges: readonly CausalEdge[]): CausalEdge[] {
  const ids = new Set(nodes.map((n) => n.id));
  const seen = new Set<string>();
  return edges.filter((e) => {
    const key = `${e.from}\u0000${e.to}`;
    if (e.from === e.to || !ids.has(e.from) || !ids.has(e.to) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function edgeSegment(a: PlacedNode, b: PlacedNode): PlacedEdge {
  const ax = a.x + a.width / 2;
  const bx = b.x + b.width / 2;
  if (a.y < b.y) return { from: a.id, to: b.id, x1: ax, y1: a.y + a.height, x2: bx, y2: b.y };
  if (a.y > b.y) return { from: a.id, to: b.id, x1: ax, y1: a.y, x2: bx, y2: b.y + b.height };
  const right = a.x < b.x;
  return { from: a.id, to: b.id, x1: right ? a.x + a.width : a.x, y1: a.y + a.height / 2, x2: right ? b.x : b.x + b.width, y2: b.y + b.height / 2 };
}

/**
 * Lays out an AcciMap: bands top to bottom (systemic, organisational, team, individual, events, outcome),
 * rows within a band so a factor sits above the same-level factors it contributed to, crossings reduced by
 * barycentre sweeps, rows wrapped when too full, nodes centred in their rows, edges led around the cards of the
 * rows they pass. Pure: no DOM, no randomness.
 */
export function layoutAccimap(nodes: readonly CausalNode[], edges: readonly CausalEdge[], options: AccimapLayoutOptions): CausalLayout {
  const { width, nodeHeight, minNodeWidth, maxNodeWidth, gap, rowGap, bandPadding, labelWidth, emptyBandHeight, sweeps = 8 } = options;
  const clean = cleanEdges(nodes, edges);
  const layers = reduceCrossings(buildLayers(nodes, bandRows(nodes, clean)), clean, sweeps);
  const available = Math.max(1, width - labelWidth);
  const perRow = Math.max(1, Math.floor((available + gap) / (minNodeWidth + gap)));
  const bandOf = new Map(nodes.map((n) => [n.id, n.band]));
  const placed = new Map<string, PlacedNode>();
  const bands: PlacedBand[] = [];
  const rows: PlacedRow[] = [];
  let y = 0;
  for (const band of causalBands) {
    const chunks = layers.filter((l) => l.band === band).flatMap((l) => {
      const out: string[][] = [];
      for (let i = 0; i < l.ids.length; i += perRow) out.push(l.ids.slice(i, i + perRow));
      return out;
    });
    const top = y;
    if (chunks.length === 0) {
      bands.push({ band, label: bandLabels[band], y: top, height: emptyBandHeight, rows: 0 });
      y += emptyBandHeight;
      continue;
    }
    y += bandPadding;
    chunks.forEach((ids, ri) => {
      const n = ids.length;
      const nodeWidth = Math.min(maxNodeWidth, (available - (n - 1) * gap) / n);
      const start = labelWidth + (available - (n * nodeWidth + (n - 1) * gap)) / 2;
      ids.forEach((id, i) => placed.set(id, { id, band: bandOf.get(id) as CausalBand, row: rows.length, order: i, x: start + i * (nodeWidth + gap), y, width: nodeWidth, height: nodeHeight }));
      rows.push({ band, y, nodeIds: ids });
      y += nodeHeight + (ri < chunks.length - 1 ? rowGap : 0);
    });
    y += bandPadding;
    bands.push({ band, label: bandLabels[band], y: top, height: y - top, rows: chunks.length });
  }
  const straight = clean.map((e) => edgeSegment(placed.get(e.from)!, placed.get(e.to)!));
  const placedEdges = routeEdges(straight, rows, placed, { left: labelWidth, right: width, gap });
  return { width, height: y, bands, rows, nodes: nodes.map((n) => placed.get(n.id)!), edges: placedEdges };
}
