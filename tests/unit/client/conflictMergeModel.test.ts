import { describe, expect, it } from 'vitest';
import {
  canonical, compareFields, countChoices, initialChoices, mergeValues, sameAsSaved, sameValue, type MergeField,
} from '../../../client/src/components/conflictMergeModel';

const fields: MergeField[] = [
  { name: 'statement', label: 'Statement' },
  { name: 'confidence', label: 'Confidence', format: (v) => (v === 'likely' ? 'Likely' : v === 'very_likely' ? 'Very likely' : String(v)) },
  { name: 'description', label: 'Description' },
  { name: 'eventIds', label: 'Evidence' },
];

const theirs = {
  statement: 'Caseloads were 40% above the agency limit', confidence: 'very_likely', description: '', eventIds: ['e1', 'e2'],
  version: 4, updatedAt: '2026-03-01T09:00:00.000Z',
};
const mine = { statement: 'Caseloads were above the limit', confidence: 'likely', description: null, eventIds: ['e1', 'e2'] };

describe('canonical and sameValue', () => {
  it('ignores the order of object keys but not of list items', () => {
    expect(canonical({ b: 1, a: [2, 1] })).toBe('{"a":[2,1],"b":1}');
    expect(sameValue({ kind: 'NHS', value: '1' }, { value: '1', kind: 'NHS' })).toBe(true);
    expect(sameValue(['a', 'b'], ['b', 'a'])).toBe(false);
  });

  it('treats an empty text and a missing value as the same', () => {
    expect(sameValue('', null)).toBe(true);
    expect(sameValue(undefined, '')).toBe(true);
    expect(sameValue('', 'x')).toBe(false);
    expect(sameValue(0, null)).toBe(false);
  });
});

describe('compareFields', () => {
  it('lists every field in order with both values in words and marks only those that differ', () => {
    expect(compareFields(fields, mine, theirs)).toEqual([
      { name: 'statement', label: 'Statement', mine: 'Caseloads were above the limit', theirs: 'Caseloads were 40% above the agency limit', differs: true },
      { name: 'confidence', label: 'Confidence', mine: 'Likely', theirs: 'Very likely', differs: true },
      { name: 'description', label: 'Description', mine: '(empty)', theirs: '(empty)', differs: false },
      { name: 'eventIds', label: 'Evidence', mine: 'e1\ne2', theirs: 'e1\ne2', differs: false },
    ]);
  });
});

describe('initialChoices', () => {
  it('starts every differing field on the user’s own value, and leaves equal fields out', () => {
    expect(initialChoices(compareFields(fields, mine, theirs))).toEqual({ statement: 'mine', confidence: 'mine' });
    expect(initialChoices(compareFields(fields, mine, theirs), 'theirs')).toEqual({ statement: 'theirs', confidence: 'theirs' });
  });
});

describe('mergeValues', () => {
  it('takes each field from the chosen version and only the listed fields', () => {
    expect(mergeValues(fields, mine, theirs, { statement: 'mine', confidence: 'theirs' })).toEqual({
      statement: 'Caseloads were above the limit', confidence: 'very_likely', description: '', eventIds: ['e1', 'e2'],
    });
  });

  it('takes their value where no choice was made', () => {
    expect(mergeValues(fields, mine, theirs, {})).toEqual({
      statement: theirs.statement, confidence: 'very_likely', description: '', eventIds: ['e1', 'e2'],
    });
  });
});

describe('sameAsSaved and countChoices', () => {
  it('says there is nothing to save when every merged value equals the saved one', () => {
    expect(sameAsSaved(fields, mergeValues(fields, mine, theirs, { statement: 'theirs', confidence: 'theirs' }), theirs)).toBe(true);
    expect(sameAsSaved(fields, mergeValues(fields, mine, theirs, { statement: 'mine', confidence: 'theirs' }), theirs)).toBe(false);
  });

  it('counts how many differing fields keep each version', () => {
    expect(countChoices({ statement: 'mine', confidence: 'theirs', level: 'mine' })).toEqual({ mine: 2, theirs: 1 });
    expect(countChoices({})).toEqual({ mine: 0, theirs: 0 });
  });
});
