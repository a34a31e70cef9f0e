import { describe, expect, it } from 'vitest';
import {
  checkEpisode, entriesSpan, entryChanges, entryCounts, episodePeriod, overlapsPeriod, type EpisodeFormValues,
} from '../../../client/src/views/chronology/episodeModel';

const form = (over: Partial<EpisodeFormValues> = {}): EpisodeFormValues => ({
  title: 'Referral', periodStart: null, periodEnd: null, summary: '', knownAtTime: '', localRationality: '', ...over,
});

describe('episodePeriod', () => {
  it('shows a period at the precision it was recorded, never finer', () => {
    expect(episodePeriod({ periodStart: '2019-03', periodEnd: '2019-05' })).toBe('Mar–May 2019');
    expect(episodePeriod({ periodStart: '2019-03-14', periodEnd: '2019-04-02' })).toBe('14 Mar – 2 Apr 2019');
    expect(episodePeriod({ periodStart: '2019-03', periodEnd: '2019-04-10' })).toBe('March 2019 – 10 Apr 2019');
    expect(episodePeriod({ periodStart: '2019~', periodEnd: '2020~' })).toBe('c. 2019–2020');
  });

  it('names an open end as from or until, and gives null when neither end is recorded', () => {
    expect(episodePeriod({ periodStart: '2019-03', periodEnd: null })).toBe('from March 2019');
    expect(episodePeriod({ periodStart: null, periodEnd: '2020?' })).toBe('until 2020 (uncertain)');
    expect(episodePeriod({ periodStart: null, periodEnd: null })).toBeNull();
  });

  it('shows each end on its own when the two cannot be read as one interval', () => {
    expect(episodePeriod({ periodStart: '2019-03/2019-04', periodEnd: '2019-05' })).toBe('Mar–Apr 2019 – May 2019');
  });
});

describe('entriesSpan', () => {
  it('gives the earliest-starting and latest-ending entries as displayed, or null for none', () => {
    expect(entriesSpan([
      { display: 'May 2019', start: 30, end: 60 },
      { display: '14 Mar 2019', start: 10, end: 11 },
      { display: 'c. 2019', start: 0, end: 100 },
    ])).toEqual({ first: 'c. 2019', last: 'c. 2019' });
    expect(entriesSpan([{ display: '14 Mar 2019', start: 10, end: 11 }, { display: 'May 2019', start: 30, end: 60 }]))
      .toEqual({ first: '14 Mar 2019', last: 'May 2019' });
    expect(entriesSpan([])).toBeNull();
  });
});

describe('entryCounts', () => {
  it('counts entries by episode and ignores entries outside every episode', () => {
    expect([...entryCounts([{ episodeId: 'a' }, { episodeId: null }, { episodeId: 'a' }, { episodeId: 'b' }])]).toEqual([['a', 2], ['b', 1]]);
  });
});

describe('entryChanges', () => {
  it('adds chosen entries from outside or from another episode and removes unchosen members, each with its version', () => {
    const events = [
      { id: 'loose', episodeId: null, version: 1 },
      { id: 'elsewhere', episodeId: 'other', version: 4 },
      { id: 'kept', episodeId: 'ep', version: 2 },
      { id: 'dropped', episodeId: 'ep', version: 3 },
      { id: 'untouched', episodeId: 'other', version: 1 },
    ];
    expect(entryChanges(events, 'ep', new Set(['loose', 'elsewhere', 'kept']))).toEqual({
      add: [{ eventId: 'loose', version: 1 }, { eventId: 'elsewhere', version: 4 }],
      remove: [{ eventId: 'dropped', version: 3 }],
    });
    expect(entryChanges(events, 'ep', new Set(['kept', 'dropped']))).toEqual({ add: [], remove: [] });
  });
});

describe('overlapsPeriod', () => {
  it('counts an entry whose possible dates touch the period, with unrecorded ends open', () => {
    expect(overlapsPeriod({ start: 5, end: 15 }, { start: 10, end: 20 })).toBe(true);
    expect(overlapsPeriod({ start: 21, end: 25 }, { start: 10, end: 20 })).toBe(false);
    expect(overlapsPeriod({ start: 0, end: 9 }, { start: 10, end: null })).toBe(false);
    expect(overlapsPeriod({ start: 0, end: 9 }, { start: null, end: 20 })).toBe(true);
  });
});

describe('checkEpisode', () => {
  it('finds every problem at once: no title, an unreadable start, and names the field of each', () => {
    expect(checkEpisode(form({ title: '  ', periodStart: 'spring 2019', periodEnd: '2019-05' }))).toEqual([
      { field: 'title', message: 'Enter a title for the episode' },
      { field: 'periodStart', message: 'must be a date such as 2019, 2019-03, 2019-03-14 or 2019-03~ (approximate)' },
    ]);
  });

  it('refuses a period that ends before it starts but accepts one within the same month', () => {
    expect(checkEpisode(form({ periodStart: '2019-05', periodEnd: '2019-04' }))).toEqual([{ field: 'periodEnd', message: 'must not be before the start of the period' }]);
    expect(checkEpisode(form({ periodStart: '2019-05-20', periodEnd: '2019-05' }))).toEqual([]);
  });
});
