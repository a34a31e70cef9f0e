/** A search as typed, read into an FTS5 MATCH expression, or why it cannot be read. */
export type LibraryQuery = { match: string } | { error: string };

const OPERATORS = new Set(['OR', 'AND', 'NOT']);
const HAS_WORD = /[\p{L}\p{N}]/u;
const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** The pieces of a search: "quoted phrases" (closed or not) and runs of other characters between spaces. */
function pieces(q: string): { text: string; phrase: boolean }[] {
  const out: { text: string; phrase: boolean }[] = [];
  for (const m of q.matchAll(/"([^"]*)"?|[^\s"]+/g)) out.push(m[1] !== undefined ? { text: m[1], phrase: true } : { text: m[0], phrase: false });
  return out;
}

/**
 * Reads what a reader typed into the library's search box as an FTS5 expression. Words are searched as written,
 * punctuation and all ("under-fives", "child's", "A&E" and "2023-03" find those words; nothing is read as FTS5
 * syntax such as a column name); "a phrase", OR, NOT and AND between two searches, and a trailing * for a prefix
 * keep their meaning. An OR or AND with nothing on one side is dropped; a NOT with nothing before it is an error.
 */
export function readLibraryQuery(q: string): LibraryQuery {
  const terms: string[] = [];
  let pending: string | null = null;
  for (const piece of pieces(q)) {
    if (!piece.phrase && OPERATORS.has(piece.text)) {
      if (terms.length === 0 && piece.text === 'NOT') return { error: 'NOT must come between two searches, e.g. caseloads NOT police' };
      if (terms.length > 0) pending ??= piece.text;
      continue;
    }
    const prefix = !piece.phrase && piece.text.endsWith('*');
    const text = prefix ? piece.text.replace(/\*+$/, '') : piece.text;
    if (!HAS_WORD.test(text)) continue;
    if (pending) terms.push(pending);
    pending = null;
    terms.push(quoted(text) + (prefix ? '*' : ''));
  }
  if (terms.length === 0) return { error: 'give at least one word to search for' };
  return { match: terms.join(' ') };
}
