import { DATE_LIKE, readDateLike } from '../../anonymise/dates';
import { MONTH_NAMES, utc } from '../../../schema/edtf';
import { relativeLabel } from './dates';

/** Unregistered identifiers that must never reach a published edition, with what replaces them. */
const IDENTIFIERS: [RegExp, string][] = [
  [/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, '[email address]'],
  [/\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/gi, '[postcode]'],
  [/(?:\+44\s?(?:\(0\)\s?)?|\b0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b/g, '[phone number]'],
  [/\b\d{3}[\s-]?\d{3}[\s-]?\d{4}\b/g, '[identifier]'],
];

/** Replaces email addresses, postcodes, phone numbers and NHS-number-like digit runs, registered or not. */
export function scrubIdentifiers(text: string): string {
  return IDENTIFIERS.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}

/** Rewrites full dates written in free text ("14/03/2019", "14th March 2019") at month precision or relative to the incident. */
export function coarsenDatesInText(text: string, style: 'month' | 'relative', incidentAt: number | null): string {
  return text.replace(DATE_LIKE, (found) => {
    const iso = readDateLike(found)[0];
    if (!iso) return found;
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    if (m < 1 || m > 12 || d < 1 || d > 31) return found;
    if (style === 'relative' && incidentAt !== null) return relativeLabel(utc(y, m, d), incidentAt);
    return `${MONTH_NAMES[m - 1]} ${y}`;
  });
}
