/** A stretch of text and what replaces it. */
export interface Replacement { start: number; end: number; replacement: string }

/** Replaces sorted spans of text; a span overlapping one already replaced is skipped. */
export function replaceSpans(text: string, spans: readonly Replacement[]): string {
  if (spans.length === 0) return text;
  let out = '';
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    out += text.slice(at, span.start) + span.replacement;
    at = span.end;
  }
  return out + text.slice(at);
}
