import { describe, expect, it } from 'vitest';
import { registryOf, withoutIdentities } from '../../../server/review/withoutIdentities';

const content = {
  formatVersion: 1,
  people: [{ id: 'p', realName: 'Zoë Q', aliases: ['Zo'], dateOfBirth: '2019-06-02', identifiers: [{ kind: 'NHS', value: '943 476 5919' }], pseudonym: 'Child Q', roleCode: null }],
  places: [{ id: 's', realName: 'Elm Street', replacement: 'a street' }],
  events: [{ id: 'e', description: 'Zoë Q seen' }],
};

describe('withoutIdentities', () => {
  it('withholds real names, aliases, dates of birth and identifiers, and keeps everything else', () => {
    expect(withoutIdentities(content)).toEqual({
      formatVersion: 1,
      people: [{ id: 'p', realName: null, aliases: null, dateOfBirth: null, identifiers: null, pseudonym: 'Child Q', roleCode: null }],
      places: [{ id: 's', realName: null, replacement: 'a street' }],
      events: [{ id: 'e', description: 'Zoë Q seen' }],
    });
  });
});

describe('registryOf', () => {
  it('reads the registry a content holds in the redactor shape', () => {
    expect(registryOf(content)).toEqual({
      people: [{ realName: 'Zoë Q', pseudonym: 'Child Q', aliases: ['Zo'], dateOfBirth: '2019-06-02', identifiers: [{ kind: 'NHS', value: '943 476 5919' }] }],
      places: [{ realName: 'Elm Street', replacement: 'a street' }],
    });
  });

  it('skips malformed entries instead of failing', () => {
    expect(registryOf({ people: [{ realName: 3 }, 'x'], places: null })).toEqual({ people: [], places: [] });
  });
});
