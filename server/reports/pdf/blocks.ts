import type { Block, CalloutBlock, FieldsBlock, ListBlock, ParagraphBlock, Section } from '../../../templates/document';
import { anchorOf } from '../../../templates/numbering';
import { FONT } from './fonts';
import { theme } from './theme';
import type { Flow, TextStyle } from './flow';
import { measureRuns, toRuns, writeRuns } from './text';
import { drawTable } from './table';
import { drawFigure } from './figures';

type Struct = PDFKit.PDFStructureElement;

/** What block rendering records: the page of each heading (for the contents) and the outline items. */
export interface RenderState {
  flow: Flow;
  /** Anchors that appear in the contents and the outline. */
  listed: Set<string>;
  /** Page index of each anchor. */
  pages: Map<string, number>;
  /** The open outline item at each depth. */
  outline: PDFKit.PDFOutline[];
}

const paragraphStyles: Record<NonNullable<ParagraphBlock['style']>, TextStyle> = {
  body: {},
  lead: { size: theme.size.body + 1 },
  note: { size: theme.size.note, colour: theme.colour.muted },
  quote: { font: FONT.italic },
};

function heading(state: RenderState, parent: Struct, number: string, title: string, depth: number): void {
  const flow = state.flow;
  const doc = flow.doc;
  const size = depth === 0 ? theme.size.h1 : depth === 1 ? theme.size.h2 : theme.size.h3;
  const text = `${number}  ${title}`;
  const height = flow.measure(text, flow.width, { font: FONT.bold, size });
  flow.ensureSpace(height + 4 * flow.measure('X', 100));
  const anchor = anchorOf(number);
  state.pages.set(anchor, flow.pageIndex);
  doc.addNamedDestination(anchor, 'XYZ', null, flow.y, null);
  if (state.listed.has(anchor)) {
    const item = (depth === 0 ? doc.outline : state.outline[depth - 1] ?? doc.outline).addItem(text);
    state.outline[depth] = item;
  }
  const y = flow.y + (depth === 0 ? 0 : 4);
  flow.tag(parent, `H${Math.min(depth + 1, 6)}`, () => writeRuns(flow, [{ text, bold: true }], flow.left, y, flow.width, { size, colour: theme.colour.accent }));
  flow.y += depth === 0 ? 10 : 4;
}

function paragraph(state: RenderState, parent: Struct, block: ParagraphBlock): void {
  const flow = state.flow;
  const style = paragraphStyles[block.style ?? 'body'];
  const indent = block.style === 'quote' ? theme.gutter + 14 : theme.gutter;
  const x = flow.left + indent;
  const width = flow.width - indent;
  const runs = toRuns(block.text);
  const lines = flow.measure('X', 100, style);
  flow.ensureSpace(Math.min(measureRuns(flow, runs, width, style), lines * 3));
  const y = flow.y;
  if (block.style === 'quote') {
    const h = measureRuns(flow, runs, width, style);
    if (y + h <= flow.bottom) flow.artifact(() => flow.doc.rect(x - 8, y, 2, h).fill(theme.colour.rule));
  }
  flow.tag(parent, block.style === 'quote' ? 'BlockQuote' : 'P', () => {
    if (block.number) {
      flow.style({ font: FONT.body, size: theme.size.note, colour: theme.colour.muted });
      flow.doc.text(block.number, flow.left, y + 1, { lineBreak: false });
    }
    writeRuns(flow, runs, x, y, width, style);
  });
  flow.y += theme.paragraphGap;
}

function fields(state: RenderState, parent: Struct, block: FieldsBlock): void {
  const flow = state.flow;
  const labelWidth = 120;
  const x = flow.left + theme.gutter;
  const valueWidth = flow.width - theme.gutter - labelWidth;
  for (const item of block.items) {
    // The value column sets the gap after the colon: a trailing space would wrap a label that just fits ("Publishing partnership:").
    const label = `${item.label}:`;
    const h = Math.max(flow.measure(label, labelWidth - 6, { font: FONT.bold, size: theme.size.note }), flow.measure(item.value, valueWidth, { size: theme.size.note }));
    flow.ensureSpace(h);
    const y = flow.y;
    flow.tag(parent, 'P', () => {
      writeRuns(flow, [{ text: label, bold: true }], x, y, labelWidth - 6, { size: theme.size.note }, h + 2);
      writeRuns(flow, [{ text: item.value }], x + labelWidth, y, valueWidth, { size: theme.size.note }, h + 2);
    });
    flow.y = y + h + 2;
  }
  flow.y += theme.paragraphGap - 2;
}

function list(state: RenderState, parent: Struct, block: ListBlock): void {
  const flow = state.flow;
  const l = flow.doc.struct('L');
  parent.add(l);
  const x = flow.left + theme.gutter;
  const width = flow.width - theme.gutter - 16;
  block.items.forEach((item, i) => {
    const runs = toRuns(item.text);
    flow.ensureSpace(Math.min(measureRuns(flow, runs, width), flow.measure('X', 100) * 2));
    const y = flow.y;
    flow.tag(l, 'LI', () => {
      flow.style({});
      flow.doc.text(block.ordered ? `${i + 1}.` : '•', x, y, { lineBreak: false });
      writeRuns(flow, runs, x + 16, y, width);
    });
    flow.y += 3;
  });
  l.end();
  flow.y += theme.paragraphGap - 3;
}

function callout(state: RenderState, parent: Struct, block: CalloutBlock): void {
  const flow = state.flow;
  const pad = 10;
  const style = { font: FONT.bold, size: theme.size.body + 0.5, colour: theme.colour.accent };
  const h = flow.measure(block.text, flow.width - 2 * pad - 4, style) + 2 * pad;
  flow.ensureSpace(h);
  const y = flow.y;
  flow.artifact(() => {
    flow.doc.rect(flow.left, y, flow.width, h).fill(theme.colour.callout);
    flow.doc.rect(flow.left, y, 4, h).fill(theme.colour.accent);
  });
  flow.tag(parent, 'P', () => writeRuns(flow, [{ text: block.text, bold: true }], flow.left + pad + 4, y + pad, flow.width - 2 * pad - 4, style, h));
  flow.y = y + h + theme.paragraphGap * 2;
}

/** Renders blocks in order under a structure element; subsections nest as Sect elements. */
export function renderBlocks(state: RenderState, parent: Struct, blocks: readonly Block[], depth: number): void {
  for (const block of blocks) {
    switch (block.type) {
      case 'paragraph': paragraph(state, parent, block); break;
      case 'fields': fields(state, parent, block); break;
      case 'list': list(state, parent, block); break;
      case 'callout': callout(state, parent, block); break;
      case 'table':
        if (block.caption) paragraph(state, parent, { type: 'paragraph', text: [{ text: block.caption, bold: true }], style: 'note' });
        if (block.rows.length === 0) paragraph(state, parent, { type: 'paragraph', text: block.empty, style: 'note' });
        else drawTable(state.flow, parent, block);
        break;
      case 'figure': drawFigure(state.flow, parent, block); break;
      case 'subsection': {
        if (block.newPage && !state.flow.atPageTop()) state.flow.newPage();
        const sect = state.flow.doc.struct('Sect');
        parent.add(sect);
        heading(state, sect, block.number ?? '', block.title, depth + 1);
        renderBlocks(state, sect, block.blocks, depth + 1);
        sect.end();
        break;
      }
    }
  }
}

/** Renders a top-level section, on a new page unless it asks not to. */
export function renderSection(state: RenderState, parent: Struct, section: Section): void {
  const flow = state.flow;
  if (section.newPage !== false && !flow.atPageTop()) flow.newPage();
  else if (!flow.atPageTop()) flow.y += 10;
  const sect = flow.doc.struct('Sect');
  parent.add(sect);
  heading(state, sect, section.number, section.title, 0);
  renderBlocks(state, sect, section.blocks, 0);
  sect.end();
}
