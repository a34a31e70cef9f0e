import { describe, expect, it } from 'vitest';
import type { ChronologyData } from '../../../client/src/views/chronology/chronologyData';
import { comparable } from '../../../client/src/views/chronology/comparable';
import { entryMergeFields, recordedDate } from '../../../client/src/views/chronology/eventFields';
import { compareFields, editedFields } from '../../../client/src/components/conflictMergeModel';

const data = {
  events: [], gaps: [],
  agencies: [{ id: 'ag1', name: 'Northbridge Police' }],
  people: [{ id: 'p1', roleCode: 'PC1', displayName: 'Police constable 1' }, { id: 'p2', roleCode: null, displayName: 'Child A' }],
  sources: [{ id: 's1', title: 'Incident log', reference: 'INC-7' }],
  episodes: [{ id: 'ep1', title: 'Referral' }],
} as unknown as ChronologyData;

describe('comparable', () => {
  it('sorts lists and turns every line ending into "\\n", leaving other values alone', () => {
    expect(comparable({ actorIds: ['b', 'a'], description: 'one\r\ntwo\rthree', childSeen: null, version: 3 }))
      .toEqual({ actorIds: ['a', 'b'], description: 'one\ntwo\nthree', childSeen: null, version: 3 });
  });

  it('makes boxes ticked in another order and an imported "\\r\\n" count as no change', () => {
    const opened = comparable({ actorIds: ['p2', 'p1'], description: 'Visit\r\nChild seen' });
    const mine = comparable({ actorIds: ['p1', 'p2'], description: 'Visit\nChild seen' });
    expect(editedFields(entryMergeFields(data), opened, mine)).toEqual([]);
  });
});

describe('recordedDate', () => {
  it('gives the date in words beside the text as recorded, and "(empty)" for none', () => {
    expect(recordedDate('2023-03?')).toBe('March 2023 (uncertain) (2023-03?)');
    expect(recordedDate(null)).toBe('(empty)');
  });
});

describe('entryMergeFields', () => {
  it('shows ids as names, kinds and grades in words, and a child not recorded as seen in words', () => {
    const mine = { agencyId: 'ag1', actorIds: ['p1', 'gone'], sourceIds: ['s1'], episodeId: 'ep1', kind: 'non_event', confidence: 'hearsay', childSeen: null };
    const theirs = { agencyId: null, actorIds: [], sourceIds: [], episodeId: null, kind: 'event', confidence: 'fact', childSeen: false };
    const rows = compareFields(entryMergeFields(data).filter((f) => f.name in mine), mine, theirs);
    expect(rows.map((r) => [r.name, r.mine, r.theirs])).toEqual([
      ['kind', 'Non-event', 'Event'],
      ['agencyId', 'Northbridge Police', 'No agency'],
      ['actorIds', 'PC1 – Police constable 1\nUnknown person', '(empty)'],
      ['childSeen', 'Not recorded', 'No'],
      ['sourceIds', 'Incident log (INC-7)', '(empty)'],
      ['confidence', 'Hearsay', 'Fact'],
      ['episodeId', 'Referral', 'None'],
    ]);
  });
});
