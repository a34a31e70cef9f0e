import { findOnVisible } from '../invisible';

/** A structured identifier found in text by its shape, registered or not. */
export type PatternKind = 'postcode' | 'phone_number' | 'email_address' | 'nhs_number' | 'ni_number' | 'address';

/** One identifier found by its shape. */
export interface PatternHit { kind: PatternKind; start: number; end: number; found: string }

/** True when ten digits carry a valid NHS modulus-11 check digit (weights 10 down to 2; 11 reads as 0, 10 is never valid). */
export function validNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

/** True when the digits of a phone-like run make a UK number: 10 or 11 digits from 0, or +44 followed by 9 or 10. */
function validUkPhone(found: string): boolean {
  let digits = found.replace(/\D/g, '');
  if (found.trim().startsWith('+')) {
    if (!digits.startsWith('44')) return false;
    digits = `0${digits.slice(2).replace(/^0/, '')}`;
  }
  return /^0[1-37-9]\d{8,9}$/.test(digits);
}

// "St" and "Dr" before a capitalised word are Saint and Doctor ("14 March St Luke's clinic"), not Street and Drive.
const STREET = String.raw`(?:(?:St|Dr)(?!\.?[^\S\n]+\p{Lu})|Street|Road|Rd|Lane|Ln|Avenue|Ave|Terrace|Close|Drive|Way|Court|Ct|Crescent|Place|Pl|Gardens|Grove|Row|Walk|Mews|Square|Sq|Parade|View|Rise|Vale|Hill|Green|Park|Yard|Wharf|Meadow|Meadows|Fields|Gate|Croft|Boulevard|Estate)`;

// Spaces between an address's words, with at most one line break: a blank line (a new paragraph or table cell) ends it.
const GAP = String.raw`(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)`;

const PATTERNS: [PatternKind, RegExp, ((found: string) => boolean)?][] = [
  ['email_address', /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g],
  ['address', new RegExp(String.raw`(?<![\p{L}\p{N}])(?:(?:Flat|Apartment|Apt|Unit|Room)${GAP}\d{1,4}[A-Za-z]?,?${GAP})?\d{1,4}[A-Za-z]?,?${GAP}(?:\p{Lu}[\p{L}'’-]+${GAP}){1,3}${STREET}(?![\p{L}\p{N}])`, 'gu')],
  ['postcode', /(?<![\p{L}\p{N}])(?:GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2})(?![\p{L}\p{N}])/giu],
  // Any two prefix letters: a prefix never issued ("QQ" in examples, a mistyped one) still marks an NI number.
  ['ni_number', /(?<![\p{L}\p{N}])[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![\p{L}\p{N}])/giu],
  ['nhs_number', /(?<![\d-])\d{3}[ -]?\d{3}[ -]?\d{4}(?![\d-])/g, (found) => validNhsNumber(found.replace(/\D/g, ''))],
  ['phone_number', /(?<![\w+])(?:\+44[ -]?(?:\(0\)[ -]?)?|\(?0)\d{2,4}\)?[ -]?\d{3,4}[ -]?\d{3,4}(?!\d)/g, validUkPhone],
];

/**
 * Finds identifiers by shape: email addresses, house-number-and-street addresses ("14 Cobden Terrace",
 * "Flat 2, 7 Mill Lane"), UK postcodes, National Insurance numbers, NHS numbers with a valid check digit and UK
 * phone numbers. A span claimed by an earlier kind is not reported again (an NHS number is not also a phone number).
 * Text is read as it shows: characters that print as nothing ("SW1A\u200B 1AA") do not hide an identifier.
 */
export function findPatterns(text: string): PatternHit[] {
  return findOnVisible(text, findVisiblePatterns);
}

function findVisiblePatterns(text: string): PatternHit[] {
  const hits: PatternHit[] = [];
  // Every shape but an email address holds a digit, and an email address holds "@": most text is ruled out at once.
  const hasDigit = /\d/.test(text);
  if (!hasDigit && !text.includes('@')) return hits;
  const taken = (start: number, end: number) => hits.some((h) => start < h.end && end > h.start);
  for (const [kind, pattern, valid] of PATTERNS) {
    if (kind === 'email_address' ? !text.includes('@') : !hasDigit) continue;
    for (const m of text.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (valid && !valid(m[0])) continue;
      if (taken(start, end)) continue;
      hits.push({ kind, start, end, found: m[0] });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}
