import { describe, expect, it } from 'vitest';
import { buildRegistryRedactor, personTerms, redactDeep, type RegistryPerson } from '../../../server/anonymise/registryRedactor';

const person = (p: Partial<RegistryPerson> & Pick<RegistryPerson, 'realName' | 'pseudonym'>): RegistryPerson =>
  ({ aliases: [], dateOfBirth: null, identifiers: [], ...p });

const registry = [
  person({ realName: 'Zoë Thornbury', pseudonym: 'Child A', aliases: ['Zo'], dateOfBirth: '2019-09-02', identifiers: [{ kind: 'NHS number', value: '943 476 5919' }] }),
  person({ realName: 'Kayleigh Thornbury', pseudonym: 'Mother', aliases: ['Kay'] }),
  person({ realName: 'Mr Darren Fowler-Smith', pseudonym: "Mother's partner" }),
];
const redactor = buildRegistryRedactor(registry, [{ realName: 'Little Acorns Nursery', replacement: 'the nursery' }]);

describe('personTerms', () => {
  it('gives the full name, each part (without titles, with hyphen parts) and the aliases', () => {
    expect(personTerms(registry[2]!).map((t) => t.text)).toEqual(['Mr Darren Fowler-Smith', 'Darren', 'Fowler-Smith', 'Fowler', 'Smith']);
  });
});

describe('buildRegistryRedactor', () => {
  it('replaces names, aliases, places, dates of birth and identifiers', () => {
    expect(redactor.replace("Zo (DOB 2nd Sept 2019, NHS 9434765919) stayed at Kayleigh's; Kay took her to Little Acorns Nursery."))
      .toBe("Child A (DOB [date of birth], NHS [identifier]) stayed at Mother's; Mother took her to the nursery.");
  });

  it('replaces first names and surnames alone, and shared surnames with a neutral placeholder', () => {
    expect(redactor.replace('Zoë and Darren met Mr Fowler; Smith and Thornbury.'))
      .toBe("Child A and Mother's partner met Mother's partner; Mother's partner and [name withheld].");
  });
});

describe('redactDeep', () => {
  it('replaces every string inside objects and arrays but leaves keys, numbers and ids alone', () => {
    const r = buildRegistryRedactor([person({ realName: 'Ada Fabbe', pseudonym: 'Child A' })], []);
    const id = '3fa85f64-5717-4ada-8b3f-2c963f66afa6';
    expect(redactDeep({ Ada: 'Ada', n: 2, id, list: [`seen Ada (${id})`], sha256: 'ada1'.repeat(16) }, r))
      .toEqual({ Ada: 'Child A', n: 2, id, list: [`seen Child A (${id})`], sha256: 'ada1'.repeat(16) });
  });
});
