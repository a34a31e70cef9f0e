import { describe, expect, it } from 'vitest';
import { diffContent, diffFields, diffKind } from '../../../server/review/snapshotDiff';

describe('diffFields', () => {
  it('lists each differing field with its before and after value, in field-name order', () => {
    expect(diffFields(
      { id: 'f1', statement: 'Caseloads were high', level: 'team', reviewStatus: 'proposed' },
      { id: 'f1', statement: 'Caseloads were above the limit', level: 'team', reviewStatus: 'disputed' },
    )).toEqual([
      { field: 'reviewStatus', before: 'proposed', after: 'disputed' },
      { field: 'statement', before: 'Caseloads were high', after: 'Caseloads were above the limit' },
    ]);
  });

  it('compares lists and objects by value and reports a field present on one side only with null on the other', () => {
    expect(diffFields({ id: 'x', tags: ['a', 'b'], meta: { k: 1 } }, { id: 'x', tags: ['a', 'b'], meta: { k: 1 }, note: 'new' }))
      .toEqual([{ field: 'note', before: null, after: 'new' }]);
    expect(diffFields({ id: 'x', factorIds: ['f1'] }, { id: 'x', factorIds: ['f1', 'f2'] }))
      .toEqual([{ field: 'factorIds', before: ['f1'], after: ['f1', 'f2'] }]);
  });

  it('ignores bookkeeping fields (updatedAt, version, sort instants)', () => {
    expect(diffFields(
      { id: 'e', version: 1, updatedAt: 'a', sortStart: 1, sortEnd: 2, occurred: '2019-03' },
      { id: 'e', version: 2, updatedAt: 'b', sortStart: 3, sortEnd: 4, occurred: '2019-03-14' },
    )).toEqual([{ field: 'occurred', before: '2019-03', after: '2019-03-14' }]);
  });
});

describe('diffKind', () => {
  it('matches items by id and lists added, removed and changed ones sorted by id, with labels', () => {
    const before = [
      { id: 'b', statement: 'Kept', level: 'team' },
      { id: 'a', statement: 'Removed one' },
      { id: 'c', statement: 'Old wording' },
    ];
    const after = [
      { id: 'c', statement: 'New wording' },
      { id: 'b', level: 'team', statement: 'Kept' },
      { id: 'd', statement: 'Added one' },
    ];
    expect(diffKind('factors', before, after)).toEqual({
      kind: 'factors',
      added: [{ id: 'd', label: 'Added one', item: { id: 'd', statement: 'Added one' } }],
      removed: [{ id: 'a', label: 'Removed one', item: { id: 'a', statement: 'Removed one' } }],
      changed: [{ id: 'c', label: 'New wording', fields: [{ field: 'statement', before: 'Old wording', after: 'New wording' }] }],
    });
  });

  it('treats a single object (the investigation) as a list of one', () => {
    expect(diffKind('investigation', { id: 'i', title: 'A' }, { id: 'i', title: 'B' }).changed)
      .toEqual([{ id: 'i', label: 'B', fields: [{ field: 'title', before: 'A', after: 'B' }] }]);
  });
});

describe('diffContent', () => {
  it('lists only kinds that differ, in the given order, then others alphabetically, skipping scalar members', () => {
    const before = { formatVersion: 1, events: [{ id: 'e1', description: 'Visit' }], factors: [], zeta: [], alpha: [] };
    const after = {
      formatVersion: 2, events: [{ id: 'e1', description: 'Visit' }], factors: [{ id: 'f1', statement: 'New' }],
      zeta: [{ id: 'z' }], alpha: [{ id: 'q' }],
    };
    expect(diffContent(before, after, ['factors', 'events']).map((k) => k.kind)).toEqual(['factors', 'alpha', 'zeta']);
  });

  it('returns no kinds for identical content', () => {
    const content = { events: [{ id: 'e1', description: 'Visit' }], investigation: { id: 'i', title: 'T' } };
    expect(diffContent(content, structuredClone(content))).toEqual([]);
  });
});
