/** Aviation practice: a response is due within 90 days of issue. */
export const DEFAULT_RESPONSE_DAYS = 90;

/** Reads a whole number of days from 1 to 3650, or null when the text is anything else. */
export function parseDays(text: string): number | null {
  const t = text.trim();
  if (!/^\d{1,4}$/.test(t)) return null;
  const n = Number(t);
  return n >= 1 && n <= 3650 ? n : null;
}
