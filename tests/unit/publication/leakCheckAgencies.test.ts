import { describe, expect, it } from 'vitest';
import { checkEdition, type LeakCheckContext } from '../../../server/publication/leakCheck';
import type { RegistryPerson } from '../../../server/anonymise/registryRedactor';
import { buildReportModel } from '../../helpers/reportFixtures';
import type { ReportModel } from '../../../templates/model';

const people: RegistryPerson[] = [
  { realName: 'Mary Jones', aliases: [], dateOfBirth: null, identifiers: [], pseudonym: 'Mother' },
  { realName: 'Priya Ramanathan', aliases: [], dateOfBirth: null, identifiers: [], pseudonym: 'Social Worker 1' },
];
const context: LeakCheckContext = { people, places: [], dismissedNames: new Set() };

/** A model whose first agency is St Mary's Hospital and whose entries say the given texts. */
function modelSaying(texts: string[]): ReportModel {
  const m = buildReportModel({ entries: texts.length, factors: 1, findings: 1 });
  return {
    ...m,
    agencies: m.agencies.map((a, i) => (i === 0 ? { ...a, name: "St Mary's Hospital" } : a)),
    chronology: m.chronology.map((e, i) => ({ ...e, description: texts[i]! })),
  };
}

const registeredLeaks = (model: ReportModel, pdfPages: string[] = []) =>
  checkEdition({ model, slug: 'cspr-1-2026', pdfPages, pdfMetadata: {} }, context).filter((l) => l.kind === 'registered_name').map((l) => [l.where.split(':')[0]!.startsWith('PDF') ? 'PDF' : 'model', l.found]);

describe('checkEdition and names that print with invisible characters inside', () => {
  it('reports a registered name split by a soft hyphen or a zero-width space, in the model and in the PDF text', () => {
    const model = modelSaying(['Visit by Pri\u00ADya Rama\u200Bnathan.']);
    expect(registeredLeaks(model, ['Seen by Rama\u2060nathan.'])).toEqual([['model', 'Pri\u00ADya Rama\u200Bnathan'], ['PDF', 'Rama\u2060nathan']]);
  });
});

describe("checkEdition and the edition's agency names", () => {
  it("does not report a registered name inside an agency's name, in any case or as a possessive", () => {
    const model = modelSaying(["Seen at St Mary's Hospital A&E.", "ST MARY'S HOSPITAL's ward was full."]);
    expect(registeredLeaks(model, ["Taken to St Mary's\nHospital by ambulance."])).toEqual([]);
  });

  it('reports the name alone, and in part of the agency name', () => {
    const model = modelSaying(["Mary's flat was visited.", "Mary's Hospital ward."]);
    expect(registeredLeaks(model)).toEqual([['model', "Mary's"], ['model', "Mary's"]]);
  });
});
