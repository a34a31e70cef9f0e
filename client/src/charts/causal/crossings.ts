/** A straight segment between two named nodes. */
export interface Segment {
  from: string;
  to: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Positions closer than this are the same position (layouts place nodes at fractions of a layer's width). */
const EPSILON = 1e-9;

function orientation(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  const v = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  return Math.abs(v) < EPSILON ? 0 : Math.sign(v);
}

/** True when two segments cross at a point inside both (touching ends and shared nodes do not count). */
export function segmentsCross(a: Segment, b: Segment): boolean {
  if (a.from === b.from || a.from === b.to || a.to === b.from || a.to === b.to) return false;
  const o1 = orientation(a.x1, a.y1, a.x2, a.y2, b.x1, b.y1);
  const o2 = orientation(a.x1, a.y1, a.x2, a.y2, b.x2, b.y2);
  const o3 = orientation(b.x1, b.y1, b.x2, b.y2, a.x1, a.y1);
  const o4 = orientation(b.x1, b.y1, b.x2, b.y2, a.x2, a.y2);
  return o1 * o2 < 0 && o3 * o4 < 0;
}

function xAt(s: Segment, y: number): number {
  if (y === s.y1) return s.x1;
  if (y === s.y2) return s.x2;
  return s.x1 + ((s.x2 - s.x1) * (y - s.y1)) / (s.y2 - s.y1);
}

/** Dense ranks of the values, values within EPSILON of their neighbour sharing a rank. */
function ranks(values: readonly number[]): Int32Array {
  const order = values.map((_, i) => i).sort((a, b) => values[a]! - values[b]!);
  const out = new Int32Array(values.length);
  let rank = 0;
  order.forEach((i, k) => {
    if (k > 0 && values[i]! - values[order[k - 1]!]! >= EPSILON) rank += 1;
    out[i] = rank;
  });
  return out;
}

/**
 * Crossings inside the band between the lines y = top and y = bottom, for the segments spanning it: pairs whose
 * order swaps strictly between the two lines (inversions, counted with a Fenwick tree), plus pairs that meet on
 * the top line where both pass through it rather than end on it, and part there.
 */
function crossingsInBand(spanning: readonly Segment[], top: number, bottom: number): number {
  const m = spanning.length;
  const upper = ranks(spanning.map((s) => xAt(s, top)));
  const lower = ranks(spanning.map((s) => xAt(s, bottom)));
  const order = spanning.map((_, i) => i).sort((a, b) => upper[a]! - upper[b]! || lower[a]! - lower[b]!);
  const tree = new Int32Array(m + 1);
  let count = 0;
  order.forEach((i, seen) => {
    let atOrBelow = 0;
    for (let r = lower[i]! + 1; r > 0; r -= r & -r) atOrBelow += tree[r]!;
    count += seen - atOrBelow;
    for (let r = lower[i]! + 1; r <= m; r += r & -r) tree[r]! += 1;
  });
  let run = 0;
  let sameLower = 0;
  let previous = -1;
  for (const i of order) {
    if (Math.min(spanning[i]!.y1, spanning[i]!.y2) >= top) continue;
    if (previous < 0 || upper[i] !== upper[previous]) {
      run = 0;
      sameLower = 0;
    } else if (lower[i] !== lower[previous]) sameLower = 0;
    count += run - sameLower;
    run += 1;
    sameLower += 1;
    previous = i;
  }
  return count;
}

/**
 * How many pairs of segments cross at a point inside both, for segments running between horizontal lines
 * (the layers of a layered drawing; a segment with both ends on one line is ignored). A node sits at one point,
 * so segments sharing a node only touch. Each band between neighbouring lines is counted on its own, so the
 * cost is O(S log S) where S sums the bands each segment spans (the number of segments when all join adjacent layers).
 */
export function countCrossings(segments: readonly Segment[]): number {
  const lines = [...new Set(segments.filter((s) => s.y1 !== s.y2).flatMap((s) => [s.y1, s.y2]))].sort((a, b) => a - b);
  const lineIndex = new Map(lines.map((y, i) => [y, i]));
  const bands: Segment[][] = lines.map(() => []);
  for (const s of segments) {
    if (s.y1 === s.y2) continue;
    const from = lineIndex.get(Math.min(s.y1, s.y2))!;
    const to = lineIndex.get(Math.max(s.y1, s.y2))!;
    for (let b = from; b < to; b++) bands[b]!.push(s);
  }
  return bands.reduce((sum, spanning, b) => (spanning.length < 2 ? sum : sum + crossingsInBand(spanning, lines[b]!, lines[b + 1]!)), 0);
}
