import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readAgencyDate } from '../../../server/chronology/agencyDates';
import { parseEdtf } from '../../../schema/edtf';

const read = (date: string, time = '', order: 'uk' | 'us' = 'uk') => readAgencyDate(date, time, order);

describe('readAgencyDate', () => {
  it.each([
    ['14/03/2019', '', '2019-03-14', 'day'],
    ['14/3/19', '', '2019-03-14', 'day'],
    ['4.3.2019', '', '2019-03-04', 'day'],
    ['14-03-2019', '', '2019-03-14', 'day'],
    ['2019-03-14', '', '2019-03-14', 'day'],
    ['2019/03/14', '', '2019-03-14', 'day'],
    ['March 2019', '', '2019-03', 'month'],
    ['Mar-19', '', '2019-03', 'month'],
    ['Sept 2019', '', '2019-09', 'month'],
    ['October 2023', '', '2023-10', 'month'],
    ['c. October 2019', '', '2019-10~', 'month'],
    ['Oct to Dec 2019', '', '2019-10/2019-12', 'month'],
    ['03/2019', '', '2019-03', 'month'],
    ['2019-03', '', '2019-03', 'month'],
    ['2019', '', '2019', 'year'],
    ['14 March 2019', '', '2019-03-14', 'day'],
    ['14th March 2019', '', '2019-03-14', 'day'],
    ['Thursday 14 March 2019', '', '2019-03-14', 'day'],
    ['14-Mar-19', '', '2019-03-14', 'day'],
    ['March 14, 2019', '', '2019-03-14', 'day'],
    ['?14/03/2019', '', '2019-03-14?', 'day'],
    ['14/03/2019?', '', '2019-03-14?', 'day'],
    ['c. 2019', '', '2019~', 'year'],
    ['c.2019', '', '2019~', 'year'],
    ['circa 2019', '', '2019~', 'year'],
    ['approx. March 2019', '', '2019-03~', 'month'],
    ['about 14/03/2019', '', '2019-03-14~', 'day'],
    ['?c. March 2019', '', '2019-03%', 'month'],
    ['early March 2019', '', '2019-03-01/2019-03-10', 'day'],
    ['mid-March 2019', '', '2019-03-11/2019-03-20', 'day'],
    ['late February 2020', '', '2020-02-21/2020-02-29', 'day'],
    ['end of March 2019', '', '2019-03-21/2019-03-31', 'day'],
    ['early 2019', '', '2019-01/2019-04', 'month'],
    ['late 2019', '', '2019-09/2019-12', 'month'],
    ['March to May 2019', '', '2019-03/2019-05', 'month'],
    ['Mar–May 19', '', '2019-03/2019-05', 'month'],
    ['14-16 March 2019', '', '2019-03-14/2019-03-16', 'day'],
    ['14/03/2019 - 16/03/2019', '', '2019-03-14/2019-03-16', 'day'],
    ['2019-2020', '', '2019/2020', 'year'],
    ['14/03/2019', '10:30', '2019-03-14T10:30', 'minute'],
    ['14/03/2019', '10:30:15', '2019-03-14T10:30:15', 'second'],
    ['14/03/2019', '10.30', '2019-03-14T10:30', 'minute'],
    ['14/03/2019', '10:30am', '2019-03-14T10:30', 'minute'],
    ['14/03/2019', '2:15 pm', '2019-03-14T14:15', 'minute'],
    ['14/03/2019', '12am', '2019-03-14T00:00', 'minute'],
    ['14/03/2019', '1030hrs', '2019-03-14T10:30', 'minute'],
    ['14/03/2019', 'noon', '2019-03-14T12:00', 'minute'],
    ['14/03/2019', '   ', '2019-03-14', 'day'],
    ['14/03/2019 10:30', '', '2019-03-14T10:30', 'minute'],
    ['2019-03-14T10:30:15', '', '2019-03-14T10:30:15', 'second'],
    ['14/03/2019 00:00:00', '', '2019-03-14', 'day'],
    ['?14/03/2019', '09:05', '2019-03-14T09:05?', 'minute'],
  ])('reads %s (time "%s") as %s at %s precision', (date, time, edtf, precision) => {
    const r = read(date, time);
    expect(r).toEqual({ ok: true, edtf });
    if (r.ok) expect(parseEdtf(r.edtf).precision).toBe(precision);
  });

  it('reads numeric dates in US order when asked', () => {
    expect(read('03/14/2019', '', 'us')).toEqual({ ok: true, edtf: '2019-03-14' });
    expect(read('3/4/19', '', 'us')).toEqual({ ok: true, edtf: '2019-03-04' });
    expect(read('3/4/19', '', 'uk')).toEqual({ ok: true, edtf: '2019-04-03' });
  });

  it.each([
    ['', '', 'date', 'the date is empty'],
    ['31/02/2019', '', 'date', '"31/02/2019" is not a real date: February 2019 has 28 days'],
    ['03/14/2019', '', 'date', '"03/14/2019" has no month 14 — the file may use US order (month/day/year); choose US date order'],
    ['sometime in spring', '', 'date', '"sometime in spring" is not a date we recognise (use e.g. 14/03/2019, 2019-03-14, March 2019 or Mar-19)'],
    ['14 March', '', 'date', '"14 March" has no year'],
    ['March 2019', '10:30', 'time', 'a time is given but "March 2019" is not a single day'],
    ['14/03/2019', '25:00', 'time', '"25:00" is not a real time of day'],
    ['14/03/2019', '13pm', 'time', '"13pm": with am or pm the hour must be 1 to 12'],
    ['14/03/2019', 'morning', 'time', '"morning" is not a time we recognise (use e.g. 10:30, 10:30:15, 10.30 or 10:30am)'],
    ['14/03/2019 10:30', '11:00', 'time', 'a time is given in both the date and the time column'],
    ['May to March 2019', '', 'date', '"May to March 2019": the period ends before it starts'],
    ['early 14/03/2019', '', 'date', '"early 14/03/2019": "early" needs a month or a year, not a single day'],
    ['1 '.repeat(50), '', 'date', 'the date cell is longer than 80 characters; is the date column mapped to the right column?'],
  ])('refuses %s (time "%s") naming the %s', (date, time, field, message) => {
    expect(read(date, time)).toEqual({ ok: false, field, message });
  });

  it('hints at UK order when a US-order file has a day first', () => {
    const r = read('14/03/2019', '', 'us');
    expect(r).toEqual({ ok: false, field: 'date', message: '"14/03/2019" has no month 14 — the file may use UK order (day/month/year); choose UK date order' });
  });
});

describe('readAgencyDate on every calendar day and month', () => {
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const pad = (n: number) => String(n).padStart(2, '0');

  it('reads every day of 2023–2024 written in UK numeric, ISO and long forms as that day', () => {
    for (let t = Date.UTC(2023, 0, 1); t < Date.UTC(2025, 0, 1); t += 86_400_000) {
      const d = new Date(t);
      const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
      const iso = `${y}-${pad(m)}-${pad(day)}`;
      for (const text of [`${pad(day)}/${pad(m)}/${y}`, `${day}/${m}/${String(y).slice(2)}`, iso, `${day} ${months[m - 1]} ${y}`, `${day}-${months[m - 1]!.slice(0, 3)}-${String(y).slice(2)}`]) {
        expect(read(text), text).toEqual({ ok: true, edtf: iso });
      }
      expect(read(`${pad(m)}/${pad(day)}/${y}`, '', 'us')).toEqual({ ok: true, edtf: iso });
    }
  });

  it('reads every month name and abbreviation with a year as the whole month', () => {
    months.forEach((name, i) => {
      const edtf = `2023-${pad(i + 1)}`;
      for (const text of [`${name} 2023`, `${name.slice(0, 3)} 2023`, `${name.slice(0, 3)}-23`, `c. ${name} 2023`]) {
        expect(read(text), text).toEqual({ ok: true, edtf: text.startsWith('c.') ? `${edtf}~` : edtf });
      }
    });
  });
});

describe('readAgencyDate on arbitrary cells', () => {
  const chars = [...'0123456789/-.: ?~,()cirapoxyMarchJunSeptlyTt'];

  it('never throws, and everything it accepts is valid EDTF', () => {
    fc.assert(fc.property(
      fc.oneof(fc.string({ maxLength: 90 }), fc.string({ unit: fc.constantFrom(...chars), maxLength: 40 })),
      fc.oneof(fc.constant(''), fc.string({ unit: fc.constantFrom(...chars), maxLength: 12 })),
      fc.constantFrom('uk' as const, 'us' as const),
      (date, time, order) => {
        const r = readAgencyDate(date, time, order);
        if (r.ok) expect(() => parseEdtf(r.edtf)).not.toThrow();
        else expect(r.message.length).toBeGreaterThan(0);
      },
    ), { numRuns: 3000 });
  });
});
