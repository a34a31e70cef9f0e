import { describe, expect, it } from 'vitest';
import { bandRows, buildLayers } from '../../../client/src/charts/causal/layers';
import { countCrossings, segmentsCross } from '../../../client/src/charts/causal/crossings';
import { orderSegments, reduceCrossings } from '../../../client/src/charts/causal/order';
import { layoutAccimap } from '../../../client/src/charts/causal/layout';
import { pageStubs, paginateLayout } from '../../../client/src/charts/causal/pages';
import type { CausalNode } from '../../../client/src/charts/causal/types';

const sizes = { width: 400, nodeHeight: 20, minNodeWidth: 50, maxNodeWidth: 80, gap: 10, rowGap: 10, bandPadding: 5, labelWidth: 40, emptyBandHeight: 12 };

describe('bandRows', () => {
  it('puts a factor above the same-level factor it contributed to, and ignores edges across bands', () => {
    const nodes: CausalNode[] = [{ id: 'a', band: 'team' }, { id: 'b', band: 'team' }, { id: 'c', band: 'team' }, { id: 's', band: 'systemic' }];
    const rows = bandRows(nodes, [{ from: 'a', to: 'b' }, { from: 'b', to: 'c' }, { from: 'a', to: 'c' }, { from: 's', to: 'a' }]);
    expect(Object.fromEntries(rows)).toEqual({ a: 0, b: 1, c: 2, s: 0 });
  });

  it('leaves nodes caught in a cycle in row 0 instead of looping', () => {
    const nodes: CausalNode[] = [{ id: 'a', band: 'team' }, { id: 'b', band: 'team' }];
    expect(Object.fromEntries(bandRows(nodes, [{ from: 'a', to: 'b' }, { from: 'b', to: 'a' }]))).toEqual({ a: 0, b: 0 });
  });
});

describe('buildLayers', () => {
  it('orders layers by band from systemic to outcome and skips empty bands', () => {
    const nodes: CausalNode[] = [{ id: 'o', band: 'outcome' }, { id: 'i', band: 'individual' }, { id: 's', band: 'systemic' }];
    expect(buildLayers(nodes, new Map()).map((l) => [l.band, l.ids])).toEqual([['systemic', ['s']], ['individual', ['i']], ['outcome', ['o']]]);
  });
});

describe('crossings', () => {
  it('counts two edges that swap sides as one crossing and edges sharing a node as none', () => {
    const a = { from: 'a', to: 'd', x1: 0, y1: 0, x2: 1, y2: 1 };
    const b = { from: 'b', to: 'c', x1: 1, y1: 0, x2: 0, y2: 1 };
    const c = { from: 'a', to: 'c', x1: 0, y1: 0, x2: 0, y2: 1 };
    expect(segmentsCross(a, b)).toBe(true);
    expect(segmentsCross(a, c)).toBe(false);
    expect(countCrossings([a, b, c])).toBe(1);
  });

  it('removes the crossing of a twisted pair with barycentre sweeps', () => {
    const layers = [{ band: 'systemic' as const, ids: ['a', 'b'] }, { band: 'team' as const, ids: ['c', 'd'] }];
    const edges = [{ from: 'a', to: 'd' }, { from: 'b', to: 'c' }];
    expect(countCrossings(orderSegments(layers, edges))).toBe(1);
    const ordered = reduceCrossings(layers, edges);
    expect(countCrossings(orderSegments(ordered, edges))).toBe(0);
    expect(ordered.map((l) => l.ids)).toEqual([['a', 'b'], ['d', 'c']]);
  });

  it('keeps the input order when there is nothing to improve', () => {
    const layers = [{ band: 'systemic' as const, ids: ['a', 'b'] }, { band: 'team' as const, ids: ['c', 'd'] }];
    expect(reduceCrossings(layers, [{ from: 'a', to: 'c' }]).map((l) => l.ids)).toEqual([['a', 'b'], ['c', 'd']]);
  });
});

describe('layoutAccimap', () => {
  it('places bands top to bottom with events and the outcome at the bottom, nodes centred in their rows', () => {
    const nodes: CausalNode[] = [{ id: 'f1', band: 'systemic' }, { id: 'f2', band: 'individual' }, { id: 'e1', band: 'events' }, { id: 'outcome', band: 'outcome' }];
    const layout = layoutAccimap(nodes, [{ from: 'f1', to: 'f2' }, { from: 'f2', to: 'e1' }, { from: 'f2', to: 'outcome' }], sizes);
    expect(layout.bands.map((b) => [b.band, b.y, b.height, b.rows])).toEqual([
      ['systemic', 0, 30, 1], ['organisational', 30, 12, 0], ['team', 42, 12, 0], ['individual', 54, 30, 1], ['events', 84, 30, 1], ['outcome', 114, 30, 1],
    ]);
    expect(layout.height).toBe(144);
    const f1 = layout.nodes.find((n) => n.id === 'f1')!;
    expect([f1.x, f1.y, f1.width, f1.height]).toEqual([180, 5, 80, 20]);
    expect(layout.edges[0]).toEqual({ from: 'f1', to: 'f2', x1: 220, y1: 25, x2: 220, y2: 59 });
  });

  it('wraps a band into several rows when nodes would be narrower than the minimum', () => {
    const nodes: CausalNode[] = Array.from({ length: 7 }, (_, i) => ({ id: `n${i}`, band: 'organisational' as const }));
    const layout = layoutAccimap(nodes, [], sizes);
    expect(layout.rows.map((r) => r.nodeIds.length)).toEqual([6, 1]);
    expect(layout.bands.find((b) => b.band === 'organisational')!.rows).toBe(2);
  });

  it('ignores edges to unknown nodes, self-loops and duplicates', () => {
    const layout = layoutAccimap([{ id: 'a', band: 'team' }], [{ from: 'a', to: 'a' }, { from: 'a', to: 'zz' }], sizes);
    expect(layout.edges).toEqual([]);
  });

  it('gives the same layout for the same input', () => {
    const bands = ['systemic', 'organisational', 'team', 'individual'] as const;
    const nodes: CausalNode[] = Array.from({ length: 30 }, (_, i) => ({ id: `n${i}`, band: bands[i % 4]! }));
    const edges = nodes.slice(0, 26).map((n, i) => ({ from: n.id, to: `n${(i * 7 + 5) % 30}` }));
    expect(layoutAccimap(nodes, edges, sizes)).toEqual(layoutAccimap(nodes, edges, sizes));
  });
});

describe('paginateLayout', () => {
  it('keeps the whole layout on one page when it fits', () => {
    const layout = layoutAccimap([{ id: 'a', band: 'systemic' }, { id: 'b', band: 'team' }], [], sizes);
    expect(paginateLayout(layout, 1000)).toEqual([{ top: 0, height: layout.height, nodeIds: ['a', 'b'] }]);
  });

  it('breaks between bands, and between the rows of a band taller than a page', () => {
    const nodes: CausalNode[] = [{ id: 's', band: 'systemic' }, ...Array.from({ length: 24 }, (_, i) => ({ id: `t${i}`, band: 'team' as const }))];
    const layout = layoutAccimap(nodes, [], sizes);
    const pages = paginateLayout(layout, 80);
    expect(pages.map((p) => [p.top, p.height, p.nodeIds.length])).toEqual([[0, 42, 1], [42, 55, 12], [103, 71, 12], [174, 24, 0]]);
    for (const p of pages) expect(p.height).toBeLessThanOrEqual(80);
    expect(pages.flatMap((p) => p.nodeIds).sort()).toEqual(nodes.map((n) => n.id).sort());
  });
});

describe('pageStubs', () => {
  it('groups the edges leaving a page by node, side and direction', () => {
    const nodes: CausalNode[] = [{ id: 's1', band: 'systemic' }, { id: 's2', band: 'systemic' }, { id: 't', band: 'team' }, { id: 'o', band: 'outcome' }];
    const layout = layoutAccimap(nodes, [{ from: 's1', to: 't' }, { from: 's2', to: 't' }, { from: 't', to: 'o' }], sizes);
    const [top, bottom] = [{ top: 0, height: 30, nodeIds: ['s1', 's2'] }, { top: 42, height: 200, nodeIds: ['t', 'o'] }];
    expect(pageStubs(layout, top)).toEqual([
      { nodeId: 's1', side: 'bottom', direction: 'out', otherIds: ['t'] },
      { nodeId: 's2', side: 'bottom', direction: 'out', otherIds: ['t'] },
    ]);
    expect(pageStubs(layout, bottom)).toEqual([{ nodeId: 't', side: 'top', direction: 'in', otherIds: ['s1', 's2'] }]);
  });
});
