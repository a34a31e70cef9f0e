import { describe, expect, it } from 'vitest';
import { displayEdtf, EdtfError, parseEdtf, toEdtf, tryParseEdtf } from '../../../schema/edtf';

const ms = (iso: string) => Date.parse(iso);

describe('parseEdtf', () => {
  it.each([
    ['2019', 'year', '2019-01-01T00:00:00.000Z', '2019-12-31T23:59:59.999Z'],
    ['2019-03', 'month', '2019-03-01T00:00:00.000Z', '2019-03-31T23:59:59.999Z'],
    ['2020-02', 'month', '2020-02-01T00:00:00.000Z', '2020-02-29T23:59:59.999Z'],
    ['2019-03-14', 'day', '2019-03-14T00:00:00.000Z', '2019-03-14T23:59:59.999Z'],
    ['2019-03-14T10:30', 'minute', '2019-03-14T10:30:00.000Z', '2019-03-14T10:30:59.999Z'],
    ['2019-03-14T10:30:15', 'second', '2019-03-14T10:30:15.000Z', '2019-03-14T10:30:15.999Z'],
    ['2019-12-31', 'day', '2019-12-31T00:00:00.000Z', '2019-12-31T23:59:59.999Z'],
  ])('reads %s as %s precision from its earliest to its latest instant', (text, precision, start, end) => {
    const d = parseEdtf(text);
    expect(d).toMatchObject({ precision, start: ms(start), end: ms(end), uncertain: false, approximate: false, interval: false });
  });

  it('reads the qualifiers ? ~ and %', () => {
    expect(parseEdtf('2019-03-14?')).toMatchObject({ uncertain: true, approximate: false, precision: 'day' });
    expect(parseEdtf('2019-03~')).toMatchObject({ uncertain: false, approximate: true, precision: 'month' });
    expect(parseEdtf('2019%')).toMatchObject({ uncertain: true, approximate: true, precision: 'year' });
  });

  it('keeps "March 2019" as the whole month, never 1 March', () => {
    const d = parseEdtf('2019-03');
    expect(d.end - d.start + 1).toBe(31 * 86_400_000);
  });

  it('reads an interval from the start of its first end to the end of its last', () => {
    expect(parseEdtf('2019-03/2019-05')).toMatchObject({
      interval: true, precision: 'month', start: ms('2019-03-01T00:00:00.000Z'), end: ms('2019-05-31T23:59:59.999Z'),
    });
    expect(parseEdtf('2019/2019-03-14').precision).toBe('year');
  });

  it('reads open and unknown interval ends', () => {
    expect(parseEdtf('2019-03/..')).toMatchObject({ openEnd: true, openStart: false, start: ms('2019-03-01T00:00:00.000Z'), end: ms('2019-03-31T23:59:59.999Z') });
    expect(parseEdtf('../2019-05')).toMatchObject({ openStart: true, precision: 'month' });
    expect(parseEdtf('/2019-05')).toMatchObject({ openStart: false, from: null });
  });

  it.each([
    ['2019-13', 'the month must be 01 to 12'],
    ['2019-02-29', 'there is no day 29 in that month'],
    ['2019-03-14T24:00', 'the time must be 00:00 to 23:59'],
    ['14/03/2019', 'is not a date in EDTF form'],
    ['2019-05/2019-03', 'the interval ends before it starts'],
    ['../..', 'at least one end of an interval must be a date'],
    ['2019/2020/2021', 'exactly one "/"'],
    ['2019-21', '"2019-21": seasons are not supported; write the months, e.g. 2019-03/2019-05'],
    ['2019-24', '"2019-24": seasons are not supported; write the months, e.g. 2019-12/2020-02'],
    ['2019-03-00', '"2019-03-00": day 00 is not a date'],
  ])('refuses %s with a reason', (text, reason) => {
    expect(() => parseEdtf(text)).toThrow(EdtfError);
    expect(() => parseEdtf(text)).toThrow(reason);
    expect(tryParseEdtf(text)).toBeNull();
  });
});

describe('displayEdtf', () => {
  it.each([
    ['2019', '2019'],
    ['2019-03', 'March 2019'],
    ['2019-03-14', '14 Mar 2019'],
    ['2019-03-14?', '14 Mar 2019 (uncertain)'],
    ['2019~', 'c. 2019'],
    ['2019-03%', 'c. March 2019 (uncertain)'],
    ['2019-03-14T10:30', '14 Mar 2019 10:30'],
    ['2019-03-14T10:30:15', '14 Mar 2019 10:30:15'],
    ['2019-03/2019-05', 'Mar–May 2019'],
    ['2018-11/2019-02', 'Nov 2018 – Feb 2019'],
    ['2019-03-01/2019-03-10', '1–10 Mar 2019'],
    ['2019-02-28/2019-03-03', '28 Feb – 3 Mar 2019'],
    ['2018/2019', '2018–2019'],
    ['2019-03~/2019-05~', 'c. Mar–May 2019'],
    ['2019-03?/2019-05', 'March 2019 (uncertain) – May 2019'],
    ['2019/2019-03-14', '2019 – 14 Mar 2019'],
    ['2019-03/..', 'from March 2019 onwards'],
    ['../2019-05', 'up to May 2019'],
    ['2019-03/', 'March 2019 – ?'],
  ])('shows %s as "%s"', (text, shown) => {
    expect(displayEdtf(text)).toBe(shown);
  });

  it('shows unreadable text as it is', () => {
    expect(displayEdtf('sometime')).toBe('sometime');
  });
});

describe('toEdtf', () => {
  it('writes only the parts it was given, with the qualifier', () => {
    expect(toEdtf({ year: 2019, month: 3 })).toBe('2019-03');
    expect(toEdtf({ year: 2019, month: 3, day: 4 }, true)).toBe('2019-03-04?');
    expect(toEdtf({ year: 2019 }, false, true)).toBe('2019~');
    expect(toEdtf({ year: 2019, month: 3, day: 4, hour: 9, minute: 5 })).toBe('2019-03-04T09:05');
    expect(toEdtf({ year: 2019, month: 3, day: 4, hour: 9, minute: 5, second: 7 }, true, true)).toBe('2019-03-04T09:05:07%');
  });
});
