import { formatEdtf, utc, type ParsedEdtf } from '../../schema/edtf';

const YEAR_1900 = utc(1900);
const PLACEHOLDER = utc(1900, 1, 1);

/**
 * Why a date read from a file cannot be an entry's, or null: a chronology records what happened, so nothing after
 * `now`; nothing before 1900; and 1 January 1900, which case systems write when the date is not known.
 */
export function implausibleDate(d: ParsedEdtf, now: number): string | null {
  if (d.start === PLACEHOLDER && d.precision === 'day') {
    return `${formatEdtf(d)} is what case systems write when the date is not known; write the date from the record, or at least its year`;
  }
  if (d.start < YEAR_1900) return `${formatEdtf(d)} is before 1900; check the date, or the date order chosen`;
  if (d.start > now) return `${formatEdtf(d)} is after today; a chronology records what has happened`;
  return null;
}

/** What a date may be checked against: the child's registered date of birth and the review's scope period (ISO dates). */
export interface DateContext { birth: string | null; scopeStart: string | null; scopeEnd: string | null }

const dayStart = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/**
 * Warnings (not refusals) for a date wholly before the child's date of birth (pregnancy and earlier family history are
 * legitimate) or wholly outside the scope period; an empty list when it fits or nothing is registered.
 */
export function dateWarnings(d: ParsedEdtf, c: DateContext): string[] {
  const warnings: string[] = [];
  const shown = () => formatEdtf(d);
  if (c.birth && d.end < dayStart(c.birth)) warnings.push(`${shown()} is before the child's registered date of birth; kept, as entries before birth can be relevant`);
  if (c.scopeStart && d.end < dayStart(c.scopeStart)) warnings.push(`${shown()} is before the scope period of the review`);
  else if (c.scopeEnd && d.start >= dayStart(c.scopeEnd) + 86_400_000) warnings.push(`${shown()} is after the scope period of the review`);
  return warnings;
}
