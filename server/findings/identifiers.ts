/** The parts of a recommendation identifier `YYYY-NNN`. */
export interface IdentifierParts { year: number; number: number }

/** Formats a recommendation identifier: the issue year and the per-year number, at least three digits (`2026-007`). */
export function formatIdentifier(year: number, number: number): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`year out of range: ${year}`);
  if (!Number.isInteger(number) || number < 1) throw new RangeError(`number must be a positive integer: ${number}`);
  return `${year}-${String(number).padStart(3, '0')}`;
}

/** Reads an identifier back into its parts, or undefined when the text is not one. */
export function parseIdentifier(identifier: string): IdentifierParts | undefined {
  const m = /^(\d{4})-(\d{3,})$/.exec(identifier.trim());
  if (!m) return undefined;
  const number = Number(m[2]);
  return number >= 1 ? { year: Number(m[1]), number } : undefined;
}

/** Orders identifiers by year, then number (so `2026-1000` follows `2026-999`); non-identifiers last. */
export function compareIdentifiers(a: string | null, b: string | null): number {
  const pa = a ? parseIdentifier(a) : undefined;
  const pb = b ? parseIdentifier(b) : undefined;
  if (!pa || !pb) return (pa ? 0 : 1) - (pb ? 0 : 1);
  return pa.year - pb.year || pa.number - pb.number;
}
