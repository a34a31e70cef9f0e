const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Finds date-like strings in many styles ("14/03/2015", "14th March 2015", "March 14, 2015", "2015-03-14", inside a timestamp too). */
export const DATE_LIKE = new RegExp(
  [
    String.raw`(?<!\d)\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)`,
    String.raw`(?<![\d.])\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}(?![\d]|[-/.]\d)`,
    String.raw`(?<![A-Za-z\d])\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?[\s-]+[A-Za-z]{3,9}\.?,?[\s-]+\d{2,4}(?!\d)`,
    String.raw`(?<![A-Za-z])[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}(?!\d)`,
  ].join('|'),
  'gi',
);

function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace('.', '');
  if (w.length < 3) return undefined;
  const i = MONTHS.findIndex((m) => m.startsWith(w) || (w === 'sept' && m === 'september'));
  return i < 0 ? undefined : i + 1;
}

const fullYear = (y: string) => (y.length === 2 ? (Number(y) > 30 ? 1900 : 2000) + Number(y) : Number(y));
const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/**
 * Reads a date-like string as the ISO dates it could mean: UK day-first first, and also US order,
 * because a date of birth must be caught whichever order a record used.
 */
export function readDateLike(text: string): string[] {
  const t = text.trim();
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(t);
  if (m) return [iso(Number(m[1]), Number(m[2]), Number(m[3]))];
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2,4})$/.exec(t);
  if (m) return [iso(fullYear(m[3]!), Number(m[2]), Number(m[1])), iso(fullYear(m[3]!), Number(m[1]), Number(m[2]))];
  m = /^(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?[\s-]+([A-Za-z]{3,9})\.?,?[\s-]+(\d{2,4})$/i.exec(t);
  if (m) {
    const month = monthNumber(m[2]!);
    return month ? [iso(fullYear(m[3]!), month, Number(m[1]))] : [];
  }
  m = /^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i.exec(t);
  if (m) {
    const month = monthNumber(m[1]!);
    return month ? [iso(Number(m[3]), month, Number(m[2]))] : [];
  }
  return [];
}
