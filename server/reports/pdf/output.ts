/**
 * Collects a PDFKit document's output into one Buffer. PDFKit pushes every object in several small pieces, and
 * while rendering runs synchronously the stream keeps them all until the end (tens of thousands of small buffers for
 * a long report); reading them out whenever a page begins merges them as the file grows.
 */
export function collectOutput(pdf: PDFKit.PDFDocument): Promise<Buffer> {
  const parts: Buffer[] = [];
  const drain = () => {
    for (let part = pdf.read() as Buffer | null; part !== null; part = pdf.read() as Buffer | null) parts.push(part);
  };
  pdf.on('pageAdded', drain);
  return new Promise<Buffer>((resolve, reject) => {
    pdf.on('readable', drain);
    pdf.on('end', () => resolve(Buffer.concat(parts)));
    pdf.on('error', reject);
  });
}
