import { describe, expect, it } from 'vitest';
import { changedFields, formatDate, formatValue } from '../../../client/src/components/changes';

describe('formatValue', () => {
  it('shows empty values, lists, booleans and kind/value pairs as readable text', () => {
    expect(formatValue(null)).toBe('(empty)');
    expect(formatValue('')).toBe('(empty)');
    expect(formatValue([])).toBe('(empty)');
    expect(formatValue(['How was Child A heard?', 'Was information shared?'])).toBe('How was Child A heard?\nWas information shared?');
    expect(formatValue(true)).toBe('Yes');
    expect(formatValue([{ kind: 'NHS number', value: '943 476 5919' }])).toBe('NHS number: 943 476 5919');
    expect(formatValue(3)).toBe('3');
  });
});

describe('changedFields', () => {
  const labels = { title: 'Title', status: 'Stage', termsOfReference: 'Terms of reference' };

  it('lists the labelled fields whose saved value differs from the submitted one, in label order', () => {
    const mine = { termsOfReference: ['Q1'], title: 'Review of Child A', status: 'analysis' };
    const theirs = { title: 'Learning review: Child A', status: 'analysis', termsOfReference: ['Q1', 'Q2'], version: 4 };
    expect(changedFields(mine, theirs, labels)).toEqual([
      { field: 'title', label: 'Title', mine: 'Review of Child A', theirs: 'Learning review: Child A' },
      { field: 'termsOfReference', label: 'Terms of reference', mine: 'Q1', theirs: 'Q1\nQ2' },
    ]);
  });

  it('ignores fields that were not submitted and treats null and empty text alike', () => {
    expect(changedFields({ title: '' }, { title: null, status: 'review' }, labels)).toEqual([]);
  });
});

describe('formatDate', () => {
  it('writes an ISO date the UK way and leaves anything else alone', () => {
    expect(formatDate('2024-01-08')).toBe('8 January 2024');
    expect(formatDate('2023-12-31')).toBe('31 December 2023');
    expect(formatDate('2024-13-01')).toBe('2024-13-01');
    expect(formatDate('early March 2019')).toBe('early March 2019');
    expect(formatDate(null)).toBe('');
  });
});
