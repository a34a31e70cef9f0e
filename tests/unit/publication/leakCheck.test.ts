import { describe, expect, it } from 'vitest';
import { checkEdition, type LeakCheckContext } from '../../../server/publication/leakCheck';
import { publishModel } from '../../../server/reports/edition/publish';
import { buildRegistryRedactor, type RegistryPerson } from '../../../server/anonymise/registryRedactor';
import { buildReportModel } from '../../helpers/reportFixtures';
import type { ReportModel } from '../../../templates/model';

const people: RegistryPerson[] = [
  { realName: 'Zoë Thornbury', aliases: ['Zo', 'Little Bear'], dateOfBirth: '2019-09-02', identifiers: [{ kind: 'NHS number', value: '943 476 5919' }], pseudonym: 'Child A' },
  { realName: 'Kevin Smith', aliases: [], dateOfBirth: null, identifiers: [], pseudonym: "Mother's partner" },
  { realName: 'Hope Adeyemi', aliases: [], dateOfBirth: null, identifiers: [], pseudonym: 'Sibling 1' },
];
const places = [{ realName: 'Cobden Terrace', replacement: '[street]' }];
const context: LeakCheckContext = { people, places, dismissedNames: new Set() };

/** Every form a registered identity can take, each placed in a different part of the model. */
const FORMS = [
  'Zoë Thornbury', 'Zoe', 'THORNBURY', "Zoë's", 'zoe thornbury', 'Zo', 'Little Bear', 'Mr Smith', 'Ms K. Smith', "Kevin's", 'Smith',
  'Hope', 'Adeyemi', '2 September 2019', '02/09/2019', '2019-09-02', 'Sept 2, 2019', '943 476 5919', '9434765919', 'Cobden Terrace',
];

function leakyModel(): ReportModel {
  const m = buildReportModel({ entries: FORMS.length, factors: 4, findings: 2 });
  return {
    ...m,
    chronology: m.chronology.map((e, i) => ({ ...e, description: `Seen with ${FORMS[i]} at home.` })),
    factors: m.factors.map((f, i) => ({ ...f, statement: `${FORMS[(i + 3) % FORMS.length]} waited for a reply.` })),
    findings: m.findings.map((f, i) => ({ ...f, inThisCase: `The record of ${FORMS[(i + 7) % FORMS.length]} was not shared.` })),
    recommendations: m.recommendations.map((r) => ({ ...r, text: 'Ask Kevin Smith about it.' })),
  };
}

const none = { pdfPages: [], pdfMetadata: {} };

describe('checkEdition', () => {
  it('finds every registered form in events, factors, findings and recommendations, each with its entity and field', () => {
    const model = leakyModel();
    const leaks = checkEdition({ model, slug: 'cspr-1-2026', ...none }, context);
    model.chronology.forEach((e, i) => {
      expect(leaks.some((l) => l.location?.kind === 'event' && l.location.id === e.id && l.location.field === 'description' && l.found.includes(FORMS[i]!)), FORMS[i]).toBe(true);
    });
    expect(leaks.some((l) => l.location?.kind === 'factor' && l.location.field === 'statement')).toBe(true);
    expect(leaks.some((l) => l.location?.kind === 'finding' && l.location.field === 'inThisCase')).toBe(true);
    expect(leaks.some((l) => l.location?.kind === 'recommendation' && l.found === 'Kevin Smith')).toBe(true);
  });

  it('finds nothing once the publisher has pseudonymised the same model', () => {
    const published = publishModel(leakyModel(), buildRegistryRedactor(people, places));
    const model = { ...published, investigation: { ...published.investigation, title: 'Learning review: Child A' } };
    const text = JSON.stringify(model).normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
    for (const form of FORMS) {
      const folded = form.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      if (form !== 'Hope') expect(new RegExp(`(?<![\\p{L}\\p{N}])${folded}(?![\\p{L}\\p{N}])`, 'u').test(text), form).toBe(false);
    }
    expect(checkEdition({ model, slug: 'cspr-1-2026', ...none }, context).filter((l) => l.kind !== 'suspected_name')).toEqual([]);
  });

  it('reads the slug, the PDF metadata and each PDF page, naming where', () => {
    const model = publishModel(buildReportModel({ entries: 2, factors: 1, findings: 1 }), buildRegistryRedactor(people, places));
    const leaks = checkEdition({
      model, slug: 'thornbury-2026', pdfPages: ['Child A was seen.', 'Call 07700 900123 or write to k@example.com'], pdfMetadata: { Title: 'Review of ZOË', Keywords: 'child' },
    }, context).filter((l) => l.location === null).map((l) => [l.where, l.kind, l.found]);
    expect(leaks).toEqual([
      ['slug', 'registered_name', 'thornbury'], ['PDF metadata: Title', 'registered_name', 'ZOË'],
      ['PDF page 2', 'phone_number', '07700 900123'], ['PDF page 2', 'email_address', 'k@example.com'],
    ]);
  });

  it('finds no identifier by shape once the publisher has scrubbed them, and refuses one that still reaches the PDF text', () => {
    const base = buildReportModel({ entries: 1, factors: 1, findings: 1 });
    const leaky = { ...base, chronology: base.chronology.map((e) => ({ ...e, description: 'Lives at 14 Acacia Avenue, NE1 4ST; phone 07700 900123; NI QQ 12 34 56 C; k@example.com.' })) };
    const model = publishModel(leaky, buildRegistryRedactor(people, places));
    expect(model.chronology[0]!.description).toBe('Lives at [address], [postcode]; phone [phone number]; NI [NI number]; [email address].');
    const leaks = checkEdition({ model, slug: 's-2026', pdfPages: ['Seen at 14 Acacia Avenue.'], pdfMetadata: {} }, context).filter((l) => l.kind !== 'suspected_name');
    expect(leaks.map((l) => [l.where, l.kind, l.found])).toEqual([['PDF page 1', 'address', '14 Acacia Avenue']]);
  });

  it('does not flag ordinary words, agency names, "Annual Review", "Mark the date" or "hope"', () => {
    const mark: RegistryPerson = { realName: 'Mark Ann', aliases: [], dateOfBirth: null, identifiers: [], pseudonym: 'Father' };
    const base = publishModel(buildReportModel({ entries: 3, factors: 1, findings: 1 }), buildRegistryRedactor([...people, mark], places));
    const model: ReportModel = {
      ...base,
      chronology: base.chronology.map((e, i) => ({ ...e, description: ['The Annual Review was held; there was hope of progress.', 'Mark the date in the diary, the practitioner was told.', "Northbridge Children's Social Care and Northbridge Police met."][i]! })),
    };
    const leaks = checkEdition({ model, slug: 'cspr-1-2026', ...none }, { ...context, people: [...people, mark] });
    expect(leaks.filter((l) => l.location?.kind === 'event').map((l) => l.found)).toEqual([]);
  });

  it('reports an unregistered name until it is dismissed', () => {
    const base = publishModel(buildReportModel({ entries: 1, factors: 1, findings: 1 }), buildRegistryRedactor(people, places));
    const model = { ...base, chronology: base.chronology.map((e) => ({ ...e, description: 'The visit was made with Okonkwo present.' })) };
    expect(checkEdition({ model, slug: 's-2026', ...none }, context).filter((l) => l.kind === 'suspected_name').map((l) => l.found)).toEqual(['Okonkwo']);
    expect(checkEdition({ model, slug: 's-2026', ...none }, { ...context, dismissedNames: new Set(['okonkwo']) }).filter((l) => l.kind === 'suspected_name')).toEqual([]);
  });
});
