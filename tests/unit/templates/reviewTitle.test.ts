import { describe, expect, it } from 'vitest';
import { publicationTitle } from '../../../templates/reviewTitle';

describe('publicationTitle', () => {
  it('puts the standard full name in place of the kind of review a title opens with', () => {
    expect(publicationTitle('Learning review report', 'Learning review: Child A')).toBe('Learning review report: Child A');
    expect(publicationTitle('Rapid review summary', 'rapid review – Child B')).toBe('Rapid review summary – Child B');
    expect(publicationTitle('Preliminary report', 'Preliminary: Child C')).toBe('Preliminary report: Child C');
  });

  it('keeps a title that already names the standard, or reads as that kind of review', () => {
    expect(publicationTitle('Learning review report', 'Learning review report: Child A')).toBe('Learning review report: Child A');
    expect(publicationTitle('Learning review report', 'Learning  review into the care of Child A')).toBe('Learning review into the care of Child A');
  });

  it('names the standard before a title that does not say what kind of review it is', () => {
    expect(publicationTitle('Learning review report', 'Caseload pressure in the duty team')).toBe('Learning review report: Caseload pressure in the duty team');
    expect(publicationTitle('Learning review report', 'Learning reviews compared')).toBe('Learning review report: Learning reviews compared');
    expect(publicationTitle('Preliminary report', 'Learning review: Child A')).toBe('Preliminary report: Learning review: Child A');
  });

  it('falls back to the standard name for a blank title', () => {
    expect(publicationTitle('Learning review report', '  ')).toBe('Learning review report');
  });
});
