import { describe, expect, it } from 'vitest';
import { addDays, dateOf, responseDueDate, yearOf } from '../../../server/findings/dates';

describe('responseDueDate', () => {
  it('defaults to 90 days after issue', () => {
    expect(responseDueDate('2026-03-01', {})).toBe('2026-05-30');
  });

  it('uses the days asked for, across a leap day and a year end', () => {
    expect(responseDueDate('2024-02-28', { responseDays: 2 })).toBe('2024-03-01');
    expect(responseDueDate('2025-12-20', { responseDays: 30 })).toBe('2026-01-19');
  });

  it('uses an explicit date as given', () => {
    expect(responseDueDate('2026-03-01', { responseDueAt: '2026-04-15' })).toBe('2026-04-15');
  });
});

describe('addDays, dateOf and yearOf', () => {
  it('work on calendar dates in UTC', () => {
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(dateOf(new Date('2026-03-01T23:59:59.999Z'))).toBe('2026-03-01');
    expect(yearOf('2025-12-31')).toBe(2025);
  });
});
