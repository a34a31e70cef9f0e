import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatOccurred, monthBounds, monthSpan, relativeLabel, relativeSpan } from '../../../server/reports/edition/dates';
import { calendarTicks, relativeTicks } from '../../../server/reports/pdf/figures/ticks';

const at = (s: string) => Date.parse(`${s}T00:00:00Z`);
const incident = at('2024-01-18');

describe('edition dates', () => {
  it('shows a span at month precision', () => {
    expect(monthSpan(at('2019-03-14'), at('2019-03-14'))).toBe('March 2019');
    expect(monthSpan(at('2019-03-01'), at('2019-05-31'))).toBe('Mar–May 2019');
    expect(monthSpan(at('2018-12-01'), at('2019-02-01'))).toBe('Dec 2018 – Feb 2019');
    expect(monthSpan(at('2019-01-01'), at('2019-12-31'))).toBe('2019');
  });

  it('widens instants to whole months', () => {
    expect(monthBounds(at('2019-03-14'), at('2019-03-14'))).toEqual([at('2019-03-01'), at('2019-04-01') - 1]);
  });

  it('says how long before or after the incident, in days, weeks, months or years', () => {
    expect(relativeLabel(incident, incident)).toBe('the day of the incident');
    expect(relativeLabel(at('2024-01-15'), incident)).toBe('3 days before the incident');
    expect(relativeLabel(at('2023-12-28'), incident)).toBe('3 weeks before the incident');
    expect(relativeLabel(at('2023-11-18'), incident)).toBe('2 months before the incident');
    expect(relativeLabel(at('2021-01-18'), incident)).toBe('3 years before the incident');
    expect(relativeLabel(at('2024-02-01'), incident)).toBe('2 weeks after the incident');
    expect(relativeSpan(at('2023-11-01'), at('2023-11-30'), incident)).toBe('between 3 months before and 7 weeks before the incident');
  });

  it('formats a chronology date in each style, keeping "c." for approximate dates', () => {
    expect(formatOccurred('2023-03-14', at('2023-03-14'), at('2023-03-15') - 1, 'exact', incident)).toBe('14 Mar 2023');
    expect(formatOccurred('2023-03-14', at('2023-03-14'), at('2023-03-15') - 1, 'month', incident)).toBe('March 2023');
    expect(formatOccurred('2023-04~', at('2023-04-01'), at('2023-05-01') - 1, 'month', incident)).toBe('c. April 2023');
    expect(formatOccurred('2023-12-28', at('2023-12-28'), at('2023-12-29') - 1, 'relative', incident)).toBe('3 weeks before the incident');
    expect(formatOccurred('2023-12-28', at('2023-12-28'), at('2023-12-29') - 1, 'relative', null)).toBe('December 2023');
  });

  it('shows administrative dates exactly or by month, and leaves unreadable text alone', () => {
    expect(formatCalendarDate('2026-02-01', 'exact')).toBe('1 Feb 2026');
    expect(formatCalendarDate('2026-02-01', 'relative')).toBe('February 2026');
    expect(formatCalendarDate(null, 'month')).toBeNull();
    expect(formatCalendarDate('soon', 'month')).toBe('soon');
  });
});

describe('axis ticks', () => {
  it('ticks month boundaries, coarsening the step to keep at most eight', () => {
    expect(calendarTicks(at('2023-03-10'), at('2023-06-20')).map((t) => t.label)).toEqual(['Apr 2023', 'May 2023', 'Jun 2023']);
    expect(calendarTicks(at('2015-01-01'), at('2024-01-18')).map((t) => t.label)).toEqual(['2016', '2018', '2020', '2022', '2024']);
  });

  it('ticks whole months before and after the incident', () => {
    const ticks = relativeTicks(at('2023-09-01'), at('2024-02-01'), incident);
    expect(ticks.map((t) => t.label)).toEqual(['4 mo before', '3 mo before', '2 mo before', '1 mo before', 'Incident']);
    expect(ticks[4]!.at).toBe(incident);
  });

  it('gives no ticks for an empty or invalid range', () => {
    expect(calendarTicks(Number.NaN, 0)).toEqual([]);
    expect(relativeTicks(5, 1, 3)).toEqual([]);
  });
});
