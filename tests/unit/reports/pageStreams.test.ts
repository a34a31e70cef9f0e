import { describe, expect, it } from 'vitest';
import PDFDocument from 'pdfkit';
import { gatherAsText, streamFinishedPages, type StreamRef } from '../../../server/reports/pdf/pageStreams';
import { pdfPages } from '../../helpers/pdfTools';

/** An uncompressed PDFKit document and `written()`: everything it has output so far (the whole file once ended). */
function collected(options: PDFKit.PDFDocumentOptions = {}) {
  const pdf = new PDFDocument({ compress: false, autoFirstPage: false, info: { CreationDate: new Date('2026-03-01T09:00:00Z') }, ...options });
  const chunks: Buffer[] = [];
  const written = () => {
    for (let chunk: Buffer | null; (chunk = pdf.read() as Buffer | null) !== null;) chunks.push(chunk);
    return Buffer.concat(chunks);
  };
  return { pdf, written };
}

const streamOf = (pdf: PDFKit.PDFDocument) => (pdf as unknown as { ref(): StreamRef }).ref();

function writeOperators(stream: StreamRef): void {
  stream.write('q 1 0 0 RG');
  stream.write(new Uint8Array([0x41, 0x42, 0x0a]));
  stream.write('(caf\u00e9) Tj');
  stream.write('Q');
  stream.end();
}

/** Three pages with their body drawn in order, then "Page x of 3" drawn on each once all exist. */
function threePages(streamed: boolean): Buffer {
  const { pdf, written } = collected({ bufferPages: true });
  if (streamed) streamFinishedPages(pdf);
  for (let n = 1; n <= 3; n++) {
    pdf.addPage();
    pdf.text(`Body of page ${n}`, 72, 72);
  }
  for (let n = 1; n <= 3; n++) {
    pdf.switchToPage(n - 1);
    pdf.text(`Page ${n} of 3`, 72, 700, { lineBreak: false });
  }
  pdf.end();
  return written();
}

describe('gatherAsText', () => {
  it('writes the same bytes as PDFKit writing each operator itself', () => {
    const own = collected();
    writeOperators(streamOf(own.pdf));
    own.pdf.end();
    const gathered = collected();
    const stream = streamOf(gathered.pdf);
    gatherAsText(stream);
    writeOperators(stream);
    gathered.pdf.end();
    expect(gathered.written().equals(own.written())).toBe(true);
    expect(own.written().toString('latin1')).toContain('q 1 0 0 RG\nAB\n(caf\u00e9) Tj\nQ\n');
  });

  it('writes a stream nothing was drawn into as a valid empty stream', () => {
    const { pdf, written } = collected();
    const stream = streamOf(pdf);
    gatherAsText(stream);
    stream.end();
    pdf.end();
    expect(written().toString('latin1')).toMatch(/\d+ 0 obj\n<<\n\/Length 1\n>>\nstream\n\n\nendstream/);
  });
});

describe('streamFinishedPages', () => {
  it("writes a page's drawing out as soon as the next page begins, not at the end of the document", () => {
    const { pdf, written } = collected({ bufferPages: true });
    const text = () => written().toString('latin1');
    streamFinishedPages(pdf);
    pdf.addPage();
    pdf.rect(11, 12, 13, 14).fill();
    expect(text()).not.toContain('11 12 13 14 re');
    pdf.addPage();
    pdf.rect(21, 22, 23, 24).fill();
    expect(text()).toContain('11 12 13 14 re');
    expect(text()).not.toContain('21 22 23 24 re');
    pdf.end();
    expect(text()).toContain('21 22 23 24 re');
  });

  it('keeps finished pages open: drawing added later lands on the right page after its body', () => {
    const pages = pdfPages(threePages(true));
    expect(pages).toHaveLength(3);
    pages.forEach((page, i) => expect(page.replace(/\s+/g, ' ').trim()).toBe(`Body of page ${i + 1} Page ${i + 1} of 3`));
    expect(pdfPages(threePages(false))).toEqual(pages);
  });

  it('gives byte-identical files for the same drawing', () => {
    expect(threePages(true).equals(threePages(true))).toBe(true);
  });
});
