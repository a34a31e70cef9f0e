import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Test } from 'supertest';

const OUTPUT = join(import.meta.dirname, '..', 'output');

/** Plain text of a PDF as poppler's pdftotext extracts it (pages separated by form feeds). */
export function pdfText(pdf: Buffer, layout = false): string {
  return execFileSync('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', '-', '-'], { input: pdf, maxBuffer: 256 * 1024 * 1024 }).toString('utf8');
}

/** The text of each page. */
export function pdfPages(pdf: Buffer, layout = false): string[] {
  const pages = pdfText(pdf, layout).split('\f');
  return pages[pages.length - 1]!.trim() === '' ? pages.slice(0, -1) : pages;
}

/** The document information poppler's pdfinfo reports (Title, Author, Tagged, Pages …) and the raw XMP metadata. */
export function pdfInfo(pdf: Buffer): { info: Record<string, string>; metadata: string } {
  const dir = mkdtempSync(join(tmpdir(), 'sightline-pdf-'));
  try {
    const file = join(dir, 'report.pdf');
    writeFileSync(file, pdf);
    const raw = execFileSync('pdfinfo', ['-enc', 'UTF-8', file]).toString('utf8');
    const info = Object.fromEntries(raw.split('\n').flatMap((line) => {
      const m = /^([^:]+):\s*(.*)$/.exec(line);
      return m ? [[m[1]!.trim(), m[2]!.trim()]] : [];
    }));
    const metadata = execFileSync('pdfinfo', ['-meta', file]).toString('utf8');
    return { info, metadata };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Keeps a copy of a generated PDF in tests/output/ for a person to open. */
export function keepOutput(name: string, pdf: Buffer): void {
  mkdirSync(OUTPUT, { recursive: true });
  writeFileSync(join(OUTPUT, name), pdf);
}

/** Makes supertest collect a binary body (a PDF) into a Buffer. */
export function binary(test: Test): Test {
  return test.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });
}
