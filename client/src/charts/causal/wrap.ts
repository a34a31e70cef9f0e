/** Roughly how many characters of a sans-serif font fit across `width` pixels at `fontSize` (no DOM measuring, so charts lay out the same in jsdom). */
export function charsFor(width: number, fontSize: number): number {
  return Math.max(1, Math.floor(width / (fontSize * 0.56)));
}

/**
 * Breaks text into at most `maxLines` lines of at most `maxChars` characters, at spaces where it can and
 * inside a word only when the word is longer than a line; when text is left over, the last line ends with "…".
 */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const width = Math.max(1, Math.floor(maxChars));
  const words = text.trim().split(/\s+/).filter(Boolean).flatMap((w) => split(w, width));
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (; used < words.length; used++) {
    const word = words[used]!;
    const next = line ? `${line} ${word}` : word;
    if (next.length <= width) {
      line = next;
      continue;
    }
    lines.push(line);
    if (lines.length === maxLines) break;
    line = word;
  }
  if (used === words.length) {
    if (line) lines.push(line);
    return lines;
  }
  const last = lines.pop() ?? '';
  lines.push(`${last.slice(0, Math.max(0, width - 1)).trimEnd()}…`);
  return lines;
}

function split(word: string, width: number): string[] {
  if (word.length <= width) return [word];
  const parts: string[] = [];
  for (let i = 0; i < word.length; i += width) parts.push(word.slice(i, i + width));
  return parts;
}
