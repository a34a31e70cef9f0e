import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** What poppler reads back out of a PDF: the text of each page and the document information strings. */
export interface ExtractedPdf { pages: string[]; metadata: Record<string, string> }

const INFO_KEYS = ['Title', 'Subject', 'Keywords', 'Author', 'Creator', 'Producer'];

/**
 * Extracts a PDF's text page by page (poppler's pdftotext) and its Title, Subject, Keywords and Author (pdfinfo),
 * so the leak check reads what a reader of the file would. Works on a temporary copy that is always removed.
 */
export async function extractPdf(pdf: Buffer): Promise<ExtractedPdf> {
  const dir = await mkdtemp(join(tmpdir(), 'sightline-publish-'));
  try {
    const file = join(dir, 'edition.pdf');
    await writeFile(file, pdf);
    const text = await run('pdftotext', ['-enc', 'UTF-8', file, '-'], { maxBuffer: 512 * 1024 * 1024 });
    const pages = text.stdout.split('\f');
    if (pages.length > 1 && pages[pages.length - 1]!.trim() === '') pages.pop();
    const info = await run('pdfinfo', ['-enc', 'UTF-8', file], { maxBuffer: 16 * 1024 * 1024 });
    const meta = await run('pdfinfo', ['-meta', file], { maxBuffer: 16 * 1024 * 1024 });
    const metadata: Record<string, string> = {};
    for (const line of info.stdout.split('\n')) {
      const m = /^([^:]+):\s*(.*)$/.exec(line);
      if (m && INFO_KEYS.includes(m[1]!.trim())) metadata[m[1]!.trim()] = m[2]!.trim();
    }
    if (meta.stdout.trim()) metadata.XMP = meta.stdout.replace(/<[^>]+>/g, ' ');
    return { pages, metadata };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
