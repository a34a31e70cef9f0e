import { describe, expect, it } from 'vitest';
import { buildPseudonymiser } from '../../../server/anonymise/pseudonymiser';

const replace = (terms: [string, string][], text: string) =>
  buildPseudonymiser(terms.map(([t, replacement]) => ({ text: t, replacement }))).replace(text);

describe('buildPseudonymiser', () => {
  it('replaces whole words only, never a name inside another word', () => {
    expect(replace([['Ann', 'Mother']], 'Annual review: Ann met Joanna and Anne at the Annex.'))
      .toBe('Annual review: Mother met Joanna and Anne at the Annex.');
  });

  it('replaces a name in any case', () => {
    expect(replace([['Sarah', 'Mother']], 'SARAH said sarah and Sarah agreed; SaRaH too.'))
      .toBe('Mother said Mother and Mother agreed; Mother too.');
  });

  it("keeps the possessive: Sarah's becomes Mother's", () => {
    expect(replace([['Sarah', 'Mother']], "Sarah's flat, Sarah’s car and SARAH'S phone"))
      .toBe("Mother's flat, Mother’s car and Mother's phone");
  });

  it('replaces a possessive written without its apostrophe', () => {
    expect(replace([['Kayleigh', 'Mother']], 'kayleighs partner was at Kayleighs flat'))
      .toBe('Mother partner was at Mother flat');
  });

  it('replaces a full name as one unit, before its parts', () => {
    expect(replace([['Sarah Jones', 'Mother'], ['Sarah', 'Mother'], ['Jones', 'Mother']], 'Sarah Jones, then Jones, then Sarah'))
      .toBe('Mother, then Mother, then Mother');
  });

  it('takes a courtesy title and initial with the name', () => {
    const terms: [string, string][] = [['Smith', 'Father']];
    expect(replace(terms, 'Mr Smith and Ms K. Smith and Mrs. Smith and Dr Smith')).toBe('Father and Father and Father and Father');
  });

  it('takes initials with the name so they do not identify', () => {
    expect(replace([['Smith', 'Father']], 'Seen by K. Smith and by J. R. Smith.')).toBe('Seen by Father and by Father.');
  });

  it('matches accented and plain spellings both ways', () => {
    expect(replace([['Zoë', 'Child A']], 'Zoë, Zoe, ZOË, zoe and Zoe\u0308')).toBe('Child A, Child A, Child A, Child A and Child A');
    expect(replace([['Zoe', 'Child A']], 'Zoë was seen')).toBe('Child A was seen');
    expect(replace([['Łukasz Nowak', 'Health Visitor 1']], 'Lukasz Nowak visited')).toBe('Health Visitor 1 visited');
    expect(replace([['Siobhán', 'Mother']], 'SIOBHAN said')).toBe('Mother said');
  });

  it('replaces names that are ordinary words only when capitalised', () => {
    const terms: [string, string][] = [['Hope', 'Child A'], ['Grace', 'Sibling 1'], ['Mark', 'Father'], ['Will', 'SW1']];
    expect(replace(terms, 'Hope said there was hope; Grace showed grace; Mark will mark it; Will will visit.'))
      .toBe('Child A said there was hope; Sibling 1 showed grace; Father will mark it; SW1 will visit.');
    expect(replace(terms, "Mark's bruise and the mark's shape")).toBe("Father's bruise and the mark's shape");
  });

  it('does not read a month as a name when it is part of a date', () => {
    const terms: [string, string][] = [['May', 'Child A'], ['April', 'Sibling 1']];
    expect(replace(terms, 'In May 2023 May was seen; on 3 April April said; 14 May.'))
      .toBe('In May 2023 Child A was seen; on 3 April Sibling 1 said; 14 May.');
  });

  it('does not guess between two people who share a surname', () => {
    const terms: [string, string][] = [
      ['Kayleigh Thornbury', 'Mother'], ['Kayleigh', 'Mother'], ['Thornbury', 'Mother'],
      ['Zoë Thornbury', 'Child A'], ['Zoë', 'Child A'], ['Thornbury', 'Child A'],
    ];
    expect(replace(terms, 'Kayleigh Thornbury and Zoë Thornbury; Ms Thornbury later'))
      .toBe('Mother and Child A; [name withheld] later');
  });

  it('matches hyphenated and apostrophe names whole', () => {
    expect(replace([["O'Brien", 'Father'], ['Mary-Jane', 'Mother']], "O'Brien's van; Mary-Jane and Mary-Janes"))
      .toBe("Father's van; Mother and Mother");
  });

  it('replaces a registered name inside an unregistered hyphenated compound', () => {
    expect(replace([['Zoë', 'Child A'], ['Fowler', 'Father']], 'Zoe-Louise at the Thornbury-Fowler house; a well-being check'))
      .toBe('Child A-Louise at the Thornbury-Father house; a well-being check');
  });

  it('finds matches with their positions', () => {
    const p = buildPseudonymiser([{ text: 'Sarah', replacement: 'Mother' }]);
    expect(p.find('Ms Sarah came')).toEqual([{ start: 0, end: 8, found: 'Ms Sarah', replacement: 'Mother' }]);
  });

  it('leaves text alone when nothing is registered', () => {
    expect(buildPseudonymiser([]).replace('Sarah')).toBe('Sarah');
  });
});
