import { describe, expect, it } from 'vitest';
import { countCrossings, segmentsCross, type Segment } from '../../../client/src/charts/causal/crossings';
import { orderSegments } from '../../../client/src/charts/causal/order';
import type { Layer } from '../../../client/src/charts/causal/layers';
import { seededRandom } from '../../helpers/seededRandom';

/** A segment from node `from` at (x1, y1) to node `to` at (x2, y2). */
const seg = (from: string, x1: number, y1: number, to: string, x2: number, y2: number): Segment => ({ from, to, x1, y1, x2, y2 });

/** Every pair tested with segmentsCross: the quadratic count the sweep replaced, kept as the reference. */
function pairwiseCrossings(segments: readonly Segment[]): number {
  let count = 0;
  for (let i = 0; i < segments.length; i++) {
    const a = segments[i]!;
    for (let j = i + 1; j < segments.length; j++) if (segmentsCross(a, segments[j]!)) count += 1;
  }
  return count;
}

describe('countCrossings between adjacent layers', () => {
  it('counts a twisted pair as one crossing', () => {
    expect(countCrossings([seg('a', 0, 0, 'd', 1, 1), seg('b', 1, 0, 'c', 0, 1)])).toBe(1);
  });

  it('counts nothing for edges that share an endpoint, above or below', () => {
    const fan = [seg('a', 0.5, 0, 'c', 0, 1), seg('a', 0.5, 0, 'd', 0.5, 1), seg('a', 0.5, 0, 'e', 1, 1), seg('b', 1, 0, 'e', 1, 1)];
    expect(countCrossings(fan)).toBe(0);
  });

  it('counts C(3,2) × C(3,2) = 9 crossings for a complete 3 × 3 bipartite graph', () => {
    const xs = [0, 0.5, 1];
    const edges = xs.flatMap((x1, i) => xs.map((x2, j) => seg(`u${i}`, x1, 0, `v${j}`, x2, 1)));
    expect(countCrossings(edges)).toBe(9);
  });

  it('counts an edge that crosses a fan once per spoke it passes, not the spoke it shares a node with', () => {
    const spokes = [seg('a', 0, 0, 'c', 0, 1), seg('a', 0, 0, 'd', 0.5, 1), seg('a', 0, 0, 'e', 1, 1)];
    expect(countCrossings([...spokes, seg('b', 1, 0, 'c', 0, 1)])).toBe(2);
    expect(countCrossings([...spokes, seg('b', 0.5, 0, 'f', -1, 1)])).toBe(3);
  });

  it('gives the same count whichever way the edges point', () => {
    const down = [seg('a', 0, 0, 'd', 1, 1), seg('b', 1, 0, 'c', 0, 1), seg('b', 1, 0, 'd', 1, 1)];
    const up = down.map((s) => seg(s.to, s.x2, s.y2, s.from, s.x1, s.y1));
    expect(countCrossings(up)).toBe(1);
  });
});

describe('countCrossings for edges spanning several layers', () => {
  it('counts a long edge crossing a short one in the band where they swap', () => {
    expect(countCrossings([seg('a', 0, 0, 'z', 1, 2), seg('b', 1, 0, 'c', 0, 1)])).toBe(1);
    expect(countCrossings([seg('a', 0, 0, 'z', 1, 2), seg('c', 0.8, 1, 'd', 0.2, 2)])).toBe(1);
  });

  it('counts two long edges meeting exactly on a layer between their ends once', () => {
    expect(countCrossings([seg('a', 0.25, 0, 'c', 0.75, 2), seg('b', 0.75, 0, 'd', 0.25, 2)])).toBe(1);
  });

  it('counts nothing when a long edge only passes through a node of a layer between its ends', () => {
    const long = seg('a', 0.5, 0, 'z', 0.5, 2);
    expect(countCrossings([long, seg('m', 0.5, 1, 'p', 0, 2), seg('q', 1, 0, 'm', 0.5, 1)])).toBe(0);
  });

  it('counts nothing for edges on one line that overlap, or for an edge with both ends on one layer', () => {
    expect(countCrossings([seg('a', 0.5, 0, 'b', 0.5, 2), seg('c', 0.5, 1, 'd', 0.5, 3)])).toBe(0);
    expect(countCrossings([seg('a', 0, 1, 'b', 1, 1), seg('c', 0.5, 0, 'd', 0.5, 2)])).toBe(0);
  });

  it('works between lines at any heights, not only whole layer numbers', () => {
    expect(countCrossings([seg('a', 0, 10, 'b', 1, 35.5), seg('c', 1, 10, 'd', 0, 12.25), seg('e', 0.5, 12.25, 'f', 0, 35.5)])).toBe(2);
  });
});

/** A random layered drawing: layers of 1–7 nodes, edges mostly downward over one to four layers, some upward. */
function randomLayout(random: () => number): { layers: Layer[]; edges: { from: string; to: string }[] } {
  const layers: Layer[] = Array.from({ length: 2 + Math.floor(random() * 6) }, (_, li) => ({
    band: 'team' as const,
    ids: Array.from({ length: 1 + Math.floor(random() * 7) }, (_, i) => `n${li}-${i}`),
  }));
  const pick = (layer: Layer) => layer.ids[Math.floor(random() * layer.ids.length)]!;
  const edges = Array.from({ length: Math.floor(random() * 30) }, () => {
    const a = Math.floor(random() * (layers.length - 1));
    const b = Math.min(layers.length - 1, a + 1 + Math.floor(random() * random() * 4));
    return random() < 0.8 ? { from: pick(layers[a]!), to: pick(layers[b]!) } : { from: pick(layers[b]!), to: pick(layers[a]!) };
  });
  return { layers, edges };
}

describe('countCrossings against every pair tested with segmentsCross', () => {
  it('agrees on 3,000 random layered drawings, so the barycentre sweeps keep the same best order', () => {
    const random = seededRandom(20261126);
    let crossed = 0;
    for (let run = 0; run < 3_000; run++) {
      const { layers, edges } = randomLayout(random);
      const segments = orderSegments(layers, edges);
      const expected = pairwiseCrossings(segments);
      expect(countCrossings(segments), `drawing ${run}`).toBe(expected);
      if (expected > 0) crossed += 1;
    }
    expect(crossed).toBeGreaterThan(1_500);
  });
});
