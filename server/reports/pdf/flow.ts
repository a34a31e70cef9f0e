import { theme } from './theme';
import { FONT } from './fonts';

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

/** Font, size and colour of a piece of text. */
export interface TextStyle {
  font?: string;
  size?: number;
  colour?: string;
  lineGap?: number;
}

/**
 * The flowing cursor over a PDFKit document: page geometry, space checks, page breaks, tagged content
 * and artifacts. Pages are only added here, never inside a structure closure, so marked content stays balanced.
 */
export class Flow {
  constructor(readonly doc: Doc) {}

  get left(): number { return this.doc.page.margins.left; }
  get right(): number { return this.doc.page.width - this.doc.page.margins.right; }
  get width(): number { return this.right - this.left; }
  get top(): number { return this.doc.page.margins.top; }
  get bottom(): number { return this.doc.page.height - this.doc.page.margins.bottom; }
  get y(): number { return this.doc.y; }
  set y(value: number) { this.doc.y = value; }
  /** Space left on the current page. */
  get space(): number { return this.bottom - this.doc.y; }
  /** Height of the body area of a page. */
  get pageBody(): number { return this.bottom - this.top; }
  /** Index of the current page (0-based, over all buffered pages). */
  get pageIndex(): number { return this.doc.bufferedPageRange().start + this.doc.bufferedPageRange().count - 1; }

  /** True when nothing has been written below the top margin of the current page. */
  atPageTop(): boolean {
    return this.doc.y <= this.top + 0.5;
  }

  /** Starts a new page. */
  newPage(): void {
    this.doc.addPage();
    this.doc.x = this.left;
    this.doc.y = this.top;
  }

  /** Starts a new page unless `height` still fits on this one. */
  ensureSpace(height: number): void {
    if (this.doc.y + height > this.bottom && !this.atPageTop()) this.newPage();
  }

  /** Sets font, size and colour. */
  style({ font = FONT.body, size = theme.size.body, colour = theme.colour.text }: TextStyle): Doc {
    return this.doc.font(font).fontSize(size).fillColor(colour);
  }

  /** Height of text in a style and width. */
  measure(text: string, width: number, style: TextStyle = {}): number {
    this.style(style);
    return this.doc.heightOfString(text, { width, lineGap: style.lineGap ?? theme.lineGap });
  }

  /** Adds a structure element with content drawn by `draw` (which must not add pages) under `parent`. */
  tag(parent: Struct, type: string, draw: () => void, options: PDFKit.Mixins.StructureElementOptions = {}): Struct {
    const element = this.doc.struct(type, options, [draw]);
    parent.add(element);
    return element;
  }

  /** Draws decoration (rules, fills, page furniture) as an artifact, outside the document's structure. */
  artifact(draw: () => void, type: 'Pagination' | 'Layout' = 'Layout'): void {
    this.doc.markContent('Artifact', { type });
    draw();
    this.doc.endMarkedContent();
  }

  /** Runs `draw` with no bottom margin, so text placed near the page foot never starts a new page. */
  withoutBottomMargin(draw: () => void): void {
    const margins = this.doc.page.margins;
    const saved = margins.bottom;
    margins.bottom = 0;
    try { draw(); } finally { margins.bottom = saved; }
  }
}
