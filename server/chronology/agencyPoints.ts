import { daysInMonth, MONTH_NAMES, type DateParts } from '../../schema/edtf';

/** Day/month order of all-numeric dates: UK `14/03/2019` (the default) or US `03/14/2019`. */
export type DateOrder = 'uk' | 'us';

/** A date as read, or the reason it could not be. */
export type PartsReading = { ok: true; parts: DateParts } | { ok: false; message: string };

const MONTHS = new Map<string, number>();
MONTH_NAMES.forEach((name, i) => {
  MONTHS.set(name.toLowerCase(), i + 1);
  MONTHS.set(name.slice(0, 3).toLowerCase(), i + 1);
});
MONTHS.set('sept', 9);
/** True for a month name or its abbreviation ("March", "Mar", "Sept"). */
export const isMonthName = (word: string) => MONTHS.has(word.toLowerCase());

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun']);

const ISO_DAY = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const ISO_MONTH = /^(\d{4})-(\d{1,2})$/;
const YEAR = /^(\d{4})$/;
const NUMERIC_DAY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/;
const NUMERIC_MONTH = /^(\d{1,2})[/.-](\d{4})$/;

/** Two-digit years as spreadsheets read them: 00–29 are 2000–2029, 30–99 are 1930–1999. */
export function fullYear(text: string): number {
  const n = Number(text);
  return text.length === 4 ? n : n < 30 ? 2000 + n : 1900 + n;
}

function checked(text: string, parts: DateParts, order?: DateOrder, swapped?: DateParts): PartsReading {
  const { year, month, day } = parts;
  if (month !== undefined && (month < 1 || month > 12)) {
    const hint = swapped && swapped.month! >= 1 && swapped.month! <= 12
      ? ` — the file may use ${order === 'uk' ? 'US order (month/day/year); choose US date order' : 'UK order (day/month/year); choose UK date order'}`
      : '';
    return { ok: false, message: `"${text}" has no month ${month}${hint}` };
  }
  if (day === 0) return { ok: false, message: `"${text}" is not a real date: day 0 is not a date` };
  if (day !== undefined && (day < 1 || day > daysInMonth(year, month!))) {
    return { ok: false, message: `"${text}" is not a real date: ${MONTH_NAMES[month! - 1]} ${year} has ${daysInMonth(year, month!)} days` };
  }
  return { ok: true, parts };
}

function readNamed(text: string): PartsReading {
  const words = text.toLowerCase().replace(/(\d)(st|nd|rd|th)\b/g, '$1').split(/[\s,\-/.]+/)
    .filter((w) => w !== '' && w !== 'of' && !WEEKDAYS.has(w));
  const at = words.findIndex((w) => MONTHS.has(w));
  const numbers = words.filter((_, i) => i !== at);
  if (at < 0 || numbers.length < 1 || numbers.length > 2 || !numbers.every((n) => /^\d{1,4}$/.test(n))) {
    return { ok: false, message: `"${text}" is not a date we recognise (use e.g. 14/03/2019, 2019-03-14, March 2019 or Mar-19)` };
  }
  const month = MONTHS.get(words[at]!)!;
  const [first, second] = numbers as [string, string | undefined];
  if (second === undefined) {
    if (at > 0 || (first.length !== 4 && first.length !== 2)) return { ok: false, message: `"${text}" has no year` };
    return checked(text, { year: fullYear(first), month });
  }
  const [day, year] = first.length <= 2 && (second.length === 4 || second.length === 2) ? [first, second] : [second, first];
  if (day.length > 2 || (year.length !== 4 && year.length !== 2)) return { ok: false, message: `"${text}" is not a date we recognise` };
  return checked(text, { year: fullYear(year), month, day: Number(day) });
}

/** Reads one date written in any common agency style, at the precision written (no interval, no qualifier). */
export function readAgencyPoint(text: string, order: DateOrder): PartsReading {
  const s = text.trim();
  let m = ISO_DAY.exec(s);
  if (m) return checked(s, { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
  if ((m = NUMERIC_DAY.exec(s))) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    const year = fullYear(m[3]!);
    const uk = { year, month: b, day: a };
    const us = { year, month: a, day: b };
    return order === 'uk' ? checked(s, uk, order, us) : checked(s, us, order, uk);
  }
  if ((m = ISO_MONTH.exec(s))) return checked(s, { year: Number(m[1]), month: Number(m[2]) });
  if ((m = NUMERIC_MONTH.exec(s))) return checked(s, { year: Number(m[2]), month: Number(m[1]) });
  if ((m = YEAR.exec(s))) return { ok: true, parts: { year: Number(m[1]) } };
  return readNamed(s);
}
