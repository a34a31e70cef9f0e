import { describe, expect, it } from 'vitest';
import PDFDocument from 'pdfkit';
import { collectOutput } from '../../../server/reports/pdf/output';

function drawPages(pdf: PDFKit.PDFDocument, pages: number, afterEach: () => void = () => {}): void {
  for (let n = 1; n <= pages; n++) {
    pdf.addPage();
    for (let i = 0; i < 200; i++) pdf.rect(n, i, 10, 10).fill();
    afterEach();
  }
  pdf.end();
}

const newPdf = () => new PDFDocument({ compress: false, autoFirstPage: false, info: { CreationDate: new Date('2026-03-01T09:00:00Z') } });

describe('collectOutput', () => {
  it("gives the same file as collecting every 'data' chunk", async () => {
    const plain = newPdf();
    const chunks: Buffer[] = [];
    plain.on('data', (c: Buffer) => chunks.push(c));
    const plainDone = new Promise<Buffer>((resolve) => plain.on('end', () => resolve(Buffer.concat(chunks))));
    drawPages(plain, 3);
    const collected = newPdf();
    const done = collectOutput(collected);
    drawPages(collected, 3);
    const file = await done;
    expect(file.equals(await plainDone)).toBe(true);
    expect(file.toString('latin1')).toMatch(/%%EOF\n$/);
  });

  it('takes what the document has written out whenever a page begins, so nothing waits in the stream', async () => {
    const pdf = newPdf();
    const done = collectOutput(pdf);
    const waiting: number[] = [];
    drawPages(pdf, 4, () => waiting.push(pdf.readableLength));
    expect(waiting).toEqual([0, 0, 0, 0]);
    expect((await done).toString('latin1').match(/ re\n/g)).toHaveLength(4 * 200);
  });
});
