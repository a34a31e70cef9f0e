import { describe, expect, it } from 'vitest';
import { coarsenDatesInText, findScrubbable, scrubIdentifiers } from '../../../server/reports/edition/scrub';
import { findPatterns } from '../../../server/anonymise/detect';
import { publishModel } from '../../../server/reports/edition/publish';
import { buildRegistryRedactor } from '../../../server/anonymise/registryRedactor';
import { buildReportModel } from '../../helpers/reportFixtures';

const incident = Date.UTC(2024, 0, 18);

describe('scrubIdentifiers', () => {
  it('replaces email addresses, postcodes, phone numbers and NHS numbers with placeholders', () => {
    expect(scrubIdentifiers('Write to kay.t+1@example.co.uk or call 07700 900123 / +44 (0)1632 960001; NE1 4ST; NHS 943 476 5919.'))
      .toBe('Write to [email address] or call [phone number] / [phone number]; [postcode]; NHS [NHS number].');
  });

  it('replaces National Insurance numbers and house-number-and-street addresses, with a flat number', () => {
    expect(scrubIdentifiers('Lives at 14 Acacia Avenue (before: Flat 2, 7 Mill Lane); NI QQ 12 34 56 C and AB123456D.'))
      .toBe('Lives at [address] (before: [address]); NI [NI number] and [NI number].');
  });

  it('also replaces a ten-digit run whose NHS check digit is wrong, and a loosely written postcode', () => {
    expect(scrubIdentifiers('NHS 943 476 5918 (mistyped); postcode ne14st')).toBe('NHS [identifier] (mistyped); postcode [postcode]');
  });

  it('leaves nothing the detector would find, whatever sits next to what it replaces', () => {
    const texts = [
      '12 Green Lane 07700 900123 NE1 4ST', 'k@example.com,14 Acacia Avenue;QQ123456C', 'Flat 3, 2 Mill Lane NE1 4ST 0161 496 0000',
      '943 476 5919 9434765919 943-476-5919', 'Zoë at 9 Église Road, ÉR1 2AB',
    ];
    for (const text of texts) expect(findPatterns(scrubIdentifiers(text)), text).toEqual([]);
  });

  it('finds what it replaces, with the placeholder for each', () => {
    expect(findScrubbable('Call 07700 900123 at 14 Acacia Avenue.').map((h) => [h.kind, h.found, h.replacement]))
      .toEqual([['phone_number', '07700 900123', '[phone number]'], ['address', '14 Acacia Avenue', '[address]']]);
  });

  it('leaves role codes, references and years alone', () => {
    const text = 'SW1 and HV1 met on C-012; recommendation 2026-004 (F-07), 2,000 entries in 2023.';
    expect(scrubIdentifiers(text)).toBe(text);
  });
});

describe('coarsenDatesInText', () => {
  it('rewrites full dates at month precision', () => {
    expect(coarsenDatesInText('Seen on 14/03/2023 and on 2nd May 2023.', 'month', incident)).toBe('Seen on March 2023 and on May 2023.');
  });

  it('rewrites full dates relative to the incident', () => {
    expect(coarsenDatesInText('Seen on 28/12/2023.', 'relative', incident)).toBe('Seen on 3 weeks before the incident.');
  });
});

describe('publishModel', () => {
  const redactor = buildRegistryRedactor(
    [{ realName: 'Zoë Thornbury', aliases: ['Zo'], dateOfBirth: '2019-09-02', identifiers: [{ kind: 'NHS', value: '943 476 5919' }], pseudonym: 'Child A' },
      { realName: 'Łukasz Nowak', aliases: [], dateOfBirth: null, identifiers: [], pseudonym: 'Health Visitor 1' }],
    [{ realName: 'Cobden Terrace', replacement: '[street]' }],
  );

  it('runs every string of the model through the registry redactor and leaves ids alone', () => {
    const model = buildReportModel({ entries: 20, factors: 4, findings: 1 });
    const published = publishModel({ ...model, edition: 'published', dateStyle: 'month' }, redactor);
    const json = JSON.stringify(published);
    for (const name of ['Zoë', 'Thornbury', 'Łukasz', 'Nowak']) expect(json).not.toContain(name);
    expect(published.investigation.title).toBe('Learning review: Child A');
    expect(published.chronology[0]!.id).toBe(model.chronology[0]!.id);
  });

  it('widens entry instants to whole months and redacts a date of birth written in free text', () => {
    const model = buildReportModel({ entries: 1, factors: 0, findings: 0 });
    const entry = { ...model.chronology[0]!, start: Date.UTC(2023, 2, 14, 10), end: Date.UTC(2023, 2, 14, 11), description: 'Zo (born 02/09/2019) lives on Cobden Terrace.' };
    const published = publishModel({ ...model, edition: 'published', dateStyle: 'month', chronology: [entry] }, redactor);
    expect(published.chronology[0]).toMatchObject({ start: Date.UTC(2023, 2, 1), end: Date.UTC(2023, 3, 1) - 1, description: 'Child A (born [date of birth]) lives on [street].' });
  });
});
