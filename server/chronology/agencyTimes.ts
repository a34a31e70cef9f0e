/** A time of day read from an agency record. */
export interface TimeOfDay { hour: number; minute: number; second?: number }

/** The outcome of reading a time cell: nothing, a time, or the reason it could not be read. */
export type TimeReading = { ok: true; time: TimeOfDay | null } | { ok: false; message: string };

const CLOCK = /^(\d{1,2})(?:[:.](\d{2})(?:[:.](\d{2})(?:\.\d+)?)?)?\s*(am|pm|a\.m\.|p\.m\.)?\s*(?:hrs|hours|h)?$/;
const COMPACT = /^(\d{2})(\d{2})\s*(?:hrs|hours|h)?$/;

/** Words agencies use for a time of day. */
const NAMED: Record<string, TimeOfDay> = { noon: { hour: 12, minute: 0 }, midday: { hour: 12, minute: 0 }, midnight: { hour: 0, minute: 0 } };

/**
 * Reads a time as agencies write it: `10:30`, `10:30:15`, `10.30`, `10:30am`, `10 pm`, `1030hrs`, `noon`.
 * An empty cell means no time. Seconds are kept only when written.
 */
export function readAgencyTime(text: string): TimeReading {
  const s = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (s === '' || s === '-' || s === 'n/a' || s === 'unknown' || s === 'not known') return { ok: true, time: null };
  const named = NAMED[s.replace(/^12\s*/, '').replace(/[()]/g, '').trim()];
  if (named) return { ok: true, time: named };
  const compact = COMPACT.exec(s);
  const m = compact ? null : CLOCK.exec(s);
  if (!compact && (!m || (m[2] === undefined && !m[4]))) {
    return { ok: false, message: `"${text.trim()}" is not a time we recognise (use e.g. 10:30, 10:30:15, 10.30 or 10:30am)` };
  }
  const hour = Number(compact ? compact[1] : m![1]);
  const minute = Number(compact ? compact[2] : m![2] ?? 0);
  const second = m?.[3] === undefined ? undefined : Number(m[3]);
  const meridiem = m?.[4]?.replace(/\./g, '');
  let h = hour;
  if (meridiem) {
    if (hour < 1 || hour > 12) return { ok: false, message: `"${text.trim()}": with am or pm the hour must be 1 to 12` };
    h = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  if (h > 23 || minute > 59 || (second ?? 0) > 59) return { ok: false, message: `"${text.trim()}" is not a real time of day` };
  return { ok: true, time: second === undefined ? { hour: h, minute } : { hour: h, minute, second } };
}

const TRAILING_TIME = /^(.*?\d.*?)(?:\s+|T|,\s*)(\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?\s*(?:am|pm|a\.m\.|p\.m\.)?|\d{1,2}\s*(?:am|pm))\s*(?:hrs)?$/i;

/** Splits a trailing time off a date cell ("14/03/2019 10:30", "2019-03-14T10:30"), or returns the cell as the date. */
export function splitTrailingTime(text: string): { date: string; time: string } {
  const m = TRAILING_TIME.exec(text.trim());
  return m ? { date: m[1]!, time: m[2]! } : { date: text, time: '' };
}
