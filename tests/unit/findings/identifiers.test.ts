import { describe, expect, it } from 'vitest';
import { compareIdentifiers, formatIdentifier, parseIdentifier } from '../../../server/findings/identifiers';

describe('formatIdentifier', () => {
  it('pads the number to three digits and keeps longer numbers whole', () => {
    expect(formatIdentifier(2026, 1)).toBe('2026-001');
    expect(formatIdentifier(2026, 42)).toBe('2026-042');
    expect(formatIdentifier(2026, 1234)).toBe('2026-1234');
  });

  it('refuses a number below 1 or a year that is not four digits', () => {
    expect(() => formatIdentifier(2026, 0)).toThrow(RangeError);
    expect(() => formatIdentifier(226, 1)).toThrow(RangeError);
  });
});

describe('parseIdentifier', () => {
  it('reads the year and number back', () => {
    expect(parseIdentifier('2026-007')).toEqual({ year: 2026, number: 7 });
    expect(parseIdentifier(' 2026-1000 ')).toEqual({ year: 2026, number: 1000 });
  });

  it('returns undefined for anything else', () => {
    expect(parseIdentifier('2026-7')).toBeUndefined();
    expect(parseIdentifier('2026-000')).toBeUndefined();
    expect(parseIdentifier('4f6c1b0e-0000-4000-8000-000000000000')).toBeUndefined();
  });
});

describe('compareIdentifiers', () => {
  it('orders by year then number, with 1000 after 999', () => {
    expect(['2026-1000', '2025-002', '2026-999', '2026-010'].sort(compareIdentifiers)).toEqual(['2025-002', '2026-010', '2026-999', '2026-1000']);
  });
});
