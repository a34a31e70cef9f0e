import { describe, expect, it } from 'vitest';
import { buildOutline } from '../../../client/src/views/analysis/outline';

const n = (id: string, kind: string) => ({ id, kind });
const e = (id: string, source: string, target: string, rationale = '') => ({ id, source, target, rationale });

describe('buildOutline', () => {
  it('reads from the outcome down through what contributed to it, keeping each link\'s rationale', () => {
    const roots = buildOutline(
      [n('org', 'factor'), n('ind', 'factor'), n('ev', 'event'), n('outcome', 'outcome')],
      [e('l1', 'org', 'ind', 'Caseloads'), e('l2', 'ind', 'outcome', 'Visit slipped')],
    );
    expect(roots).toEqual([{
      id: 'outcome', kind: 'outcome', children: [{
        id: 'ind', edgeId: 'l2', rationale: 'Visit slipped', repeat: false,
        children: [{ id: 'org', edgeId: 'l1', rationale: 'Caseloads', repeat: false, children: [] }],
      }],
    }]);
  });

  it('lists a factor met a second time as a repeat without its causes, so each link appears once', () => {
    const roots = buildOutline(
      [n('org', 'factor'), n('a', 'factor'), n('b', 'factor'), n('outcome', 'outcome')],
      [e('l1', 'a', 'outcome'), e('l2', 'b', 'outcome'), e('l3', 'org', 'a'), e('l4', 'org', 'b'), e('l5', 'sys', 'org')],
    );
    const [outcome] = roots;
    expect(outcome!.children.map((c) => [c.id, c.children.map((g) => [g.id, g.repeat])])).toEqual([
      ['a', [['org', false]]],
      ['b', [['org', true]]],
    ]);
  });

  it('adds events that factors led to, and factors not yet linked to anything with their own causes', () => {
    const roots = buildOutline(
      [n('f1', 'factor'), n('f2', 'factor'), n('f3', 'factor'), n('ev1', 'event'), n('ev2', 'event'), n('outcome', 'outcome')],
      [e('l1', 'f1', 'ev1'), e('l2', 'f3', 'f2')],
    );
    expect(roots.map((r) => [r.kind, r.id, r.children.map((c) => c.id)])).toEqual([
      ['outcome', 'outcome', []],
      ['event', 'ev1', ['f1']],
      ['unlinked', 'f2', ['f3']],
    ]);
  });

  it('ignores links whose ends are not in the graph', () => {
    const roots = buildOutline([n('outcome', 'outcome')], [e('l1', 'ghost', 'outcome')]);
    expect(roots).toEqual([{ id: 'outcome', kind: 'outcome', children: [] }]);
  });
});
