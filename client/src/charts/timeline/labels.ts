/**
 * Breaks a label into at most `maxLines` lines of about `maxChars` characters at spaces, ending the last line
 * with "…" when the text does not fit.
 */
export function wrapLabel(text: string, maxChars: number, maxLines = 2): string[] {
  if (maxChars < 2 || maxLines < 1) return [];
  const lines: string[] = [];
  for (const word of text.trim().split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  const kept = lines.length > maxLines ? [...lines.slice(0, maxLines - 1), lines.slice(maxLines - 1).join(' ')] : lines;
  return kept.map((line) => truncate(line, maxChars));
}

/** Shortens a label to `max` characters, ending with "…" when cut. */
export function truncate(text: string, max: number): string {
  if (max < 2) return '';
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
