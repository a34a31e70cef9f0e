import { describe, expect, it } from 'vitest';
import { registryClash, type ClashEntry } from '../../../server/services/registryClash';

const mother: ClashEntry = { realName: "Kayleigh O'Brien", aliases: ['Kay'], pseudonym: 'Mother', roleCode: null };
const child: ClashEntry = { realName: 'Zoë Łukasz-Smith', aliases: [], pseudonym: 'Child A', roleCode: null };
const entry = (e: Partial<ClashEntry>): ClashEntry => ({ realName: 'Jo Bloggs', aliases: [], pseudonym: 'Aunt', roleCode: null, ...e });

describe('registryClash', () => {
  it('accepts entries whose pseudonyms hold no registered name', () => {
    expect(registryClash(entry({}), [mother, child])).toBeNull();
  });

  it("refuses a pseudonym that is another person's first name, in any accent or case", () => {
    expect(registryClash(entry({ pseudonym: 'Kayleigh' }), [mother])).toBe(
      'pseudonym: "Kayleigh" contains "Kayleigh", a name of another registered person (Mother), so it would be shown as "Mother" '
      + 'to panel members and in the published edition; choose another pseudonym',
    );
    expect(registryClash(entry({ pseudonym: 'Zoe' }), [child])).toMatch(/^pseudonym: "Zoe" contains "Zoe", a name of another registered person \(Child A\)/);
    expect(registryClash(entry({ pseudonym: 'Aunt Kay' }), [mother])).toMatch(/^pseudonym: "Aunt Kay" contains "Kay"/);
  });

  it("refuses a pseudonym that holds the person's own name or alias", () => {
    expect(registryClash(entry({ realName: 'Zoë Smith', pseudonym: 'Zoe' }), [])).toBe(
      'pseudonym: "Zoe" contains "Zoe", a name of this person; a pseudonym must not reveal who it stands for',
    );
    expect(registryClash(entry({ aliases: ['Bunny'], pseudonym: 'Bunny' }), [])).toMatch(/^pseudonym: "Bunny" contains "Bunny", a name of this person/);
  });

  it("accepts a pseudonym that holds one word of the person's own name among others", () => {
    expect(registryClash(entry({ realName: 'Emma Child', pseudonym: 'Child A' }), [mother])).toBeNull();
  });

  it('refuses a role code that is a registered name', () => {
    expect(registryClash(entry({ roleCode: 'Kay' }), [mother])).toMatch(/^roleCode: "Kay" contains "Kay", a name of another registered person .*choose another role code$/);
  });

  it("refuses a real name or alias that would be replaced inside another entry's pseudonym", () => {
    expect(registryClash(entry({ realName: 'Emma Child' }), [child])).toBe(
      'realName: "Child" is also in the pseudonym "Child A" of another entry, where it would be replaced in what panel members '
      + 'and the published edition read; give that entry another pseudonym first',
    );
    expect(registryClash(entry({ aliases: ['Em', 'Mother'] }), [mother])).toMatch(/^aliases\[1\]: "Mother" is also in the pseudonym "Mother"/);
  });
});
