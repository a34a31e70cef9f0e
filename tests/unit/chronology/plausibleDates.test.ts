import { describe, expect, it } from 'vitest';
import { dateWarnings, implausibleDate } from '../../../server/chronology/plausibleDates';
import { parseEdtf } from '../../../schema/edtf';

const NOW = Date.parse('2026-03-01T09:00:00Z');

describe('implausibleDate', () => {
  it('accepts today and refuses the next day', () => {
    expect(implausibleDate(parseEdtf('2026-03-01'), NOW)).toBeNull();
    expect(implausibleDate(parseEdtf('2026-03-02'), NOW)).toBe('2 Mar 2026 is after today; a chronology records what has happened');
  });

  it('accepts 1900 written as a year, which is not the placeholder day', () => {
    expect(implausibleDate(parseEdtf('1900'), NOW)).toBeNull();
  });
});

describe('dateWarnings', () => {
  const context = { birth: '2019-09-02', scopeStart: null, scopeEnd: null };

  it('does not warn of a period that may include the day of birth', () => {
    expect(dateWarnings(parseEdtf('2019-09'), context)).toEqual([]);
  });

  it('warns of a day wholly before birth', () => {
    expect(dateWarnings(parseEdtf('2019-09-01'), context)).toEqual(["1 Sep 2019 is before the child's registered date of birth; kept, as entries before birth can be relevant"]);
  });
});
