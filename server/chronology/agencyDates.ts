import { toEdtf } from '../../schema/edtf';
import { readAgencyTime, splitTrailingTime } from './agencyTimes';
import { readAgencyPoint, type DateOrder } from './agencyPoints';
import { readPeriodWords, readRange } from './agencyRanges';

export type { DateOrder } from './agencyPoints';

/** The outcome of reading a date (and time) cell: EDTF text, or which field is wrong and why. */
export type DateReading = { ok: true; edtf: string } | { ok: false; field: 'date' | 'time'; message: string };

const UNCERTAIN = /^\?\s*|\s*\?$|\s*\((?:uncertain|\?)\)$/i;
const APPROXIMATE = /^(?:circa|approximately|approx\.?|about|around|roughly|ca\.?|c\.?|~)(?=[\s\d~])\s*|\s*(?:~|\(approx(?:\.|imately)?\))$/i;
/** Spreadsheets write date-only cells as "14/03/2019 00:00:00"; that midnight is formatting, not a recorded time. */
/** Longer cells are not dates; refusing them early also keeps the patterns below fast on any input. */
const MAX_DATE = 80;
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

/**
 * Reads an agency's date cell and optional time cell into EDTF at the precision written:
 * `14/03/2019` (or US order), `14/3/19`, ISO, `March 2019`, `Mar-19`, `?14/03/2019`, `c. 2019`,
 * `early March 2019`, ranges such as `March to May 2019`, and times such as `10:30`, `10.30`, `10:30am`.
 */
export function readAgencyDate(dateText: string, timeText: string, order: DateOrder): DateReading {
  const raw = dateText.trim();
  if (raw === '') return { ok: false, field: 'date', message: 'the date is empty' };
  if (raw.length > MAX_DATE) return { ok: false, field: 'date', message: `the date cell is longer than ${MAX_DATE} characters; is the date column mapped to the right column?` };
  if (timeText.length > MAX_DATE) return { ok: false, field: 'time', message: `the time cell is longer than ${MAX_DATE} characters` };
  const qualified = stripQualifiers(raw);
  const { uncertain, approximate } = qualified;
  const split = splitTrailingTime(qualified.s.replace(SPREADSHEET_MIDNIGHT, ''));
  const s = split.date.trim();
  if (timeText.trim() !== '' && split.time !== '') return { ok: false, field: 'time', message: 'a time is given in both the date and the time column' };
  const time = readAgencyTime(split.time || timeText);
  if (!time.ok) return { ok: false, field: 'time', message: time.message };
  const period = readPeriodWords(s) ?? readRange(s, order);
  if (period) {
    if (!period.ok) return { ok: false, field: 'date', message: period.message };
    if (time.time) return { ok: false, field: 'time', message: `a time is given but "${raw}" is not a single day` };
    return { ok: true, edtf: `${toEdtf(period.from, uncertain, approximate)}/${toEdtf(period.to, uncertain, approximate)}` };
  }
  const point = readAgencyPoint(s, order);
  if (!point.ok) return { ok: false, field: 'date', message: point.message };
  if (time.time && point.parts.day === undefined) return { ok: false, field: 'time', message: `a time is given but "${raw}" is not a single day` };
  return { ok: true, edtf: toEdtf({ ...point.parts, ...time.time }, uncertain, approximate) };
}
