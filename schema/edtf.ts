/**
 * Honest chronology dates in EDTF (ISO 8601-2), the subset Sightline uses:
 * `2019`, `2019-03`, `2019-03-14`, `2019-03-14T10:30`, `2019-03-14T10:30:15`, a trailing qualifier
 * (`?` uncertain, `~` approximate, `%` both), and intervals `2019-03/2019-05` with open (`..`) or unknown (empty) ends.
 * Pure: shared by server, client and reports. Instants are UTC milliseconds; nothing gains precision it did not have.
 * Qualifiers do not widen the span (how far "c. 2019" might stray is not knowable); they travel as flags for display.
 * An interval with no known start ("../2019-03", "up to March 2019") starts and ends at the end of its known end.
 */

/** How precisely a date is known, coarsest first. */
export type EdtfPrecision = 'year' | 'month' | 'day' | 'minute' | 'second';
const RANK: Record<EdtfPrecision, number> = { year: 0, month: 1, day: 2, minute: 3, second: 4 };

/** One date (not an interval) with the span of instants it could mean. */
export interface EdtfPoint {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  second?: number;
  precision: EdtfPrecision;
  uncertain: boolean;
  approximate: boolean;
  /** Earliest possible instant (ms, UTC). */
  start: number;
  /** Latest possible instant (ms, UTC). */
  end: number;
}

/** A parsed EDTF value: a single date, or an interval whose ends may be open (`..`) or unknown (empty). */
export interface ParsedEdtf {
  value: string;
  start: number;
  end: number;
  precision: EdtfPrecision;
  uncertain: boolean;
  approximate: boolean;
  interval: boolean;
  from: EdtfPoint | null;
  to: EdtfPoint | null;
  openStart: boolean;
  openEnd: boolean;
}

/** Thrown by parseEdtf for text that is not a date in the supported EDTF subset. */
export class EdtfError extends Error {}

const POINT = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?Z?)?)?)?([?~%])?$/;

/** Milliseconds since the epoch for a UTC calendar instant; years below 100 are not shifted to the 1900s. */
export function utc(year: number, month = 1, day = 1, hour = 0, minute = 0, second = 0): number {
  if (year >= 100) return Date.UTC(year, month - 1, day, hour, minute, second);
  const d = new Date(Date.UTC(2000, month - 1, day, hour, minute, second));
  d.setUTCFullYear(year, month - 1, day);
  return d.getTime();
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Number of days in a month (1–12) of a year (proleptic Gregorian). */
export function daysInMonth(year: number, month: number): number {
  if (month !== 2) return DAYS[month - 1]!;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

function parsePoint(text: string): EdtfPoint {
  const m = POINT.exec(text);
  if (!m) throw new EdtfError(`"${text}" is not a date in EDTF form, e.g. 2019-03-14, 2019-03~ or 2019-03/2019-05`);
  const [, y, mo, d, h, mi, s, q] = m;
  const year = Number(y);
  const p: EdtfPoint = { year, precision: 'year', uncertain: q === '?' || q === '%', approximate: q === '~' || q === '%', start: 0, end: 0 };
  if (mo !== undefined) {
    p.month = Number(mo);
    p.precision = 'month';
    if (p.month >= 21 && p.month <= 24) throw new EdtfError(`"${text}": seasons are not supported; write the months, e.g. ${seasonMonths(year, p.month)}`);
    if (p.month < 1 || p.month > 12) throw new EdtfError(`"${text}": the month must be 01 to 12`);
  }
  if (d !== undefined) {
    p.day = Number(d);
    p.precision = 'day';
    if (p.day === 0) throw new EdtfError(`"${text}": day 00 is not a date`);
    if (p.day < 1 || p.day > daysInMonth(year, p.month!)) throw new EdtfError(`"${text}": there is no day ${p.day} in that month`);
  }
  if (h !== undefined) {
    p.hour = Number(h);
    p.minute = Number(mi);
    p.precision = 'minute';
    if (p.hour > 23 || p.minute > 59) throw new EdtfError(`"${text}": the time must be 00:00 to 23:59`);
  }
  if (s !== undefined) {
    p.second = Number(s);
    p.precision = 'second';
    if (p.second > 59) throw new EdtfError(`"${text}": seconds must be 00 to 59`);
  }
  p.start = utc(year, p.month ?? 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0, p.second ?? 0);
  p.end = nextStart(p) - 1;
  return p;
}

/** The months of an EDTF season (21 spring … 24 winter, as the UK counts them) as an interval to write instead. */
function seasonMonths(year: number, season: number): string {
  const y = String(year).padStart(4, '0');
  if (season === 24) return `${y}-12/${String(year + 1).padStart(4, '0')}-02`;
  const first = (season - 21) * 3 + 3;
  return `${y}-${pad(first)}/${y}-${pad(first + 2)}`;
}

function nextStart(p: EdtfPoint): number {
  switch (p.precision) {
    case 'year': return utc(p.year + 1);
    case 'month': return utc(p.year, p.month! + 1);
    case 'day': return utc(p.year, p.month!, p.day! + 1);
    case 'minute': return p.start + 60_000;
    case 'second': return p.start + 1000;
  }
}

function coarser(a: EdtfPrecision, b: EdtfPrecision): EdtfPrecision {
  return RANK[a] <= RANK[b] ? a : b;
}

/** Parses an EDTF value, or returns null when it is not in the supported subset. */
export function tryParseEdtf(text: string): ParsedEdtf | null {
  try {
    return parseEdtf(text);
  } catch (e) {
    if (e instanceof EdtfError) return null;
    throw e;
  }
}

/** Parses an EDTF value into its earliest and latest instants, precision and qualifiers; throws EdtfError with a reason. */
export function parseEdtf(text: string): ParsedEdtf {
  const value = text.trim();
  const parts = value.split('/');
  if (parts.length === 1) {
    const p = parsePoint(value);
    return { value, start: p.start, end: p.end, precision: p.precision, uncertain: p.uncertain, approximate: p.approximate,
      interval: false, from: p, to: p, openStart: false, openEnd: false };
  }
  if (parts.length > 2) throw new EdtfError(`"${value}" is not a date in EDTF form (an interval has exactly one "/")`);
  const [a, b] = parts as [string, string];
  const from = a === '' || a === '..' ? null : parsePoint(a);
  const to = b === '' || b === '..' ? null : parsePoint(b);
  if (!from && !to) throw new EdtfError(`"${value}": at least one end of an interval must be a date`);
  if (from && to && from.start > to.end) throw new EdtfError(`"${value}": the interval ends before it starts`);
  const known = (from ?? to)!;
  return {
    value,
    // With no known start ("up to March 2019") the entry is placed by the latest it can have been, the end of its
    // known end: sorted after what is known to fall within March, and drawn there, never as if it began on 1 March.
    start: from ? from.start : to!.end,
    end: (to ?? from)!.end,
    precision: from && to ? coarser(from.precision, to.precision) : known.precision,
    uncertain: Boolean(from?.uncertain || to?.uncertain),
    approximate: Boolean(from?.approximate || to?.approximate),
    interval: true,
    from,
    to,
    openStart: a === '..',
    openEnd: b === '..',
  };
}

export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
const SHORT = MONTH_NAMES.map((m) => m.slice(0, 3));
const pad = (n: number) => String(n).padStart(2, '0');

function clock(p: EdtfPoint): string {
  if (p.precision === 'minute') return ` ${pad(p.hour!)}:${pad(p.minute!)}`;
  if (p.precision === 'second') return ` ${pad(p.hour!)}:${pad(p.minute!)}:${pad(p.second!)}`;
  return '';
}

/** A date at its own precision, without qualifiers: "2019", "March 2019", "14 Mar 2019", "14 Mar 2019 10:30". */
export function formatPoint(p: EdtfPoint): string {
  if (p.precision === 'year') return String(p.year);
  if (p.precision === 'month') return `${MONTH_NAMES[p.month! - 1]} ${p.year}`;
  return `${p.day} ${SHORT[p.month! - 1]} ${p.year}${clock(p)}`;
}

function qualify(text: string, uncertain: boolean, approximate: boolean): string {
  return `${approximate ? 'c. ' : ''}${text}${uncertain ? ' (uncertain)' : ''}`;
}

function compactRange(a: EdtfPoint, b: EdtfPoint): string | null {
  if (a.precision !== b.precision) return null;
  if (a.precision === 'year') return a.year === b.year ? String(a.year) : `${a.year}–${b.year}`;
  if (a.precision === 'month') {
    if (a.year !== b.year) return `${SHORT[a.month! - 1]} ${a.year} – ${SHORT[b.month! - 1]} ${b.year}`;
    return a.month === b.month ? formatPoint(a) : `${SHORT[a.month! - 1]}–${SHORT[b.month! - 1]} ${a.year}`;
  }
  if (a.precision === 'day') {
    if (a.year !== b.year) return null;
    if (a.month === b.month) return a.day === b.day ? formatPoint(a) : `${a.day}–${b.day} ${SHORT[a.month! - 1]} ${a.year}`;
    return `${a.day} ${SHORT[a.month! - 1]} – ${b.day} ${SHORT[b.month! - 1]} ${a.year}`;
  }
  return null;
}

/** Formats a parsed value for people at its true precision: "March 2019", "14 Mar 2019 (uncertain)", "c. 2019", "Mar–May 2019". */
export function formatEdtf(d: ParsedEdtf): string {
  const { from, to } = d;
  if (!d.interval) return qualify(formatPoint(from!), d.uncertain, d.approximate);
  const one = (p: EdtfPoint) => qualify(formatPoint(p), p.uncertain, p.approximate);
  if (!from) return d.openStart ? `up to ${one(to!)}` : `? – ${one(to!)}`;
  if (!to) return d.openEnd ? `from ${one(from)} onwards` : `${one(from)} – ?`;
  const sameQualifiers = from.uncertain === to.uncertain && from.approximate === to.approximate;
  const compact = sameQualifiers ? compactRange(from, to) : null;
  return compact ? qualify(compact, d.uncertain, d.approximate) : `${one(from)} – ${one(to)}`;
}

/** Formats EDTF text for display, or returns the text unchanged when it cannot be read. */
export function displayEdtf(text: string): string {
  const parsed = tryParseEdtf(text);
  return parsed ? formatEdtf(parsed) : text;
}

/** Calendar parts of one date, as read from a record. */
export interface DateParts { year: number; month?: number; day?: number; hour?: number; minute?: number; second?: number }

/** Writes calendar parts (and qualifiers) as an EDTF date at exactly the precision given. */
export function toEdtf(p: DateParts, uncertain = false, approximate = false): string {
  let s = String(p.year).padStart(4, '0');
  if (p.month !== undefined) s += `-${pad(p.month)}`;
  if (p.month !== undefined && p.day !== undefined) s += `-${pad(p.day)}`;
  if (p.day !== undefined && p.hour !== undefined) {
    s += `T${pad(p.hour)}:${pad(p.minute ?? 0)}`;
    if (p.second !== undefined) s += `:${pad(p.second)}`;
  }
  return s + (uncertain && approximate ? '%' : uncertain ? '?' : approximate ? '~' : '');
}
