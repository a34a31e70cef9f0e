import { daysInMonth, utc, type DateParts } from '../../schema/edtf';
import { isMonthName, readAgencyPoint, type DateOrder } from './agencyPoints';

/** A period read from a date cell: its first and last dates, or the reason it could not be read. */
export type PeriodReading = { ok: true; from: DateParts; to: DateParts } | { ok: false; message: string };

const PERIOD_WORDS = /^(early|mid|late|beginning of|start of|end of)[\s-]+(.+)$/i;
const MONTH_SPAN = /^([a-z]+)\.?(?:\s*[-–—]\s*|\s+(?:to|until)\s+)([a-z]+)\.?[\s,-]+(\d{4}|\d{2})$/i;
const DAY_SPAN = /^(\d{1,2})(?:st|nd|rd|th)?(?:\s*[-–—]\s*|\s+(?:to|until)\s+)(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+\.?[\s,-]+(?:\d{4}|\d{2}))$/i;
const YEAR_SPAN = /^(\d{4})(?:\s*[-–—]\s*|\s+(?:to|until)\s+)(\d{4})$/i;
const SEPARATOR = /\s*[–—]\s*|\s+(?:-|to|until|till)\s+/i;

const THIRDS = { early: 0, beginning: 0, start: 0, mid: 1, late: 2, end: 2 } as const;

/**
 * Reads "early/mid/late March 2019" as a range within the month (1–10, 11–20, 21–end) and
 * "early/mid/late 2019" as a range within the year (Jan–Apr, May–Aug, Sep–Dec); null when the words are absent.
 */
export function readPeriodWords(text: string): PeriodReading | null {
  const m = PERIOD_WORDS.exec(text.trim());
  if (!m) return null;
  const third = THIRDS[m[1]!.toLowerCase().split(' ')[0] as keyof typeof THIRDS];
  const point = readAgencyPoint(m[2]!, 'uk');
  if (!point.ok) return point;
  const { year, month, day } = point.parts;
  if (day !== undefined) return { ok: false, message: `"${text.trim()}": "${m[1]}" needs a month or a year, not a single day` };
  if (month === undefined) return { ok: true, from: { year, month: third * 4 + 1 }, to: { year, month: third * 4 + 4 } };
  const last = third === 2 ? daysInMonth(year, month) : third * 10 + 10;
  return { ok: true, from: { year, month, day: third * 10 + 1 }, to: { year, month, day: last } };
}

function startOf(p: DateParts): number {
  return utc(p.year, p.month ?? 1, p.day ?? 1);
}

function span(text: string, a: string, b: string, order: DateOrder): PeriodReading {
  const from = readAgencyPoint(a, order);
  if (!from.ok) return from;
  const to = readAgencyPoint(b, order);
  if (!to.ok) return to;
  if (startOf(from.parts) > startOf(to.parts)) return { ok: false, message: `"${text}": the period ends before it starts` };
  return { ok: true, from: from.parts, to: to.parts };
}

/**
 * Reads a period written as two dates: "March to May 2019", "Mar–May 19", "14-16 March 2019",
 * "14/03/2019 - 16/03/2019", "2019-2020"; null when the text is a single date.
 */
export function readRange(text: string, order: DateOrder): PeriodReading | null {
  const s = text.trim();
  let m = MONTH_SPAN.exec(s);
  if (m && isMonthName(m[1]!) && isMonthName(m[2]!)) return span(s, `${m[1]} ${m[3]}`, `${m[2]} ${m[3]}`, order);
  if ((m = DAY_SPAN.exec(s))) return span(s, `${m[1]} ${m[3]}`, `${m[2]} ${m[3]}`, order);
  if ((m = YEAR_SPAN.exec(s))) return span(s, m[1]!, m[2]!, order);
  const parts = s.split(SEPARATOR);
  if (parts.length !== 2 || parts.some((p) => p.trim() === '')) return null;
  return span(s, parts[0]!, parts[1]!, order);
}

