import { describe, expect, it } from 'vitest';
import { buildRegistryRedactor, type RegistryPerson } from '../../../server/anonymise/registryRedactor';
import { buildPseudonymiser } from '../../../server/anonymise/pseudonymiser';
import { buildDetector } from '../../../server/anonymise/detect';

const person = (realName: string, pseudonym: string, aliases: string[] = []): RegistryPerson =>
  ({ realName, pseudonym, aliases, dateOfBirth: null, identifiers: [] });

const mary = person('Mary Jones', 'Mother', ['Molly Jones']);
const agencies = ["St Mary's Hospital", 'Jones Street Surgery', 'St. Helens Council'];
const redactor = buildRegistryRedactor([mary, person('Helen Okafor', 'Social Worker 1')], [], agencies);

describe('the registry redactor and the agencies\' names', () => {
  it('leaves an agency name field as written', () => {
    expect(redactor.replace("St Mary's Hospital")).toBe("St Mary's Hospital");
    expect(redactor.replace('Jones Street Surgery')).toBe('Jones Street Surgery');
  });

  it('leaves an agency name inside free text as written and still replaces the person next to it', () => {
    expect(redactor.replace("Mary Jones was seen at St Mary's Hospital A&E by Helen."))
      .toBe("Mother was seen at St Mary's Hospital A&E by Social Worker 1.");
  });

  it('leaves the agency name whole in the possessive and the plural', () => {
    expect(redactor.replace("St Mary's Hospital's ward and both St Mary's Hospitals")).toBe("St Mary's Hospital's ward and both St Mary's Hospitals");
  });

  it('matches an agency name in any case, with curly apostrophes, accents folded and a full stop after an abbreviation', () => {
    expect(redactor.replace("ST MARY'S HOSPITAL, st mary’s hospital, St. Mary's Hospital, St Helens Council"))
      .toBe("ST MARY'S HOSPITAL, st mary’s hospital, St. Mary's Hospital, St Helens Council");
  });

  it('still replaces the name alone and in a part of the agency name that is not the whole name', () => {
    expect(redactor.replace("Mary rang; Mary's Hospital; St Mary's ward; Mary's")).toBe("Mother rang; Mother's Hospital; St Mother's ward; Mother's");
    expect(redactor.replace('Helen, St. Helen')).toBe('Social Worker 1, St. Social Worker 1');
  });

  it('replaces a name right after an agency name', () => {
    expect(redactor.replace("St Mary's Hospital Mary Jones")).toBe("St Mary's Hospital Mother");
  });
});

describe('agency names that would let a registered name out', () => {
  it('replaces an agency name equal to a registered name or name part', () => {
    const r = buildRegistryRedactor([mary], [], ['Mary Jones', 'Jones', 'Mary']);
    expect(r.replace('Mary Jones, Jones, Mary')).toBe('Mother, Mother, Mother');
  });

  it('replaces the registered full name or alias inside an agency name that holds one', () => {
    const r = buildRegistryRedactor([mary], [{ realName: 'Cobden Estate', replacement: '[estate]' }], [
      'Mary Jones Family Centre', "Molly Jones's Nursery", 'Cobden Estate Family Centre',
    ]);
    expect(r.replace("Mary Jones Family Centre; Molly Jones's Nursery; Cobden Estate Family Centre"))
      .toBe("Mother Family Centre; Mother's Nursery; [estate] Family Centre");
  });

  it('lets a place registered with the agency\'s own name win, so an agency whose name identifies the family is withheld', () => {
    const r = buildRegistryRedactor([mary], [{ realName: 'Little Acorns Nursery', replacement: 'the nursery' }], ['Little Acorns Nursery']);
    expect(r.replace('Little Acorns Nursery')).toBe('the nursery');
  });
});

describe('buildPseudonymiser with protected names', () => {
  it('reports no match for a protected name and the longest term elsewhere', () => {
    const p = buildPseudonymiser([{ text: 'Mary', replacement: 'Mother' }], ["St Mary's Hospital"]);
    expect(p.find("At St Mary's Hospital, Mary")).toEqual([{ start: 23, end: 27, found: 'Mary', replacement: 'Mother' }]);
  });
});

describe('buildDetector with agency names', () => {
  it('does not report a registered name inside an agency name, and reports it elsewhere', () => {
    const detector = buildDetector([mary], [], { registeredNames: true, agencies });
    expect(detector.detect("St Mary's Hospital, then Mary's flat").map((d) => d.found)).toEqual(["Mary's"]);
  });
});
