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
  const keyOf = importKeyer(agencyId, onRepeat);
  return rows.map((row) => keyOf(row));
}

/**
 * The same keys, one row at a time in file order (for a file read as it arrives): each call keys the next row.
 */
export function importKeyer(agencyId: string, onRepeat?: (index: number, firstIndex: number) => void):
  (row: { occurred: { value: string }; text: string }) => string {
  const digest = (text: string) => hash('sha256', text, 'base64url').slice(0, 32);
  // Rows are told apart by their first key (short, so cheaper to look up than the text): equal first keys mean
  // equal rows. Only rows seen more than once are counted.
  const firstRow = new Map<string, number>();
  const seen = new Map<string, number>();
  let i = -1;
  return (row) => {
    i++;
    const base = `${agencyId}\u0000${row.occurred.value}\u0000${normaliseText(row.text)}\u0000`;
    const first = digest(`${base}0`);
    const earlier = firstRow.get(first);
    if (earlier === undefined) {
      firstRow.set(first, i);
      return first;
    }
    const n = seen.get(first) ?? 1;
    seen.set(first, n + 1);
    onRepeat?.(i, earlier);
    return digest(`${base}${n}`);
  };
}
