import { hash } from 'node:crypto';
import { normaliseText } from './similarity';

/**
 * Gives each row a stable import key from the agency, the date as understood, the entry text and how many
 * identical rows came before it in the file: re-importing the same file finds every key already present,
 * while two genuinely identical entries in one file both survive.
 */
export function importKeysFor(agencyId: string, rows: readonly { occurred: { value: string }; text: string }[]): string[] {
  const digest = (text: string) => hash('sha256', text, 'base64url').slice(0, 32);
  // Rows are counted by their first key (short, so cheaper to look up than the text): equal first keys mean equal rows.
  const seen = new Map<string, number>();
  return rows.map((row) => {
    const base = `${agencyId}\u0000${row.occurred.value}\u0000${normaliseText(row.text)}`;
    const first = digest(`${base}\u00000`);
    const n = seen.get(first) ?? 0;
    seen.set(first, n + 1);
    return n === 0 ? first : digest(`${base}\u0000${n}`);
  });
}
