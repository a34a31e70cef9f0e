import { MONTH_NAMES, displayEdtf, tryParseEdtf, utc } from '../../../schema/edtf';
import type { DateStyle } from '../../../templates/model';

const DAY = 86_400_000;
const SHORT = MONTH_NAMES.map((m) => m.slice(0, 3));

const monthYear = (t: number) => `${MONTH_NAMES[new Date(t).getUTCMonth()]} ${new Date(t).getUTCFullYear()}`;

/** The first instant of the month containing `t`, and the last instant of the month containing `end`. */
export function monthBounds(start: number, end: number): [number, number] {
  const a = new Date(start);
  const b = new Date(end);
  return [utc(a.getUTCFullYear(), a.getUTCMonth() + 1, 1), utc(b.getUTCFullYear(), b.getUTCMonth() + 2, 1) - 1];
}

/** A span at month precision: "March 2019", "Mar–May 2019", "Dec 2018 – Feb 2019". */
export function monthSpan(start: number, end: number): string {
  const a = new Date(start);
  const b = new Date(Math.max(start, end));
  const [ya, ma, yb, mb] = [a.getUTCFullYear(), a.getUTCMonth(), b.getUTCFullYear(), b.getUTCMonth()];
  if (ya === yb && ma === mb) return monthYear(start);
  if (ma === 0 && mb === 11) return ya === yb ? String(ya) : `${ya}–${yb}`;
  if (ya === yb) return `${SHORT[ma]}–${SHORT[mb]} ${ya}`;
  return `${SHORT[ma]} ${ya} – ${SHORT[mb]} ${yb}`;
}

function amount(ms: number): { n: number; unit: string } {
  const days = Math.round(ms / DAY);
  if (days < 14) return { n: days, unit: 'day' };
  if (days < 56) return { n: Math.round(days / 7), unit: 'week' };
  if (days < 730) return { n: Math.round(days / 30.44), unit: 'month' };
  return { n: Math.round(days / 365.25), unit: 'year' };
}

/** One instant relative to the incident: "3 weeks before the incident", "the day of the incident". */
export function relativeLabel(t: number, incidentAt: number): string {
  const diff = t - incidentAt;
  if (Math.abs(diff) < DAY && new Date(t).getUTCDate() === new Date(incidentAt).getUTCDate()) return 'the day of the incident';
  const { n, unit } = amount(Math.abs(diff));
  return `${n} ${unit}${n === 1 ? '' : 's'} ${diff < 0 ? 'before' : 'after'} the incident`;
}

/** A span relative to the incident: one label when both ends read the same, otherwise "from … to …". */
export function relativeSpan(start: number, end: number, incidentAt: number): string {
  const a = relativeLabel(start, incidentAt);
  const b = relativeLabel(Math.max(start, end), incidentAt);
  return a === b ? a : `between ${a.replace(' the incident', '')} and ${b}`;
}

/** A chronology date (EDTF) in the edition's style; `relative` needs the incident, otherwise months are used. */
export function formatOccurred(occurred: string, start: number, end: number, style: DateStyle, incidentAt: number | null): string {
  if (style === 'exact') return displayEdtf(occurred);
  const approx = tryParseEdtf(occurred)?.approximate ? 'c. ' : '';
  if (style === 'relative' && incidentAt !== null) return `${approx}${relativeSpan(start, end, incidentAt)}`;
  return `${approx}${monthSpan(start, end)}`;
}

/** A calendar date (YYYY-MM-DD) in the edition's style; administrative dates are never made relative. */
export function formatCalendarDate(iso: string | null, style: DateStyle): string | null {
  if (!iso) return null;
  const parsed = tryParseEdtf(iso.slice(0, 10));
  if (!parsed) return iso;
  return style === 'exact' ? displayEdtf(iso.slice(0, 10)) : monthYear(parsed.start);
}
