import { describe, expect, it } from 'vitest';
import { cycleThrough } from '../../../server/analysis/cycles';

describe('cycleThrough', () => {
  it('returns null when the new link keeps the graph acyclic', () => {
    expect(cycleThrough([{ from: 'a', to: 'b' }, { from: 'b', to: 'c' }], 'a', 'c')).toBeNull();
  });

  it('names the cycle in order, starting at the new link\'s source', () => {
    const edges = [{ from: 'b', to: 'c' }, { from: 'c', to: 'a' }, { from: 'x', to: 'a' }];
    expect(cycleThrough(edges, 'a', 'b')).toEqual(['a', 'b', 'c']);
  });

  it('finds the shortest way back when several exist', () => {
    const edges = [{ from: 'b', to: 'c' }, { from: 'c', to: 'd' }, { from: 'd', to: 'a' }, { from: 'b', to: 'a' }];
    expect(cycleThrough(edges, 'a', 'b')).toEqual(['a', 'b']);
  });

  it('treats a link to itself as a cycle of one', () => {
    expect(cycleThrough([], 'a', 'a')).toEqual(['a']);
  });
});
