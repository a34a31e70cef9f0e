import { describe, expect, it } from 'vitest';
import { DATE_LIKE, readDateLike } from '../../../server/anonymise/dates';

describe('readDateLike', () => {
  it.each([
    ['2019-09-02', ['2019-09-02']],
    ['2019/9/2', ['2019-09-02']],
    ['02/09/2019', ['2019-09-02', '2019-02-09']],
    ['2.9.19', ['2019-09-02', '2019-02-09']],
    ['21.05.97', ['1997-05-21', '1997-21-05']],
    ['2nd September 2019', ['2019-09-02']],
    ['2 Sept. 2019', ['2019-09-02']],
    ['2nd of September, 2019', ['2019-09-02']],
    ['2-Sep-2019', ['2019-09-02']],
    ['September 2, 2019', ['2019-09-02']],
    ['Sept 2nd 2019', ['2019-09-02']],
  ])('reads %s', (text, expected) => {
    expect(readDateLike(text)).toEqual(expected);
  });

  it('reads nothing from a word that is not a month', () => {
    expect(readDateLike('2 apples 2019')).toEqual([]);
  });
});

describe('DATE_LIKE', () => {
  it('finds dates in many styles inside text, including an ISO timestamp', () => {
    const text = 'On 02/09/2019, 2nd September 2019, September 2, 2019 and 2019-09-02T10:30:00Z.';
    expect([...text.matchAll(DATE_LIKE)].map((m) => m[0])).toEqual(['02/09/2019', '2nd September 2019', 'September 2, 2019', '2019-09-02']);
  });

  it('does not take part of a longer number', () => {
    expect([...'ref 102/09/20199'.matchAll(DATE_LIKE)].map((m) => m[0])).toEqual([]);
  });
});
