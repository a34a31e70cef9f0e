/** A straight segment between two named nodes. */
export interface Segment {
  from: string;
  to: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

function orientation(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  const v = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  return Math.abs(v) < 1e-9 ? 0 : Math.sign(v);
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

/** How many pairs of segments cross. */
export function countCrossings(segments: readonly Segment[]): number {
  let count = 0;
  for (let i = 0; i < segments.length; i++) {
    const a = segments[i]!;
    const aMinY = Math.min(a.y1, a.y2);
    const aMaxY = Math.max(a.y1, a.y2);
    for (let j = i + 1; j < segments.length; j++) {
      const b = segments[j]!;
      if (Math.max(b.y1, b.y2) <= aMinY || Math.min(b.y1, b.y2) >= aMaxY) continue;
      if (segmentsCross(a, b)) count += 1;
    }
  }
  return count;
}
