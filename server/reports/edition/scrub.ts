import { DATE_LIKE, readDateLike } from '../../anonymise/dates';
import { findPatterns, type PatternKind } from '../../anonymise/detect/patterns';
import { replaceSpans } from '../../anonymise/replaceSpans';
import { MONTH_NAMES, utc } from '../../../schema/edtf';
import { relativeLabel } from './dates';

/** What stands in a published edition for each identifier the detector finds by its shape. */
export const SCRUB_PLACEHOLDERS: Readonly<Record<PatternKind, string>> = {
  email_address: '[email address]',
  address: '[address]',
  postcode: '[postcode]',
  ni_number: '[NI number]',
  nhs_number: '[NHS number]',
  phone_number: '[phone number]',
};

/**
 * Shapes the detector does not report because a check fails, kept out all the same: a ten-digit run whose NHS check
 * digit is wrong (a mistyped NHS number still identifies), phone-like digit runs, loosely written postcodes.
 */
const LOOSE_SHAPES: [RegExp, string][] = [
  [/\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/gi, '[postcode]'],
  [/(?:\+44\s?(?:\(0\)\s?)?|\b0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b/g, '[phone number]'],
  [/\b\d{3}[\s-]?\d{3}[\s-]?\d{4}\b/g, '[identifier]'],
];

/** One identifier the published edition leaves out, and what stands in its place. */
export interface ScrubHit { kind: PatternKind; start: number; end: number; found: string; replacement: string }

/** The identifiers that scrubIdentifiers replaces in text, found by their shape (see findPatterns). */
export function findScrubbable(text: string): ScrubHit[] {
  return findPatterns(text.normalize('NFC')).map((hit) => ({ ...hit, replacement: SCRUB_PLACEHOLDERS[hit.kind] }));
}

/**
 * Replaces what the detector finds by shape (email addresses, house-number-and-street addresses, postcodes,
 * National Insurance numbers, NHS numbers, phone numbers) with neutral placeholders, then looser identifier-like
 * shapes, registered or not. Repeats until nothing is found, so a replacement never leaves a new identifier behind.
 */
export function scrubIdentifiers(text: string): string {
  let out = text.normalize('NFC');
  for (let pass = 0; pass < 5; pass++) {
    const hits = findScrubbable(out);
    if (hits.length === 0) break;
    out = replaceSpans(out, hits);
  }
  return LOOSE_SHAPES.reduce((s, [pattern, placeholder]) => s.replace(pattern, placeholder), out);
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
