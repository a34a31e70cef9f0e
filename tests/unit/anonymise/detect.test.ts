import { describe, expect, it } from 'vitest';
import { buildPseudonymiser } from '../../../server/anonymise/pseudonymiser';
import { buildDetector, findPatterns, findSuspectedNames, validNhsNumber } from '../../../server/anonymise/detect';

const kinds = (text: string) => findPatterns(text).map((h) => [h.kind, h.found]);

describe('validNhsNumber', () => {
  it('accepts ten digits whose modulus-11 check digit is right and refuses the rest', () => {
    expect(validNhsNumber('9434765919')).toBe(true);
    expect(validNhsNumber('9434765918')).toBe(false);
    expect(validNhsNumber('943476591')).toBe(false);
  });
});

describe('findPatterns', () => {
  it('finds a valid NHS number with or without spaces, and not an invalid one', () => {
    expect(kinds('NHS 943 476 5919 and 9434765919 and 943-476-5919')).toEqual([['nhs_number', '943 476 5919'], ['nhs_number', '9434765919'], ['nhs_number', '943-476-5919']]);
    expect(kinds('ref 943 476 5918')).toEqual([]);
  });

  it('finds UK phone numbers: landline, mobile and +44, but not a short number or a year range', () => {
    expect(kinds('Call 0161 496 0000, 07700 900123 or +44 7700 900123; +44 (0)20 7946 0018.')).toEqual([
      ['phone_number', '0161 496 0000'], ['phone_number', '07700 900123'], ['phone_number', '+44 7700 900123'], ['phone_number', '+44 (0)20 7946 0018'],
    ]);
    expect(kinds('Room 0123 in 2019-2020, page 012')).toEqual([]);
  });

  it('finds postcodes, email addresses and National Insurance numbers', () => {
    expect(kinds('Lives at NB1 4XY; wrote to k.t@example.com; NI JH 12 34 56 C and AB123456D.')).toEqual([
      ['postcode', 'NB1 4XY'], ['email_address', 'k.t@example.com'], ['ni_number', 'JH 12 34 56 C'], ['ni_number', 'AB123456D'],
    ]);
  });

  it('finds a National Insurance number whose prefix is never issued, but not a longer run of digits', () => {
    expect(kinds('NI QQ 12 34 56 C, or qq123456c; ref QQ 12 34 56 78')).toEqual([['ni_number', 'QQ 12 34 56 C'], ['ni_number', 'qq123456c']]);
  });

  it('finds house-number-and-street addresses, with a flat number', () => {
    expect(kinds('Moved to 14 Cobden Terrace, then Flat 2, 7 Mill Lane.')).toEqual([['address', '14 Cobden Terrace'], ['address', 'Flat 2, 7 Mill Lane']]);
  });

  it('reads St and Dr before a capitalised word as Saint and Doctor, not as a street', () => {
    expect(kinds("Seen on 14 March St Luke's clinic, then 3 June Dr Okafor phoned; 5 May St. Anne's.")).toEqual([]);
    expect(kinds('Moved to 14 High St, then 2 Mill Dr.')).toEqual([['address', '14 High St'], ['address', '2 Mill Dr']]);
  });

  it('finds an address wrapped onto the next line but not one pieced together across a blank line', () => {
    expect(kinds('Moved to 14 Cobden\nTerrace.')).toEqual([['address', '14 Cobden\nTerrace']]);
    expect(kinds('2023\nEvent\n\nSt Kayleigh')).toEqual([]);
    expect(kinds('Week 2023\nEvent\n\nRoad safety')).toEqual([]);
  });

  it('leaves ordinary numbers and phrases alone', () => {
    expect(kinds('Visited 3 times in 10 days; 2 Children were seen; Week 3 review; caseload of 28.')).toEqual([]);
  });
});

describe('findSuspectedNames', () => {
  const known = { known: new Set(['mother', 'child']) };
  const found = (text: string) => findSuspectedNames(text, known).map((s) => s.found);

  it('flags a capitalised unknown word inside a sentence, and a word after a courtesy title even at the start', () => {
    expect(found('The visit was arranged by Okafor at the clinic.')).toEqual(['Okafor']);
    expect(found('Dr Okafor saw Mother.')).toEqual(['Okafor']);
    expect(found("Bramble's account was recorded.")).toEqual([]);
    expect(found("It was Bramble's account.")).toEqual(['Bramble']);
  });

  it('does not flag sentence starts, agency words, acronyms, months or known vocabulary', () => {
    expect(found('Hope was expressed. The Police and Children\'s Social Care met the GP at MASH on Monday in March; Mother attended.')).toEqual([]);
  });
});

describe('buildDetector', () => {
  const detector = buildDetector(
    [{ realName: 'Zoë Thornbury', aliases: ['Zo'], dateOfBirth: '2019-09-02', identifiers: [{ kind: 'NHS', value: '943 476 5919' }], pseudonym: 'Child A' }],
    [{ realName: 'Little Acorns Nursery', replacement: 'the nursery' }],
    { registeredNames: true, vocabulary: new Set(), dismissed: new Set(['okafor']) },
  );
  const detect = (text: string) => detector.detect(text).map((d) => [d.kind, d.found]);

  it('reports registered names in any form, dates of birth in any format and registered identifiers', () => {
    expect(detect("ZOE's mum; Ms Z. Thornbury; zo; born 2nd September 2019 (02/09/2019) at Little Acorns Nursery; 9434765919")).toEqual([
      ['registered_name', "ZOE's"], ['registered_name', 'Ms Z. Thornbury'], ['registered_name', 'zo'], ['date_of_birth', '2nd September 2019'],
      ['date_of_birth', '02/09/2019'], ['registered_name', 'Little Acorns Nursery'], ['registered_identifier', '9434765919'],
    ]);
  });

  it('leaves out dismissed suspected names and words inside a registered name', () => {
    expect(detect('The notes of Okafor and of Thornbury were read by Adebayo.')).toEqual([['registered_name', 'Thornbury'], ['suspected_name', 'Adebayo']]);
  });
});

describe('common-word names as verbs', () => {
  it('keeps "Mark the date" and "Will it" at a sentence start, and still replaces the name elsewhere', () => {
    const p = buildPseudonymiser([{ text: 'Mark', replacement: 'Father' }, { text: 'Will', replacement: 'SW1' }]);
    expect(p.replace('Mark the date. Will it help? Mark said no. Later Mark visited; Will was there.'))
      .toBe('Mark the date. Will it help? Father said no. Later Father visited; SW1 was there.');
  });
});
