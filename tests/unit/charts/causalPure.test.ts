import { describe, expect, it } from 'vitest';
import { wrapText, charsFor } from '../../../client/src/charts/causal/wrap';
import { causalChain } from '../../../client/src/charts/causal/chain';
import { categorySlots } from '../../../client/src/charts/causal/palette';
import { edgePath } from '../../../client/src/charts/causal/edgePath';
import { neighbourNode } from '../../../client/src/charts/causal/navigation';
import { linkTooltipLines, nodeTooltipLines } from '../../../client/src/charts/causal/tooltip';
import type { CausalLayout } from '../../../client/src/charts/causal/types';
import { viewWindow, visibleEdges, visibleNodes } from '../../../client/src/charts/causal/visible';

describe('wrapText', () => {
  it('breaks at spaces and keeps every word when the text fits', () => {
    expect(wrapText('Caseloads were above the agency limit', 16, 3)).toEqual(['Caseloads were', 'above the agency', 'limit']);
  });

  it('ends the last line with an ellipsis after its last whole word when text is left over', () => {
    expect(wrapText('one two three four five six', 9, 2)).toEqual(['one two', 'three…']);
  });

  it('splits a word longer than a line and collapses runs of spaces', () => {
    expect(wrapText('  abcdefghij   kl ', 4, 5)).toEqual(['abcd', 'efgh', 'ij', 'kl']);
  });

  it('returns no lines for empty text', () => {
    expect(wrapText('   ', 10, 2)).toEqual([]);
  });

  it('estimates characters per line from the width and font size', () => {
    expect(charsFor(134, 12)).toBe(19);
    expect(charsFor(2, 12)).toBe(1);
  });
});

describe('causalChain', () => {
  const edges = [
    { id: 'e1', from: 'sys', to: 'org' },
    { id: 'e2', from: 'org', to: 'team' },
    { id: 'e3', from: 'team', to: 'ind' },
    { id: 'e4', from: 'ind', to: 'event' },
    { id: 'e5', from: 'other', to: 'ind' },
    { id: 'e6', from: 'org', to: 'side' },
  ];

  it('collects what led to a node, what it led to, and the edges on those paths only', () => {
    const chain = causalChain(edges, 'team');
    expect([...chain.ancestors].sort()).toEqual(['org', 'sys']);
    expect([...chain.descendants].sort()).toEqual(['event', 'ind']);
    expect([...chain.edgeIds].sort()).toEqual(['e1', 'e2', 'e3', 'e4']);
  });

  it('returns empty sets for a node with no links', () => {
    const chain = causalChain(edges, 'lonely');
    expect(chain.ancestors.size + chain.descendants.size + chain.edgeIds.size).toBe(0);
  });
});

describe('categorySlots', () => {
  it('numbers categories within their level so one band never repeats a colour', () => {
    const slots = categorySlots([{ categories: [{ code: 'a' }, { code: 'b' }] }, { categories: [{ code: 'c' }] }]);
    expect([...slots]).toEqual([['a', 0], ['b', 1], ['c', 0]]);
  });
});

describe('edgePath', () => {
  it('draws a vertical S-curve between rows and a straight line within a row', () => {
    expect(edgePath({ from: 'a', to: 'b', x1: 10, y1: 20, x2: 50.04, y2: 100 })).toBe('M10,20C10,60 50,60 50,100');
    expect(edgePath({ from: 'a', to: 'b', x1: 10, y1: 20, x2: 50, y2: 20 })).toBe('M10,20L50,20');
  });
});

describe('neighbourNode', () => {
  const node = (id: string, row: number, order: number, x: number) => ({ id, band: 'team' as const, row, order, x, y: row * 100, width: 100, height: 50 });
  const layout: CausalLayout = {
    width: 500, height: 300, bands: [],
    rows: [{ band: 'team', y: 0, nodeIds: ['a', 'b'] }, { band: 'individual', y: 100, nodeIds: ['c', 'd', 'e'] }],
    nodes: [node('a', 0, 0, 0), node('b', 0, 1, 300), node('c', 1, 0, 0), node('d', 1, 1, 150), node('e', 1, 2, 320)],
    edges: [],
  };

  it('moves along a row and stops at its ends', () => {
    expect(neighbourNode(layout, 'd', 'left')).toBe('c');
    expect(neighbourNode(layout, 'e', 'right')).toBeNull();
  });

  it('moves to the horizontally nearest node in the row above or below', () => {
    expect(neighbourNode(layout, 'b', 'down')).toBe('e');
    expect(neighbourNode(layout, 'd', 'up')).toBe('a');
    expect(neighbourNode(layout, 'a', 'up')).toBeNull();
    expect(neighbourNode(layout, 'missing', 'up')).toBeNull();
  });
});

describe('tooltip lines', () => {
  it('names both ends of a link and its rationale, or says none was recorded', () => {
    expect(linkTooltipLines('"Caseloads"', '"Visit delayed"', 'Visits were rationed', 60))
      .toEqual(['"Caseloads" → "Visit delayed"', 'Why: Visits were rationed']);
    expect(linkTooltipLines('"A"', '"B"', '  ', 60)).toEqual(['"A" → "B"', 'No rationale recorded.']);
  });

  it('lists up to three outgoing links of a focused card and counts the rest', () => {
    const out = ['a', 'b', 'c', 'd', 'e'].map((to) => ({ to, rationale: '' }));
    expect(nodeTooltipLines(out, 60)).toEqual([
      'Contributed to a (no rationale recorded)', 'Contributed to b (no rationale recorded)',
      'Contributed to c (no rationale recorded)', 'and 2 more',
    ]);
    expect(nodeTooltipLines([], 60)).toEqual(['Not linked to anything yet.']);
  });
});

describe('visible parts of the diagram', () => {
  const node = (id: string, y: number) => ({ id, band: 'team' as const, row: 0, order: 0, x: 100, y, width: 100, height: 50 });

  it('grows the visible box by half its height on each side, in layout units', () => {
    expect(viewWindow({ x: 0, y: 0, k: 1 }, 800, 600)).toEqual({ x0: -300, y0: -300, x1: 1100, y1: 900 });
    expect(viewWindow({ x: -200, y: -1000, k: 2 }, 800, 600)).toEqual({ x0: -50, y0: 350, x1: 650, y1: 950 });
  });

  it('keeps the nodes overlapping the window and the ones asked for', () => {
    const nodes = [node('in', 100), node('edge', 880), node('out', 2000), node('kept', 5000)];
    expect(visibleNodes(nodes, { x0: 0, y0: 0, x1: 800, y1: 900 }, new Set(['kept'])).map((n) => n.id)).toEqual(['in', 'edge', 'kept']);
  });

  it('keeps an edge passing through the window even when both ends are outside it', () => {
    const edge = (id: string, y1: number, y2: number) => ({ id, segment: { from: 'a', to: 'b', x1: 50, y1, x2: 60, y2 } });
    const shown = visibleEdges([edge('through', -500, 2000), edge('above', -500, -100), edge('inside', 10, 20)], { x0: 0, y0: 0, x1: 800, y1: 900 });
    expect(shown.map((e) => e.id)).toEqual(['through', 'inside']);
  });
});
