import { describe, expect, it } from 'vitest';
import { buildIdentifierRedactor } from '../../../server/anonymise/identifiers';

describe('buildIdentifierRedactor', () => {
  const dob = buildIdentifierRedactor(['2019-09-02'], []);

  it.each([
    '2019-09-02', '02/09/2019', '2/9/2019', '2/9/19', '02.09.2019', '02-09-2019', '2nd September 2019', '2 Sept 2019',
    'September 2, 2019', 'Sept 2nd, 2019', '02-Sep-19', '2019.09.02', '2nd of September 2019', '09/02/2019', '2019-09-02T08:15:00Z',
  ])('replaces the date of birth written as %s', (written) => {
    expect(dob.replace(`born ${written}.`)).toMatch(/^born \[date of birth\](T08:15:00Z)?\.$/);
  });

  it('leaves other dates alone', () => {
    expect(dob.replace('seen 03/09/2019 and 2019-09-03 and 2 October 2019')).toBe('seen 03/09/2019 and 2019-09-03 and 2 October 2019');
  });

  const ids = buildIdentifierRedactor([], ['943 476 5919', 'QQ 12 34 56 C', 'kay.t@example.com']);

  it('replaces identifiers with or without spaces and hyphens, in any case', () => {
    expect(ids.replace('NHS 9434765919, 943 476 5919, 943-476-5919 and 943  476  5919'))
      .toBe('NHS [identifier], [identifier], [identifier] and [identifier]');
    expect(ids.replace('NI qq123456c or QQ 12 34 56 C; mail KAY.T@example.com'))
      .toBe('NI [identifier] or [identifier]; mail [identifier]');
  });

  it('does not take an identifier out of a longer number or an id', () => {
    expect(ids.replace('ref 19434765919 and 94347659190')).toBe('ref 19434765919 and 94347659190');
    const short = buildIdentifierRedactor([], ['5717']);
    expect(short.replace('case 5717, row 3fa85f64-5717-4ada-8b3f-2c963f66afa6')).toBe('case [identifier], row 3fa85f64-5717-4ada-8b3f-2c963f66afa6');
  });
});
