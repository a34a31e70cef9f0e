import { describe, expect, it } from 'vitest';
import { filtersFromParams, hasFilters, offsetFromParams, pageSummary, queryOf } from '../../../client/src/views/register/registerQuery';

describe('filtersFromParams', () => {
  it('keeps the filters the register accepts and drops an unknown status, assessment, overdue value or malformed year', () => {
    const f = filtersFromParams(new URLSearchParams('status=draft&assessment=adequate&overdue=yes&year=26&addressee=%20Northbridge%20&investigationId=abc'));
    expect(f).toEqual({ status: '', assessment: 'adequate', addressee: 'Northbridge', overdue: '', year: '', investigationId: 'abc' });
  });

  it('reads an empty query as no filters', () => {
    const f = filtersFromParams(new URLSearchParams(''));
    expect(hasFilters(f)).toBe(false);
    expect(queryOf(f).toString()).toBe('');
  });
});

describe('queryOf', () => {
  it('leaves out empty filters and the first page offset, and adds the page size when asked', () => {
    const f = filtersFromParams(new URLSearchParams('status=open&overdue=true&year=2026'));
    expect(queryOf(f).toString()).toBe('status=open&overdue=true&year=2026');
    expect(queryOf(f, { offset: 0, limit: 50 }).toString()).toBe('status=open&overdue=true&year=2026&limit=50');
    expect(queryOf(f, { offset: 100 }).toString()).toBe('status=open&overdue=true&year=2026&offset=100');
  });
});

describe('offsetFromParams', () => {
  it('accepts a whole number and reads anything else as the first page', () => {
    expect(offsetFromParams(new URLSearchParams('offset=50'))).toBe(50);
    expect(offsetFromParams(new URLSearchParams('offset=-5'))).toBe(0);
    expect(offsetFromParams(new URLSearchParams('offset=1e3'))).toBe(0);
  });
});

describe('pageSummary', () => {
  it('says which rows are shown out of how many, or that nothing matches', () => {
    expect(pageSummary(50, 50, 120)).toBe('Showing 51 to 100 of 120 recommendations.');
    expect(pageSummary(0, 1, 1)).toBe('Showing 1 to 1 of 1 recommendation.');
    expect(pageSummary(0, 0, 0)).toBe('No recommendations match.');
    expect(pageSummary(200, 0, 120)).toBe('No recommendations on this page; 120 match in all.');
  });
});
