import { utc, type DateParts } from '../../schema/edtf';
import { readAgencyPoint, type DateOrder } from './agencyPoints';
import type { PeriodReading } from './agencyRanges';

const SEASON = /^(spring|summer|autumn|fall|winter)\s+(?:of\s+)?(\d{4})$/i;
const QUARTER = /^(?:q([1-4])|quarter\s+([1-4])|([1-4])(?:st|nd|rd|th)\s+quarter(?:\s+of)?)\s+(\d{4})$/i;
const WEEK_COMMENCING = /^(?:w\/c|w\.c\.?|wc|week\s+commencing|week\s+beginning|w\/b|wb)\s*:?\s+(.+)$/i;

/** Seasons as the UK writes them (meteorological): spring March–May, summer June–August, autumn September–November. */
const SEASON_MONTHS: Record<string, number> = { spring: 3, summer: 6, autumn: 9, fall: 9 };

const DAY_MS = 86_400_000;

function dayAfter(p: DateParts, days: number): DateParts {
  const d = new Date(utc(p.year, p.month!, p.day!) + days * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/**
 * Reads periods written in words: "Spring 2019" (March–May), "Q1 2019" (January–March), "w/c 4 March 2019" (that day
 * and the six after it). "Winter 2019" is refused: it may mean the start or the end of the year. Null when none applies.
 */
export function readNamedPeriod(text: string, order: DateOrder): PeriodReading | null {
  const s = text.trim();
  let m = SEASON.exec(s);
  if (m) {
    const year = Number(m[2]);
    const first = SEASON_MONTHS[m[1]!.toLowerCase()];
    if (first === undefined) return { ok: false, message: `"${s}" may mean the start or the end of ${year}; write the months, e.g. Dec ${year - 1} – Feb ${year} or Dec ${year} – Feb ${year + 1}` };
    return { ok: true, from: { year, month: first }, to: { year, month: first + 2 } };
  }
  if ((m = QUARTER.exec(s))) {
    const q = Number(m[1] ?? m[2] ?? m[3]);
    const year = Number(m[4]);
    return { ok: true, from: { year, month: q * 3 - 2 }, to: { year, month: q * 3 } };
  }
  if ((m = WEEK_COMMENCING.exec(s))) {
    const start = readAgencyPoint(m[1]!, order);
    if (!start.ok) return start;
    if (start.parts.day === undefined) return { ok: false, message: `"${s}": a week commencing needs the day it starts, e.g. w/c 4 March 2019` };
    return { ok: true, from: start.parts, to: dayAfter(start.parts, 6) };
  }
  return null;
}

/** "between 1 and 5 March 2019" → "1 to 5 March 2019", for the range reader; other text is returned unchanged. */
export function withoutBetween(text: string): string {
  const m = /^between\s+(.+?)\s+and\s+(.+)$/i.exec(text.trim());
  return m ? `${m[1]} to ${m[2]}` : text;
}

/** Day 0 of Excel's 1900 date system as it counts past February 1900; serials 25569 to 73050 are 1 Jan 1970 to 31 Dec 2099. */
const SERIAL = /^(\d{5})(?:\.(\d+))?$/;
const EXCEL_EPOCH = utc(1899, 12, 30);

/**
 * Reads a spreadsheet date serial number ("43538" is 14 March 2019, "43538.4375" 14 March 2019 10:30), left when a date
 * column was not formatted as dates before saving as CSV; null for any other text. Only serials from 1970 to 2099 are
 * read: other numbers in a date column are more likely a reference than a date.
 */
export function readSerialDate(text: string): DateParts | null {
  const m = SERIAL.exec(text.trim());
  const whole = Number(m?.[1]);
  if (!m || whole < 25569 || whole > 73050) return null;
  const d = new Date(EXCEL_EPOCH + whole * DAY_MS);
  const parts: DateParts = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
  if (m[2] === undefined || /^0+$/.test(m[2])) return parts;
  const minutes = Math.round(Number(`0.${m[2]}`) * 1440);
  if (minutes >= 1440) return parts;
  return { ...parts, hour: Math.floor(minutes / 60), minute: minutes % 60 };
}

/** Words agencies write for a date nobody knows. */
export const UNKNOWN_DATE = /^(?:unknown|not known|n\/?k|unk|not recorded|no date|date unknown|\?+|-+|n\/?a|tbc)$/i;
