import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { agencyDateReader, readAgencyDate } from '../../../server/chronology/agencyDates';
import { CsvError, parseCsv, readCsv } from '../../../server/chronology/csv';
import { importKeysFor } from '../../../server/chronology/importKeys';
import { normaliseText } from '../../../server/chronology/similarity';
import { parseEdtf } from '../../../schema/edtf';

/** What the cached reader must give: readAgencyDate's reading, parsed. */
function expected(date: string, time: string, order: 'uk' | 'us') {
  const r = readAgencyDate(date, time, order);
  return r.ok ? { ok: true, occurred: parseEdtf(r.edtf) } : r;
}

describe('agencyDateReader', () => {
  it('reads repeated and varied cells of one file exactly as readAgencyDate does', () => {
    const cells: [string, string][] = [
      ['14/03/2019', ''], ['14/03/2019', '10:30'], ['14/03/2019', '10:30'], ['14/03/2019', '10:31:05'], ['?14/03/2019', '09:05'],
      ['March 2019', ''], ['March 2019', '10:30'], ['14/03/2019 10:30', ''], ['14/03/2019 10:30', '11:00'], ['31/02/2019', ''],
      ['14/03/2019', '25:00'], ['', '10:30'], ['early March 2019', ''], ['c. 2019', ''], ['14/03/2019', ''], ['March 2019', ''],
    ];
    const read = agencyDateReader('uk');
    expect(cells.map(([d, t]) => read(d, t))).toEqual(cells.map(([d, t]) => expected(d, t, 'uk')));
  });

  it('keeps a date cell with a control character apart from the same text split over date and time', () => {
    const read = agencyDateReader('uk');
    expect(read('14/03/2019\u000010:30', '')).toEqual(expected('14/03/2019\u000010:30', '', 'uk'));
    expect(read('14/03/2019', '10:30')).toEqual(expected('14/03/2019', '10:30', 'uk'));
  });

  it('agrees with readAgencyDate on arbitrary cells, read twice in one file', () => {
    const chars = [...'0123456789/-.: ?~,()cirapoxyMarchJunSeptlyTt'];
    const cell = fc.oneof(fc.string({ maxLength: 30 }), fc.string({ unit: fc.constantFrom(...chars), maxLength: 24 }));
    const time = fc.oneof(fc.constant(''), fc.string({ unit: fc.constantFrom(...chars), maxLength: 10 }));
    fc.assert(fc.property(fc.array(fc.tuple(cell, time), { maxLength: 20 }), fc.constantFrom('uk' as const, 'us' as const), (rows, order) => {
      const read = agencyDateReader(order);
      for (const [d, t] of [...rows, ...rows]) expect(read(d, t)).toEqual(expected(d, t, order));
    }), { numRuns: 500 });
  });
});

describe('readCsv', () => {
  it('gives the records one at a time, then undefined, as parseCsv gives them all', () => {
    const text = 'sep=;\na;b\r\n"x; ""y""\r\nz";\n\n1;';
    const reader = readCsv(text);
    const records = [reader.next(), reader.next(), reader.next(), reader.next(), reader.next()];
    expect(records).toEqual([['a', 'b'], ['x; "y"\nz', ''], [''], ['1', ''], undefined]);
    expect(parseCsv(text)).toEqual({ records: records.slice(0, 4), delimiter: ';' });
  });

  it('reads the records before an unclosed quote, then throws naming its row', () => {
    const reader = readCsv('a,b\n1,2\n3,"open\n', ',');
    expect([reader.next(), reader.next()]).toEqual([['a', 'b'], ['1', '2']]);
    expect(() => reader.next()).toThrow(new CsvError('row 3: a quoted cell is never closed (a " is missing)'));
  });
});

describe('normaliseText', () => {
  const reference = (text: string) => (/^[\x00-\x7f]*$/.test(text) ? text : text.normalize('NFKC')).toLowerCase().replace(/\s+/g, ' ').trim();

  it('lower-cases plain text and collapses any other whitespace', () => {
    expect(['Home visit', 'home visit ', ' Home', 'Home\tvisit', 'Home\nvisit', 'Zoë  seen', 'a\u00a0b', ''].map(normaliseText))
      .toEqual(['home visit', 'home visit', 'home', 'home visit', 'home visit', 'zoë seen', 'a b', '']);
  });

  it('agrees with collapsing whitespace after Unicode normalisation on any text', () => {
    const unit = fc.constantFrom(...'aZ 0\t\n\r\u00a0\u2003ﬁéE\u0301'.split(''));
    fc.assert(fc.property(fc.oneof(fc.string(), fc.string({ unit })), (text) => {
      expect(normaliseText(text)).toBe(reference(text));
    }), { numRuns: 2000 });
  });
});

describe('importKeysFor keys already stored', () => {
  it('gives the keys earlier imports stored, so files imported before are still recognised', () => {
    const row = (value: string, text: string) => ({ occurred: { value }, text });
    expect(importKeysFor('agency-1', [
      row('2023-03-14', 'Home visit'), row('2023-03-14', ' home  VISIT '), row('2023-03-15', 'Zoë seen at café'), row('2023-03-14', 'Home visit'),
    ])).toEqual(['WFiUd6XQGI7m2TeIlCaPW6oKppbMl7X4', '_9YW-W70K89rSha-e32iD1KqceB8aFYb', 'HE2o8LEtSYDLUQzVnHldQn-m9FSErxcS', 'mSLS4Ed7WB6XXQpqar7-gvJ0cF3vZ1Eb']);
  });
});
