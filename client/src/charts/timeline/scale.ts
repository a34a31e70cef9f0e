import type { TimeScale } from './types';

/** Maps an instant (ms) to pixels on a linear time scale. */
export function toPixel(scale: TimeScale, t: number): number {
  const [d0, d1] = scale.domain;
  const [r0, r1] = scale.range;
  return r0 + ((t - d0) * (r1 - r0)) / (d1 - d0 || 1);
}

/** Maps a pixel back to an instant (ms). */
export function toTime(scale: TimeScale, x: number): number {
  const [d0, d1] = scale.domain;
  const [r0, r1] = scale.range;
  return d0 + ((x - r0) * (d1 - d0)) / (r1 - r0 || 1);
}

/** Pixels per millisecond of a scale. */
export function pixelsPerMs(scale: TimeScale): number {
  return (scale.range[1] - scale.range[0]) / (scale.domain[1] - scale.domain[0] || 1);
}

const DAY = 86_400_000;

/**
 * The whole period to show: from the earliest start to the latest end of the items and periods,
 * padded by a share of the span on each side (a single instant gets a day either side).
 */
export function fullDomain(spans: readonly { start: number | null; end: number | null }[], pad = 0.02): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of spans) {
    if (s.start !== null && Number.isFinite(s.start)) lo = Math.min(lo, s.start);
    if (s.end !== null && Number.isFinite(s.end)) hi = Math.max(hi, s.end);
  }
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return null;
  if (hi < lo) [lo, hi] = [hi, lo];
  const span = hi - lo;
  const margin = span === 0 ? DAY : span * pad;
  return [lo - margin, hi + margin];
}
