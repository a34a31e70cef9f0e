import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The tagged structure tree of a PDF with the text of each element, as poppler's `pdfinfo -struct-text` prints it. */
export function pdfStructureText(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'sightline-pdf-'));
  try {
    const file = join(dir, 'report.pdf');
    writeFileSync(file, pdf);
    return execFileSync('pdfinfo', ['-struct-text', file], { maxBuffer: 256 * 1024 * 1024 }).toString('utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
