import { hash } from 'node:crypto';
import { normaliseText } from './similarity';

/**
 * Gives each row a stable import key from the agency, the date as understood, the entry text and how many
 * identical rows came before it in the file: re-importing the same file finds every key already present,
 * while two genuinely identical entries in one file both survive. `onRepeat` hears of each row (by index) that
 * repeats an earlier one, with the index of the first.
 */
export function importKeysFor(agencyId: string, rows: readonly { occurred: { value: string }; text: string }[],
  onRepeat?: (index: number, firstIndex: number) => void): string[] {
  const digest = (text: string) => hash('sha256', text, 'base64url').slice(0, 32);
  // Rows are counted by their first key (short, so cheaper to look up than the text): equal first keys mean equal rows.
  const seen = new Map<string, { n: number; first: number }>();
  return rows.map((row, i) => {
    const base = `${agencyId}\u0000${row.occurred.value}\u0000${normaliseText(row.text)}`;
    const first = digest(`${base}\u00000`);
    const earlier = seen.get(first);
    if (!earlier) {
      seen.set(first, { n: 1, first: i });
      return first;
    }
    const n = earlier.n++;
    onRepeat?.(i, earlier.first);
    return digest(`${base}\u0000${n}`);
  });
}
