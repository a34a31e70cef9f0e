import type { Run } from '../../../templates/document';
import { FONT } from './fonts';
import { theme } from './theme';
import type { Flow, TextStyle } from './flow';

/** The font of a run in the regular or condensed family. */
export function runFont(run: Pick<Run, 'bold' | 'italic'>, condensed = false): string {
  if (condensed) return run.bold ? FONT.condBold : FONT.cond;
  if (run.bold && run.italic) return FONT.boldItalic;
  if (run.bold) return FONT.bold;
  if (run.italic) return FONT.italic;
  return FONT.body;
}

/** Runs of a block's text (a plain string is one run). */
export function toRuns(text: string | Run[]): Run[] {
  return typeof text === 'string' ? [{ text }] : text.filter((r) => r.text !== '');
}

/** Text of runs in a style, measured as if set in the style's font (bold runs are close enough for space checks). */
export function measureRuns(flow: Flow, runs: Run[], width: number, style: TextStyle = {}): number {
  return flow.measure(runs.map((r) => r.text).join('') || ' ', width, style);
}

/**
 * Writes runs as one flowing paragraph at (x, y). Without `height` a long paragraph continues on the next page
 * (PDFKit keeps the marked content balanced); with `height` the text is clipped to it and never breaks a page.
 */
export function writeRuns(flow: Flow, runs: Run[], x: number, y: number, width: number, style: TextStyle = {}, height?: number): void {
  const doc = flow.doc;
  const size = style.size ?? theme.size.body;
  const colour = style.colour ?? theme.colour.text;
  const list = runs.length > 0 ? runs : [{ text: ' ' }];
  list.forEach((run, i) => {
    const font = run.bold || run.italic ? runFont(run, style.font === FONT.cond || style.font === FONT.condBold) : (style.font ?? FONT.body);
    doc.font(font).fontSize(size).fillColor(colour);
    const options = { width, lineGap: style.lineGap ?? theme.lineGap, continued: i < list.length - 1, ...(height !== undefined ? { height } : {}) };
    if (i === 0) doc.text(run.text, x, y, options);
    else doc.text(run.text, options);
  });
  doc.x = flow.left;
}
