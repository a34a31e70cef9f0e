import { describe, expect, it } from 'vitest';
import { readAgencyDate } from '../../../server/chronology/agencyDates';

const read = (date: string, time = '') => readAgencyDate(date, time, 'uk');

describe('readAgencyDate with periods in words, serial numbers and unknown dates', () => {
  it.each([
    ['Spring 2019', '2019-03/2019-05'],
    ['summer 2019', '2019-06/2019-08'],
    ['Autumn 2019?', '2019-09?/2019-11?'],
    ['Q1 2019', '2019-01/2019-03'],
    ['Q4 2019', '2019-10/2019-12'],
    ['w/c 4 March 2019', '2019-03-04/2019-03-10'],
    ['W/C 28/02/2019', '2019-02-28/2019-03-06'],
    ['week commencing 30 December 2019', '2019-12-30/2020-01-05'],
    ['between 1 and 5 March 2019', '2019-03-01/2019-03-05'],
    ['between March and May 2019', '2019-03/2019-05'],
    ['43538', '2019-03-14'],
    ['43538.4375', '2019-03-14T10:30'],
    ['14.03.2019', '2019-03-14'],
    ['14-03-2019', '2019-03-14'],
  ])('reads %j as %s, no more precise than written', (text, edtf) => {
    expect(read(text)).toEqual({ ok: true, edtf });
  });

  it('refuses "Winter 2019", which may mean either end of the year, naming the months to write instead', () => {
    expect(read('Winter 2019')).toEqual({ ok: false, field: 'date', message: '"Winter 2019" may mean the start or the end of 2019; write the months, e.g. Dec 2018 – Feb 2019 or Dec 2019 – Feb 2020' });
  });

  it('refuses a week commencing a month rather than a day', () => {
    expect(read('w/c March 2019')).toEqual({ ok: false, field: 'date', message: '"w/c March 2019": a week commencing needs the day it starts, e.g. w/c 4 March 2019' });
  });

  it.each(['unknown', 'Not known', 'n/k', 'N/K', 'unk'])('refuses %j saying an entry needs at least a year', (text) => {
    expect(read(text)).toEqual({ ok: false, field: 'date', message: `"${text}": an entry needs at least the year it happened; write the year from the record (e.g. 2019, or c. 2019 if approximate)` });
  });

  it('does not read a five-digit number outside 1970 to 2099 as a serial date', () => {
    expect(read('12345')).toMatchObject({ ok: false, message: '"12345" is not a date we recognise (use e.g. 14/03/2019, 2019-03-14, March 2019 or Mar-19)' });
  });

  it('says day 0 is not a date rather than counting the days of the month', () => {
    expect(read('00/03/2019')).toEqual({ ok: false, field: 'date', message: '"00/03/2019" is not a real date: day 0 is not a date' });
  });
});
