import type { ContentsEntry } from '../../../templates/numbering';
import type { Flow } from './flow';
import { FONT } from './fonts';
import { theme } from './theme';

type Struct = PDFKit.PDFStructureElement;

/** Line height of a contents entry by depth. */
export function contentsLineHeight(entry: Pick<ContentsEntry, 'depth'>): number {
  return entry.depth === 0 ? 19 : entry.depth === 1 ? 14 : 13;
}

/** Splits contents entries into pages: the first page has `first` points (below the heading), later pages `rest`. */
export function paginateContents(entries: readonly ContentsEntry[], first: number, rest: number): ContentsEntry[][] {
  const pages: ContentsEntry[][] = [[]];
  let used = 0;
  for (const entry of entries) {
    const h = contentsLineHeight(entry);
    const capacity = pages.length === 1 ? first : rest;
    if (used + h > capacity && pages[pages.length - 1]!.length > 0) {
      pages.push([]);
      used = 0;
    }
    pages[pages.length - 1]!.push(entry);
    used += h;
  }
  return pages;
}

/** Space the "Contents" heading takes on the first contents page. */
export const CONTENTS_HEADING = 36;

function fit(doc: PDFKit.PDFDocument, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text;
  let chars = Array.from(text);
  while (chars.length > 1 && doc.widthOfString(`${chars.join('')}…`) > width) chars = chars.slice(0, -1);
  return `${chars.join('').trimEnd()}…`;
}

/** Writes the reserved contents pages: each entry linked to its heading, with the page it starts on. */
export function drawContents(flow: Flow, toc: Struct, pages: ContentsEntry[][], pageIndexes: number[], pageOf: Map<string, number>): void {
  const doc = flow.doc;
  pages.forEach((entries, p) => {
    doc.switchToPage(pageIndexes[p]!);
    let y = flow.top;
    if (p === 0) {
      flow.tag(toc, 'H1', () => flow.style({ font: FONT.bold, size: theme.size.h1, colour: theme.colour.accent }).text('Contents', flow.left, y, { lineBreak: false }));
      y += CONTENTS_HEADING;
    }
    for (const entry of entries) {
      const size = entry.depth === 0 ? theme.size.body : entry.depth === 1 ? theme.size.body - 0.5 : theme.size.note;
      const font = entry.depth === 0 ? FONT.bold : FONT.body;
      const indent = entry.depth * 26;
      const page = String((pageOf.get(entry.anchor) ?? 0) + 1);
      const at = y + (entry.depth === 0 ? 5 : 0);
      flow.tag(toc, 'TOCI', () => {
        doc.font(font).fontSize(size).fillColor(theme.colour.text);
        const pageWidth = doc.widthOfString(page);
        const label = fit(doc, `${entry.number}  ${entry.title}`, flow.width - indent - pageWidth - 24);
        doc.text(label, flow.left + indent, at, { lineBreak: false, goTo: entry.anchor });
        doc.text(page, flow.right - pageWidth, at, { lineBreak: false, goTo: entry.anchor });
      });
      y += contentsLineHeight(entry);
    }
  });
}
