import { describe, expect, it } from 'vitest';
import { movedOrder } from '../../../client/src/views/findings/findingOrder';
import { parseDays } from '../../../client/src/views/findings/responseDays';

describe('movedOrder', () => {
  it('swaps a finding with its neighbour above or below', () => {
    expect(movedOrder(['a', 'b', 'c'], 'b', -1)).toEqual(['b', 'a', 'c']);
    expect(movedOrder(['a', 'b', 'c'], 'b', 1)).toEqual(['a', 'c', 'b']);
  });

  it('leaves the order unchanged at either end or for an unknown finding', () => {
    expect(movedOrder(['a', 'b'], 'a', -1)).toEqual(['a', 'b']);
    expect(movedOrder(['a', 'b'], 'b', 1)).toEqual(['a', 'b']);
    expect(movedOrder(['a', 'b'], 'z', 1)).toEqual(['a', 'b']);
  });
});

describe('parseDays', () => {
  it('reads whole days from 1 to 3650 and refuses anything else', () => {
    expect(['90', ' 1 ', '3650', '0', '3651', '9.5', '-3', '', 'ninety'].map(parseDays)).toEqual([90, 1, 3650, null, null, null, null, null, null]);
  });
});
