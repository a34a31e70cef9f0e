/** The markers SQLite's snippet() is asked to put around matched words (control characters never in report text). */
export const MATCH_OPEN = '\u0002';
export const MATCH_CLOSE = '\u0003';

/** A piece of a snippet; matched words have `match: true`, so the client highlights them without parsing markup. */
export interface SnippetPart { text: string; match: boolean }

/** Splits a snippet marked with MATCH_OPEN/MATCH_CLOSE into plain and matched parts. */
export function snippetParts(marked: string): SnippetPart[] {
  const out: SnippetPart[] = [];
  for (const [i, piece] of marked.split(new RegExp(`[${MATCH_OPEN}${MATCH_CLOSE}]`)).entries()) {
    if (piece) out.push({ text: piece, match: i % 2 === 1 });
  }
  return out;
}
