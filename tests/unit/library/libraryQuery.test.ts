import { describe, expect, it } from 'vitest';
import { readLibraryQuery } from '../../../server/services/libraryQuery';

describe('readLibraryQuery', () => {
  it('quotes each word so punctuation is searched as written, never read as FTS5 syntax', () => {
    expect(readLibraryQuery("under-fives child's A&E")).toEqual({ match: '"under-fives" "child\'s" "A&E"' });
    expect(readLibraryQuery('mother: partner 2023-03 health/social (4)')).toEqual({ match: '"mother:" "partner" "2023-03" "health/social" "(4)"' });
  });

  it('keeps phrases, closing one left open, and a trailing * as a prefix', () => {
    expect(readLibraryQuery('"missed visits" caseload*')).toEqual({ match: '"missed visits" "caseload"*' });
    expect(readLibraryQuery('"unterminated phrase')).toEqual({ match: '"unterminated phrase"' });
  });

  it('keeps OR, AND and NOT between two searches and drops an OR or AND with nothing on one side', () => {
    expect(readLibraryQuery('caseloads OR staffing NOT police')).toEqual({ match: '"caseloads" OR "staffing" NOT "police"' });
    expect(readLibraryQuery('OR caseloads AND')).toEqual({ match: '"caseloads"' });
    expect(readLibraryQuery('injury NOT')).toEqual({ match: '"injury"' });
    expect(readLibraryQuery('not near or and')).toEqual({ match: '"not" "near" "or" "and"' });
  });

  it('explains a NOT with nothing before it and a search with no word in it', () => {
    expect(readLibraryQuery('NOT injury')).toEqual({ error: 'NOT must come between two searches, e.g. caseloads NOT police' });
    for (const q of ['(', '*', '""', ' - & ', 'OR']) expect(readLibraryQuery(q)).toEqual({ error: 'give at least one word to search for' });
  });
});
