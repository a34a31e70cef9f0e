import { describe, expect, it } from 'vitest';
import { dropInvisible, findOnVisible } from '../../../server/anonymise/invisible';
import { buildPseudonymiser } from '../../../server/anonymise/pseudonymiser';
import { buildRegistryRedactor, type RegistryPerson } from '../../../server/anonymise/registryRedactor';
import { buildIdentifierRedactor } from '../../../server/anonymise/identifiers';
import { buildDetector, findPatterns, findSuspectedNames } from '../../../server/anonymise/detect';

// Characters that print as nothing: soft hyphen, zero-width space, zero-width non-joiner and joiner, word joiner, BOM.
const SHY = '\u00AD';
const ZWSP = '\u200B';
const ZWNJ = '\u200C';
const ZWJ = '\u200D';
const WJ = '\u2060';
const BOM = '\uFEFF';

const priya: RegistryPerson = {
  realName: 'Priya Ramanathan', aliases: [], dateOfBirth: '2019-09-02', identifiers: [{ kind: 'NHS number', value: '943 476 5919' }], pseudonym: 'Social Worker 1',
};
const redactor = buildRegistryRedactor([priya], []);

describe('dropInvisible', () => {
  it('removes every character that prints as nothing and leaves other text alone', () => {
    expect(dropInvisible(`Pri${SHY}ya${ZWSP} Rama${ZWNJ}${ZWJ}na${WJ}than${BOM} \u180Eok\uFE0F\u034F`)).toBe('Priya Ramanathan ok');
    expect(dropInvisible('Zoë — O’Brien')).toBe('Zoë — O’Brien');
  });
});

describe('findOnVisible', () => {
  it('maps spans found in the visible text back, keeping invisible characters inside a span and not those around it', () => {
    const text = `a ${ZWSP}Pri${SHY}${SHY}ya${BOM} b`;
    const hits = findOnVisible(text, (visible) => {
      expect(visible).toBe('a Priya b');
      return [{ start: 2, end: 7, found: 'Priya' }];
    });
    expect(hits).toEqual([{ start: 3, end: 10, found: `Pri${SHY}${SHY}ya` }]);
  });
});

describe('the registry redactor on text with characters that print as nothing', () => {
  it('replaces a name split by each kind of invisible character, the characters inside it included', () => {
    for (const c of [SHY, ZWSP, ZWNJ, ZWJ, WJ, BOM, '\u180E', '\u034F']) {
      expect(redactor.replace(`Visit by Pri${c}ya Rama${c}nathan.`), JSON.stringify(c)).toBe('Visit by Social Worker 1.');
    }
  });

  it('matches the full name across a space with invisible characters around it, and a possessive', () => {
    expect(redactor.replace(`${BOM}Priya${ZWSP} ${WJ}Ramanathan${SHY}'s notes`)).toBe(`${BOM}Social Worker 1's notes`);
    expect(redactor.replace(`Rama${SHY}nathan’${ZWSP}s car`)).toBe('Social Worker 1’s car');
  });

  it('replaces a registered identifier and date of birth written with invisible characters', () => {
    expect(redactor.replace(`NHS 943${ZWSP}476${SHY}5919, born 02/0${WJ}9/2019`)).toBe('NHS [identifier], born [date of birth]');
  });

  it('leaves text without a registered name unchanged, invisible characters and all', () => {
    expect(redactor.replace(`A home${SHY}visit took place${ZWSP}.`)).toBe(`A home${SHY}visit took place${ZWSP}.`);
  });

  it('matches a registered name that was itself stored with invisible characters', () => {
    expect(buildPseudonymiser([{ text: `Ka${SHY}yleigh`, replacement: 'Mother' }]).replace('Kayleigh and Kay-leigh')).toBe('Mother and Kay-leigh');
  });
});

describe('identifier detection on text with characters that print as nothing', () => {
  it('finds a postcode, an email address and a phone number split by invisible characters, with offsets in the text', () => {
    const text = `At SW1A${ZWSP} 1AA, p.k${SHY}@example.org, 0161${WJ} 496 0000`;
    expect(findPatterns(text).map((h) => [h.kind, h.found, text.slice(h.start, h.end) === h.found])).toEqual([
      ['postcode', `SW1A${ZWSP} 1AA`, true],
      ['email_address', `p.k${SHY}@example.org`, true],
      ['phone_number', `0161${WJ} 496 0000`, true],
    ]);
  });

  it('finds registered identifiers with offsets in the text', () => {
    const ids = buildIdentifierRedactor([], ['943 476 5919']);
    expect(ids.find(`x 9434${ZWSP}765919 y`)).toEqual([{ start: 2, end: 13, found: `9434${ZWSP}765919`, replacement: '[identifier]' }]);
  });

  it('reads a suspected name whole through a soft hyphen', () => {
    expect(findSuspectedNames(`Seen by Okon${SHY}kwo's team.`, { known: new Set() }).map((s) => [s.found, s.key])).toEqual([[`Okon${SHY}kwo`, 'okonkwo']]);
  });

  it('reports a registered name split by invisible characters as a registered name, not also as a suspected one', () => {
    const detector = buildDetector([priya], [], { registeredNames: true, vocabulary: new Set() });
    expect(detector.detect(`Met Pri${SHY}ya Rama${ZWSP}nathan and Okon${SHY}kwo.`).map((d) => [d.kind, d.found])).toEqual([
      ['registered_name', `Pri${SHY}ya Rama${ZWSP}nathan`],
      ['suspected_name', `Okon${SHY}kwo`],
    ]);
  });
});
