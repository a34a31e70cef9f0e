import type { Cover } from '../../../templates/document';
import type { Flow } from './flow';
import { FONT } from './fonts';
import { theme } from './theme';
import { writeRuns } from './text';

type Struct = PDFKit.PDFStructureElement;

/** Draws the cover page: kicker, title, subtitle (reference, child, partnership, year), edition lines and the purpose statement. */
export function drawCover(flow: Flow, root: Struct, cover: Cover): void {
  const doc = flow.doc;
  const x = flow.left;
  const width = flow.width;
  flow.artifact(() => doc.rect(0, 0, 14, doc.page.height).fill(theme.colour.accent));
  let y = flow.top + 90;
  const put = (type: string, text: string, style: { font?: string; size: number; colour?: string }, gap: number) => {
    const h = flow.measure(text, width, style);
    const at = y;
    flow.tag(root, type, () => writeRuns(flow, [{ text }], x, at, width, style, h + 4));
    y += h + gap;
  };
  put('P', cover.kicker.toUpperCase(), { font: FONT.bold, size: 10, colour: theme.colour.accent }, 14);
  put('H1', cover.title, { font: FONT.bold, size: 22, colour: theme.colour.text }, 12);
  put('P', cover.subtitle, { font: FONT.body, size: 11, colour: theme.colour.muted }, 28);
  for (const line of cover.lines) put('P', line, { font: FONT.body, size: 10, colour: theme.colour.text }, 6);
  const style = { font: FONT.bold, size: 10.5, colour: theme.colour.accent };
  const h = flow.measure(cover.statement, width - 28, style) + 24;
  const top = flow.bottom - h - 20;
  flow.artifact(() => {
    doc.rect(x, top, width, h).fill(theme.colour.callout);
    doc.rect(x, top, 4, h).fill(theme.colour.accent);
  });
  flow.tag(root, 'P', () => writeRuns(flow, [{ text: cover.statement, bold: true }], x + 16, top + 12, width - 28, style, h));
}
