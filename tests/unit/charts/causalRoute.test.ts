import { describe, expect, it } from 'vitest';
import { layoutAccimap } from '../../../client/src/charts/causal/layout';
import { MAX_ROUTED_ROWS, laneThrough } from '../../../client/src/charts/causal/route';
import { edgePath } from '../../../client/src/charts/causal/edgePath';
import type { CausalNode, PlacedNode } from '../../../client/src/charts/causal/types';

const options = { width: 800, nodeHeight: 80, minNodeWidth: 150, maxNodeWidth: 230, gap: 14, rowGap: 30, bandPadding: 10, labelWidth: 120, emptyBandHeight: 40 };
const card = (id: string, x: number, width = 100): PlacedNode => ({ id, band: 'team', row: 0, order: 0, x, y: 0, width, height: 80 });

describe('laneThrough', () => {
  const bounds = { left: 0, right: 1000, gap: 14 };
  it('keeps the line where it crosses no card', () => {
    expect(laneThrough([card('a', 100), card('b', 300)], 250, bounds)).toBe(250);
  });

  it('moves the line to the nearest gap between or beside the cards', () => {
    expect(laneThrough([card('a', 100), card('b', 214)], 190, bounds)).toBe(207);
    expect(laneThrough([card('a', 100)], 120, bounds)).toBe(93);
    expect(laneThrough([card('a', 100)], 180, bounds)).toBe(207);
  });

  it('uses no lane outside the diagram', () => {
    expect(laneThrough([card('a', 5)], 20, bounds)).toBe(112);
  });
});

describe('layoutAccimap edge routing', () => {
  // An organisational factor that contributed to an individual one, and a team factor linked to neither: drawn in one
  // column, the straight arrow ran through the team card, so the diagram read "organisational → team → individual".
  const nodes: CausalNode[] = [{ id: 'org', band: 'organisational' }, { id: 'team', band: 'team' }, { id: 'ind', band: 'individual' }];
  const edges = [{ from: 'org', to: 'ind' }];

  it('leads an arrow past a card of a row it crosses, through that row only beside the card', () => {
    const layout = layoutAccimap(nodes, edges, options);
    const team = layout.nodes.find((n) => n.id === 'team')!;
    const [edge] = layout.edges;
    expect(edge!.via).toHaveLength(2);
    for (const p of edge!.via!) expect(p.x < team.x || p.x > team.x + team.width).toBe(true);
    expect(edge!.via!.map((p) => p.y)).toEqual([team.y, team.y + team.height]);
    expect(edgePath(edge!)).toMatch(/^M[\d.]+,[\d.]+C.*L.*C.*$/);
  });

  it('leaves an arrow with no card in its way as one curve', () => {
    const layout = layoutAccimap(nodes.filter((n) => n.id !== 'team'), edges, options);
    expect(layout.edges[0]!.via).toBeUndefined();
    expect(edgePath(layout.edges[0]!)).toMatch(/^M[\d.]+,[\d.]+C[^LC]*$/);
  });

  it('leaves straight an arrow that passes more rows than MAX_ROUTED_ROWS (analyses of hundreds of factors)', () => {
    const narrow = { ...options, width: 400 };
    const teams = (n: number): CausalNode[] => Array.from({ length: n }, (_, i) => ({ id: `team${i}`, band: 'team' }));
    const routed = layoutAccimap([...nodes, ...teams(MAX_ROUTED_ROWS - 1)], edges, narrow);
    expect(routed.edges[0]!.via?.length).toBeGreaterThan(0);
    const long = layoutAccimap([...nodes, ...teams(MAX_ROUTED_ROWS)], edges, narrow);
    expect(long.rows.length).toBe(MAX_ROUTED_ROWS + 3);
    expect(long.edges[0]!.via).toBeUndefined();
  });
});
