import type { FigureBlock } from '../../../../templates/document';
import type { Flow } from '../flow';
import { theme } from '../theme';
import { FONT } from '../fonts';
import { writeRuns } from '../text';
import { drawAccimap } from './accimap';
import { drawTimeline } from './timeline';

type Struct = PDFKit.PDFStructureElement;

function caption(flow: Flow, parent: Struct, text: string): void {
  const style = { font: FONT.italic, size: theme.size.caption, colour: theme.colour.muted };
  const h = flow.measure(text, flow.width, style);
  flow.ensureSpace(h);
  const y = flow.y + 4;
  flow.tag(parent, 'Caption', () => writeRuns(flow, [{ text, italic: true }], flow.left, y, flow.width, style, h + 4));
  flow.y = y + h + theme.paragraphGap * 2;
}

/** Draws a vector figure (AcciMap or timeline overview) as a tagged Figure with its text alternative and caption. */
export function drawFigure(flow: Flow, parent: Struct, block: FigureBlock): void {
  const figure = flow.doc.struct('Figure', { alt: block.alt });
  parent.add(figure);
  if (block.figure.kind === 'accimap') drawAccimap(flow, figure, block.figure);
  else drawTimeline(flow, figure, block.figure);
  figure.end();
  caption(flow, parent, block.caption);
}
