import { parseEdtf, toEdtf, type DateParts, type ParsedEdtf } from '../../schema/edtf';
import { readAgencyTime, splitTrailingTime, type TimeReading } from './agencyTimes';
import { readAgencyPoint, type DateOrder, type PartsReading } from './agencyPoints';
import { readPeriodWords, readRange, type PeriodReading } from './agencyRanges';
import { readNamedPeriod, readSerialDate, UNKNOWN_DATE, withoutBetween } from './agencyPeriods';

export type { DateOrder } from './agencyPoints';

/** The outcome of reading a date (and time) cell: EDTF text, or which field is wrong and why. */
export type DateReading = { ok: true; edtf: string } | { ok: false; field: 'date' | 'time'; message: string };

const UNCERTAIN = /^\?\s*|\s*\?$|\s*\((?:uncertain|\?)\)$/i;
const APPROXIMATE = /^(?:circa|approximately|approx\.?|about|around|roughly|ca\.?|c\.?|~)(?=[\s\d~])\s*|\s*(?:~|\(approx(?:\.|imately)?\))$/i;
/** Longer cells are not dates; refusing them early also keeps the patterns below fast on any input. */
const MAX_DATE = 80;
/** Spreadsheets write date-only cells as "14/03/2019 00:00:00"; that midnight is formatting, not a recorded time. */
const SPREADSHEET_MIDNIGHT = /[ T]00:00(?::00)?$/;

function stripQualifiers(text: string) {
  let s = text.trim();
  let uncertain = false;
  let approximate = false;
  for (let changed = true; changed;) {
    changed = false;
    const u = s.replace(UNCERTAIN, '');
    if (u !== s) { s = u.trim(); uncertain = true; changed = true; }
    const a = s.replace(APPROXIMATE, '');
    if (a !== s) { s = a.trim(); approximate = true; changed = true; }
  }
  return { s, uncertain, approximate };
}

/** A date cell as read on its own, before the time column is considered. */
type DateCell =
  | { ok: false; message: string }
  | { ok: true; raw: string; uncertain: boolean; approximate: boolean; trailingTime: string; period: PeriodReading | null; point: PartsReading | null };

function readDateCell(dateText: string, order: DateOrder): DateCell {
  const raw = dateText.trim();
  if (raw === '') return { ok: false, message: 'the date is empty' };
  if (raw.length > MAX_DATE) return { ok: false, message: `the date cell is longer than ${MAX_DATE} characters; is the date column mapped to the right column?` };
  if (UNKNOWN_DATE.test(raw)) {
    return { ok: false, message: `"${raw}": an entry needs at least the year it happened; write the year from the record (e.g. 2019, or c. 2019 if approximate)` };
  }
  const { s: unqualified, uncertain, approximate } = stripQualifiers(raw);
  const split = splitTrailingTime(unqualified.replace(SPREADSHEET_MIDNIGHT, ''));
  const s = split.date.trim();
  const serial = readSerialDate(s);
  if (serial) return { ok: true, raw, uncertain, approximate, trailingTime: split.time, period: null, point: { ok: true, parts: serial } };
  const period = readPeriodWords(s) ?? readNamedPeriod(s, order) ?? readRange(withoutBetween(s), order);
  return { ok: true, raw, uncertain, approximate, trailingTime: split.time, period, point: period ? null : readAgencyPoint(s, order) };
}

/** Joins a date cell and a time cell read separately, in the order of checks people see their errors in. */
function combine(cell: DateCell, timeText: string, readTime: (text: string) => TimeReading): DateReading {
  if (!cell.ok) return { ok: false, field: 'date', message: cell.message };
  if (timeText.length > MAX_DATE) return { ok: false, field: 'time', message: `the time cell is longer than ${MAX_DATE} characters` };
  if (timeText.trim() !== '' && cell.trailingTime !== '') return { ok: false, field: 'time', message: 'a time is given in both the date and the time column' };
  const time = readTime(cell.trailingTime || timeText);
  if (!time.ok) return { ok: false, field: 'time', message: time.message };
  const { raw, uncertain, approximate, period, point } = cell;
  if (period) {
    if (!period.ok) return { ok: false, field: 'date', message: period.message };
    if (time.time) return { ok: false, field: 'time', message: `a time is given but "${raw}" is not a single day` };
    return { ok: true, edtf: `${toEdtf(period.from, uncertain, approximate)}/${toEdtf(period.to, uncertain, approximate)}` };
  }
  if (!point!.ok) return { ok: false, field: 'date', message: point!.message };
  const parts: DateParts = point!.parts;
  if (time.time && parts.day === undefined) return { ok: false, field: 'time', message: `a time is given but "${raw}" is not a single day` };
  const at = time.time;
  return { ok: true, edtf: toEdtf(at ? { year: parts.year, month: parts.month, day: parts.day, hour: at.hour, minute: at.minute, second: at.second } : parts, uncertain, approximate) };
}

/**
 * Reads an agency's date cell and optional time cell into EDTF at the precision written:
 * `14/03/2019` (or US order), `14/3/19`, ISO, `March 2019`, `Mar-19`, `?14/03/2019`, `c. 2019`,
 * `early March 2019`, ranges such as `March to May 2019` or `between 1 and 5 March 2019`, `Spring 2019`, `Q1 2019`,
 * `w/c 4 March 2019`, spreadsheet serial numbers such as `43538`, and times such as `10:30`, `10.30`, `10:30am`.
 */
export function readAgencyDate(dateText: string, timeText: string, order: DateOrder): DateReading {
  return combine(readDateCell(dateText, order), timeText, readAgencyTime);
}

/** A row's date as read for import: the parsed EDTF value, or which field is wrong and why. */
export type RowDate = { ok: true; occurred: ParsedEdtf } | { ok: false; field: 'date' | 'time'; message: string };

/**
 * A reader of many rows' date and time cells with the same meaning as readAgencyDate, for one file: a
 * chronology repeats the same date cells, time cells and dates thousands of times, so each is read once.
 */
export function agencyDateReader(order: DateOrder): (dateText: string, timeText: string) => RowDate {
  const cells = new Map<string, DateCell>();
  const times = new Map<string, TimeReading>();
  const dates = new Map<string, ParsedEdtf>();
  const timeOf = (text: string) => {
    let time = times.get(text);
    if (!time) times.set(text, (time = readAgencyTime(text)));
    return time;
  };
  const read = (dateText: string, timeText: string): RowDate => {
    let cell = cells.get(dateText);
    if (!cell) cells.set(dateText, (cell = readDateCell(dateText, order)));
    const reading = combine(cell, timeText, timeOf);
    if (!reading.ok) return reading;
    let occurred = dates.get(reading.edtf);
    if (!occurred) dates.set(reading.edtf, (occurred = parseEdtf(reading.edtf)));
    return { ok: true, occurred };
  };
  // Rows without a time repeat their date cell most; their readings are kept whole.
  const untimed = new Map<string, RowDate>();
  return (dateText, timeText) => {
    if (timeText !== '') return read(dateText, timeText);
    let date = untimed.get(dateText);
    if (!date) untimed.set(dateText, (date = read(dateText, '')));
    return date;
  };
}
