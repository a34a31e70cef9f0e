import { describe, expect, it } from 'vitest';
import { namesRegisteredPerson, type RegisteredPerson } from '../../../server/findings/addressee';

const people: RegisteredPerson[] = [
  { realName: 'Zoë Thornbury', aliases: ['Zo'], pseudonym: 'Child A', roleCode: null },
  { realName: 'Darren Fowler', aliases: ['Daz', 'D Fowler-Smith'], pseudonym: "Mother's partner", roleCode: null },
  { realName: 'Łukasz Nowak', aliases: [], pseudonym: 'Health Visitor 1', roleCode: 'HV1' },
  { realName: 'Marcus Bell', aliases: [], pseudonym: 'Housing Officer 1', roleCode: 'HO1' },
];

describe('namesRegisteredPerson', () => {
  it.each([
    'Zoë Thornbury', 'ZOE THORNBURY', 'zoe', 'Thornbury', 'zo', 'child a', "Mother's Partner", 'HV1', 'hv1', 'health visitor 1',
    'Mr Fowler', 'Mr. D. Fowler', 'MR D FOWLER', 'Mx Nowak', 'Lukasz Nowak', "Darren Fowler's", 'd fowler-smith',
    'Dr Łukasz Nowak, Northbridge Health Visiting', 'FAO Mr Bell, Northbridge Housing', 'Team of HV1',
  ])('is true for "%s"', (name) => {
    expect(namesRegisteredPerson(name, people)).toBe(true);
  });

  it.each([
    'NHS England', 'Northbridge Housing', 'Bell Street Surgery', 'Child and Adolescent Mental Health Services',
    "Mothers' Union", 'Department for Education', 'Fowler Associates Ltd', '',
  ])('is false for "%s"', (name) => {
    expect(namesRegisteredPerson(name, people)).toBe(false);
  });
});
