/**
 * Characters that print as nothing: Unicode's Default_Ignorable_Code_Point set. It holds the soft hyphen (U+00AD),
 * zero-width space, non-joiner and joiner (U+200B-U+200D), the word joiner (U+2060), the BOM / zero-width no-break
 * space (U+FEFF), the Mongolian vowel separator (U+180E), the combining grapheme joiner (U+034F), variation
 * selectors, bidirectional marks, invisible operators, tag characters and the Hangul fillers. Text pasted or imported
 * from word processors, web pages and case-record systems carries them inside names ("Pri\u00ADya"), where they
 * would hide the name from a matcher while the name still shows on screen and in PDFs.
 */
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/u;
const INVISIBLE_RUNS = /\p{Default_Ignorable_Code_Point}+/gu;

/** Whether text holds a character that prints as nothing. */
export const hasInvisible = (text: string): boolean => INVISIBLE.test(text);

/** The text as it reads: every character that prints as nothing removed. */
export function dropInvisible(text: string): string {
  return INVISIBLE.test(text) ? text.replace(INVISIBLE_RUNS, '') : text;
}

/** A stretch of text found by a matcher. */
interface Found { start: number; end: number; found: string }

/**
 * Runs a matcher over text as it reads (characters that print as nothing removed) and gives its spans as offsets into
 * the text: a span keeps the invisible characters inside it ("Pri\u00ADya" whole), not those just before or after it.
 * Text without such characters is passed through as it is, at the cost of one scan.
 */
export function findOnVisible<T extends Found>(text: string, find: (visible: string) => T[]): T[] {
  if (!INVISIBLE.test(text)) return find(text);
  // Each removed run: the visible offset of the character after it, and how many characters were removed up to it.
  const at: number[] = [];
  const removed: number[] = [];
  let visible = '';
  let from = 0;
  let total = 0;
  for (const m of text.matchAll(INVISIBLE_RUNS)) {
    visible += text.slice(from, m.index);
    total += m[0].length;
    at.push(visible.length);
    removed.push(total);
    from = m.index + m[0].length;
  }
  visible += text.slice(from);
  const origin = (offset: number) => {
    let lo = 0;
    let hi = at.length - 1;
    let shift = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (at[mid]! <= offset) { shift = removed[mid]!; lo = mid + 1; } else hi = mid - 1;
    }
    return offset + shift;
  };
  return find(visible).map((hit) => {
    const start = origin(hit.start);
    const end = hit.end > hit.start ? origin(hit.end - 1) + 1 : start;
    return { ...hit, start, end, found: text.slice(start, end) };
  });
}
