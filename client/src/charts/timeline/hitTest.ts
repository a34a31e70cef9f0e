import type { Mark } from './types';

/**
 * The mark under a pointer: among marks whose row contains y and whose span (widened by the glyph radius)
 * contains x, the one whose glyph centre is nearest; null when there is none.
 */
export function markAt(marks: readonly Mark[], x: number, y: number, radius: number, rowHeight: number): Mark | null {
  let best: Mark | null = null;
  let bestDistance = Infinity;
  for (const m of marks) {
    if (Math.abs(m.cy - y) > rowHeight / 2) continue;
    if (x < Math.min(m.x0, m.cx - radius) - 1 || x > Math.max(m.x1, m.cx + radius) + 1) continue;
    const d = Math.abs(m.cx - x);
    if (d < bestDistance) { best = m; bestDistance = d; }
  }
  return best;
}
