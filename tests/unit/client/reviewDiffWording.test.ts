import { describe, expect, it } from 'vitest';
import { describeKindDiff, kindTitle, namesFromContent, namesFromDiff } from '../../../client/src/views/review/diffWording';
import { fieldLabel, itemName, valueInWords } from '../../../client/src/views/review/fieldWording';

describe('valueInWords', () => {
  it('shows codes as their labels, dates as UK dates, empties, booleans and lists in words', () => {
    expect(valueInWords('reviewStatus', 'disputed')).toBe('Disputed');
    expect(valueInWords('category', 'workload')).toBe('Workload, caseloads, staffing and turnover');
    expect(valueInWords('level', 'organisational')).toBe('Organisational');
    expect(valueInWords('incidentDate', '2024-01-18')).toBe('18 January 2024');
    expect(valueInWords('description', '')).toBe('(empty)');
    expect(valueInWords('contextTags', [])).toBe('(empty)');
    expect(valueInWords('childSeen', false)).toBe('No');
    expect(valueInWords('termsOfReference', ['Q1', 'Q2'])).toBe('Q1\nQ2');
    expect(valueInWords('identifiers', [{ kind: 'NHS number', value: '943 476 5919' }])).toBe('NHS number: 943 476 5919');
    expect(valueInWords('targetKind', 'event')).toBe('Chronology entry');
  });

  it('shows ids as the names of the items they point to', () => {
    const names = new Map([['e1', 'Home visit'], ['e2', 'Strategy discussion']]);
    expect(valueInWords('eventIds', ['e1', 'e2', 'e9'], names)).toBe('Home visit\nStrategy discussion\nan item not shown here');
    expect(valueInWords('agencyId', 'x', names)).toBe('an item not shown here');
  });
});

describe('fieldLabel and itemName', () => {
  it('labels known fields and spells out unknown ones', () => {
    expect(fieldLabel('knownAtTime')).toBe('Known at the time');
    expect(fieldLabel('someNewField')).toBe('Some new field');
  });

  it('names an item by its statement, title or name, cut to 80 characters', () => {
    expect(itemName({ id: 'f1', statement: '  Caseloads   were high ', title: 'x' })).toBe('Caseloads were high');
    expect(itemName({ name: 'Health visiting' })).toBe('Health visiting');
    expect(itemName({ description: 'd'.repeat(100) })).toBe(`${'d'.repeat(79)}…`);
    expect(itemName({ id: 'x' })).toBe('an item');
  });
});

describe('describeKindDiff', () => {
  it('summarises a kind and describes each change field by field, leaving out bookkeeping fields', () => {
    const names = new Map([['e1', 'Home visit on 14 March']]);
    const words = describeKindDiff({
      kind: 'factors',
      added: [{ id: 'f9', label: 'Supervision was cancelled', item: {} }],
      removed: [],
      changed: [
        { id: 'f1', label: 'Caseloads were high', fields: [
          { field: 'confidence', before: 'likely', after: 'very_likely' },
          { field: 'eventIds', before: [], after: ['e1'] },
        ] },
        { id: 'f2', label: 'Only bookkeeping', fields: [{ field: 'createdAt', before: 'a', after: 'b' }] },
      ],
    }, names);
    expect(words).toEqual({
      kind: 'factors', title: 'Factors', summary: '1 added, 1 changed', added: ['Supervision was cancelled'], removed: [],
      changed: [{ label: 'Caseloads were high', fields: [
        { field: 'Confidence', before: 'Likely', after: 'Very likely' },
        { field: 'Chronology entries', before: '(empty)', after: 'Home visit on 14 March' },
      ] }],
    });
  });

  it('titles every content kind in words', () => {
    expect(kindTitle('eventLinks')).toBe('Links between chronology entries');
    expect(kindTitle('reviewDecisions')).toBe('Review decisions');
  });
});

describe('namesFromDiff and namesFromContent', () => {
  it('collects a name for every item by id', () => {
    const content = { formatVersion: 1, investigation: { id: 'i1', title: 'Review' }, events: [{ id: 'e1', description: 'Home visit' }], factors: [{ id: 'f1', statement: 'Old statement' }] };
    const names = namesFromDiff([{ kind: 'factors', added: [], removed: [], changed: [{ id: 'f1', label: 'New statement', fields: [] }] }], namesFromContent(content));
    expect([...names]).toEqual([['e1', 'Home visit'], ['f1', 'New statement']]);
  });
});
