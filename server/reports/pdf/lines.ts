type Doc = PDFKit.PDFDocument;

function breakWord(doc: Doc, word: string, width: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const ch of Array.from(word)) {
    if (current && doc.widthOfString(current + ch) > width) {
      out.push(current);
      current = ch;
    } else {
      current += ch;
    }
  }
  if (current) out.push(current);
  return out;
}

/**
 * Breaks text into lines that fit `width` in the current font and size: greedy at spaces, newlines kept,
 * a word longer than a line broken between characters. Word widths come from PDFKit's per-word cache, so this is
 * far cheaper than a second pass of PDFKit's own line wrapper.
 */
export function wrapText(doc: Doc, text: string, width: number): string[] {
  const lines: string[] = [];
  const space = doc.widthOfString(' ');
  for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) {
    let line = '';
    let lineWidth = 0;
    for (const word of paragraph.split(/[ \t]+/).filter(Boolean)) {
      const w = doc.widthOfString(word);
      if (line && lineWidth + space + w <= width) {
        line += ` ${word}`;
        lineWidth += space + w;
        continue;
      }
      if (line) lines.push(line);
      if (w <= width) {
        line = word;
        lineWidth = w;
        continue;
      }
      const parts = breakWord(doc, word, width);
      lines.push(...parts.slice(0, -1));
      line = parts[parts.length - 1] ?? '';
      lineWidth = doc.widthOfString(line);
    }
    lines.push(line);
  }
  while (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** The distance between baselines of consecutive lines, as PDFKit spaces wrapped text. */
export function lineAdvance(doc: Doc, lineGap: number): number {
  return doc.currentLineHeight(true) + lineGap;
}

/** Draws pre-broken lines one below the other from (x, y), without PDFKit's wrapper (so never a page break). */
export function drawLines(doc: Doc, lines: readonly string[], x: number, y: number, lineGap: number): void {
  const advance = lineAdvance(doc, lineGap);
  lines.forEach((line, i) => {
    if (line) doc.text(line, x, y + i * advance, { lineBreak: false });
  });
}
