import type { Cell, TableBlock } from '../../../templates/document';
import { FONT } from './fonts';
import { theme } from './theme';
import type { Flow } from './flow';
import { drawLines, lineAdvance, wrapText } from './lines';

type Struct = PDFKit.PDFStructureElement;

const PAD = 3;
const LINE_GAP = 0.9;
const cellStyle = (bold?: boolean) => ({ font: bold ? FONT.condBold : FONT.cond, size: theme.size.table });

interface Geometry { xs: number[]; widths: number[]; advance: number; header: string[][]; headerHeight: number }

function wrapIn(flow: Flow, text: string, width: number, bold?: boolean): string[] {
  if (text === '') return [];
  flow.style(cellStyle(bold));
  return wrapText(flow.doc, text, width);
}

function geometry(flow: Flow, block: TableBlock): Geometry {
  const total = block.columns.reduce((s, c) => s + c.width, 0) || 1;
  const widths = block.columns.map((c) => (c.width / total) * flow.width);
  const xs = widths.map((_, i) => flow.left + widths.slice(0, i).reduce((s, w) => s + w, 0));
  flow.style(cellStyle());
  const advance = lineAdvance(flow.doc, LINE_GAP);
  const header = block.columns.map((c, i) => wrapIn(flow, c.header, widths[i]! - 2 * PAD, true));
  return { xs, widths, advance, header, headerHeight: Math.max(1, ...header.map((h) => h.length)) * advance + 2 * PAD };
}

function writeCell(flow: Flow, g: Geometry, column: number, lines: string[], y: number, bold?: boolean, colour: string = theme.colour.text): void {
  flow.style({ ...cellStyle(bold), colour });
  drawLines(flow.doc, lines, g.xs[column]! + PAD, y + PAD, LINE_GAP);
}

function drawHeader(flow: Flow, g: Geometry, table: Struct | null): void {
  const y = flow.y;
  flow.artifact(() => {
    flow.doc.rect(flow.left, y, flow.width, g.headerHeight).fill(theme.colour.tableHead);
  });
  if (table) {
    const tr = flow.doc.struct('TR');
    table.add(tr);
    g.header.forEach((lines, i) => flow.tag(tr, 'TH', () => writeCell(flow, g, i, lines, y, true)));
    tr.end();
  } else {
    flow.artifact(() => g.header.forEach((lines, i) => writeCell(flow, g, i, lines, y, true)), 'Pagination');
  }
  flow.y = y + g.headerHeight;
}

interface RowPart { lines: string[][]; cells: Cell[]; height: number; zebra: boolean; continued: boolean }

function drawRowPart(flow: Flow, g: Geometry, tds: Struct[], part: RowPart): void {
  const y = flow.y;
  flow.artifact(() => {
    if (part.zebra) flow.doc.rect(flow.left, y, flow.width, part.height).fill(theme.colour.zebra);
    flow.doc.moveTo(flow.left, y + part.height).lineTo(flow.right, y + part.height).lineWidth(0.4).stroke(theme.colour.rule);
    if (part.continued && part.lines[0]!.length === 0) writeCell(flow, g, 0, [`${part.cells[0]!.text} (cont.)`], y, false, theme.colour.muted);
  });
  part.lines.forEach((lines, i) => {
    if (lines.length > 0) tds[i]!.add(() => writeCell(flow, g, i, lines, y, part.cells[i]!.bold));
  });
  flow.y = y + part.height;
}

function continueOnNewPage(flow: Flow, g: Geometry): void {
  flow.newPage();
  drawHeader(flow, g, null);
}

/**
 * Draws a table: the header row is repeated on every page it spans (as an artifact after the first, so assistive
 * technology reads it once), long cells wrap, and a row taller than the space left is split across pages.
 */
export function drawTable(flow: Flow, parent: Struct, block: TableBlock): void {
  const g = geometry(flow, block);
  const table = flow.doc.struct('Table');
  parent.add(table);
  flow.ensureSpace(g.headerHeight + g.advance * 2 + 2 * PAD);
  drawHeader(flow, g, table);
  block.rows.forEach((cells, r) => {
    let lines = cells.map((c, i) => wrapIn(flow, c.text, g.widths[i]! - 2 * PAD, c.bold));
    const tr = flow.doc.struct('TR');
    table.add(tr);
    const tds = cells.map(() => {
      const td = flow.doc.struct('TD');
      tr.add(td);
      return td;
    });
    let drawn = false;
    for (;;) {
      const height = Math.max(1, ...lines.map((l) => l.length)) * g.advance + 2 * PAD;
      const base = { cells, zebra: r % 2 === 1, continued: drawn };
      if (height <= flow.space) {
        drawRowPart(flow, g, tds, { ...base, lines, height });
        break;
      }
      const fitsFreshPage = height <= flow.pageBody - g.headerHeight;
      const room = Math.floor((flow.space - 2 * PAD) / g.advance);
      if (fitsFreshPage || room < 3) {
        continueOnNewPage(flow, g);
        continue;
      }
      drawRowPart(flow, g, tds, { ...base, lines: lines.map((l) => l.slice(0, room)), height: room * g.advance + 2 * PAD });
      lines = lines.map((l) => l.slice(room));
      drawn = true;
      continueOnNewPage(flow, g);
    }
    tds.forEach((td) => td.end());
    tr.end();
  });
  table.end();
  flow.y += theme.paragraphGap;
}
