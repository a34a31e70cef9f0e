import { describe, expect, it } from 'vitest';
import { buildPseudonymiser } from '../../../server/anonymise/pseudonymiser';
import { personTerms } from '../../../server/anonymise/registryRedactor';

const replace = (terms: [string, string][], text: string) =>
  buildPseudonymiser(terms.map(([t, replacement]) => ({ text: t, replacement }))).replace(text);

const person = (realName: string, pseudonym: string, aliases: string[] = []) =>
  personTerms({ realName, aliases, dateOfBirth: null, identifiers: [], pseudonym });

describe('buildPseudonymiser at the edges of words and text', () => {
  it('replaces names at the very start and end of the text, and a text that is only a name', () => {
    expect(replace([['Sarah', 'Mother']], 'Sarah')).toBe('Mother');
    expect(replace([['Sarah', 'Mother']], "Sarah's")).toBe("Mother's");
    expect(replace([['Sarah', 'Mother']], 'Sarah saw the GP, then the GP saw Sarah')).toBe('Mother saw the GP, then the GP saw Mother');
  });

  it('replaces names next to punctuation, brackets and quotation marks', () => {
    expect(replace([['Sarah', 'Mother']], '(Sarah) [Sarah], “Sarah”, ‘Sarah’, "Sarah": Sarah… Sarah—Sarah/Sarah;Sarah?'))
      .toBe('(Mother) [Mother], “Mother”, ‘Mother’, "Mother": Mother… Mother—Mother/Mother;Mother?');
  });

  it('replaces adjacent names one by one when they are not registered together', () => {
    const terms: [string, string][] = [['Sarah', 'Mother'], ['Kevin', 'Father']];
    expect(replace(terms, 'Sarah Kevin, Sarah/Kevin and Sarah,Kevin')).toBe('Mother Father, Mother/Father and Mother,Father');
    expect(replace(terms, 'SarahKevin')).toBe('SarahKevin');
  });

  it('reads every apostrophe style inside a name and keeps the one written in a possessive', () => {
    const terms: [string, string][] = [["O'Brien", 'Father']];
    expect(replace(terms, 'O’Brien, O‘Brien, O`Brien, O´Brien, OʼBrien and o\'brien'))
      .toBe('Father, Father, Father, Father, Father and Father');
    expect(replace(terms, 'O’Brien’s car and O`Brien`s van')).toBe('Father’s car and Father`s van');
  });

  it('replaces a hyphenated surname whole, in the possessive, and each registered half alone', () => {
    const terms = person('Darren Fowler-Smith', "Mother's partner");
    const p = buildPseudonymiser(terms);
    expect(p.replace("Fowler-Smith's car; FOWLER-SMITH; Mr Fowler; Smith")).toBe("Mother's partner's car; Mother's partner; Mother's partner; Mother's partner");
    expect(p.replace('a follow-up and a well-being check')).toBe('a follow-up and a well-being check');
  });

  it('matches a registered term that contains a hyphenated word, and the halves when the rest differs', () => {
    const p = buildPseudonymiser([
      { text: 'Stoke-on-Trent Road', replacement: '[street]' },
      { text: 'Mary-Jane Smith', replacement: 'Aunt' },
      { text: 'Mary', replacement: 'Sibling 1' },
    ]);
    expect(p.replace('She lived on Stoke-on-Trent Road, and Mary-Jane Smith visited.')).toBe('She lived on [street], and Aunt visited.');
    expect(p.replace('Mary-Jane Brown came with Mary-Ann.')).toBe('Sibling 1-Jane Brown came with Sibling 1-Ann.');
  });

  it('keeps the full name when a registered name runs on into an unregistered hyphenated word', () => {
    const p = buildPseudonymiser([...person('Zoë Thornbury', 'Child A'), { text: 'Thornbury-Fowler Smith', replacement: 'Aunt' }]);
    expect(p.replace('Zoë Thornbury-Fowler and Thornbury-Fowler Smith')).toBe('Child A-Fowler and Aunt');
  });

  it('folds letters outside Latin-1 and other scripts', () => {
    const terms = [...person('Łukasz Nowak', 'Health Visitor 1'), ...person('Олег Петров', 'Father'), ...person('Søren Ærø', 'SW1')];
    expect(buildPseudonymiser(terms).replace("ŁUKASZ, łukasz, Lukasz's; ОЛЕГ and петров; Soren and AERO"))
      .toBe("Health Visitor 1, Health Visitor 1, Health Visitor 1's; Father and Father; SW1 and SW1");
  });

  it('does not take letters of a UUID or digest for a name, but does take the same name beside it', () => {
    const id = '3fa85f64-5717-4ada-8b3f-2c963f66afa6';
    expect(replace([['Ada', 'Child A']], `Ada (${id}) and ${'ada1'.repeat(9)} Ada`)).toBe(`Child A (${id}) and ${'ada1'.repeat(9)} Child A`);
  });

  it('finds every occurrence in a long text with the same positions as in a short one', () => {
    const p = buildPseudonymiser(person('Kayleigh Thornbury', 'Mother'));
    const sentence = 'The visit was made. Ms Thornbury’s flat was cold; kayleigh said so. ';
    const long = sentence.repeat(2000);
    const found = p.find(long);
    expect(found).toHaveLength(4000);
    expect(found.slice(-2)).toEqual(p.find(sentence).map((m) => ({ ...m, start: m.start + sentence.length * 1999, end: m.end + sentence.length * 1999 })));
  });
});
