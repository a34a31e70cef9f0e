import type { Block, ReportDocument, Section } from './document';

/** One line of the contents (and one PDF bookmark). */
export interface ContentsEntry {
  number: string;
  title: string;
  /** 0 for a section, 1 for 2.1, 2 for 2.1.3 … */
  depth: number;
  /** Destination name in the PDF. */
  anchor: string;
}

/** The destination name of a numbered heading. */
export function anchorOf(number: string): string {
  return `sec-${number}`;
}

function numberBlocks(blocks: readonly Block[], prefix: string, depth: number, contents: ContentsEntry[]): Block[] {
  let counter = 0;
  return blocks.map((block) => {
    if (block.type === 'subsection') {
      counter += 1;
      const number = `${prefix}.${counter}`;
      if (block.inContents ?? depth < 1) contents.push({ number, title: block.title, depth: depth + 1, anchor: anchorOf(number) });
      return { ...block, number, blocks: numberBlocks(block.blocks, number, depth + 1, contents) };
    }
    if (block.type === 'paragraph' && block.numbered) {
      counter += 1;
      return { ...block, number: `${prefix}.${counter}` };
    }
    return block;
  });
}

/**
 * Numbers subsections and numbered paragraphs like an ICAO Annex 13 report: within section 2, subsections and
 * numbered paragraphs share one counter (2.1, 2.2), and so on inside each subsection (2.1.1, 2.1.2).
 * Returns a new document and its contents list; the input is left unchanged.
 */
export function numberDocument(doc: ReportDocument): { document: ReportDocument; contents: ContentsEntry[] } {
  const contents: ContentsEntry[] = [];
  const sections: Section[] = doc.sections.map((section) => {
    contents.push({ number: section.number, title: section.title, depth: 0, anchor: anchorOf(section.number) });
    return { ...section, blocks: numberBlocks(section.blocks, section.number, 0, contents) };
  });
  return { document: { ...doc, sections }, contents };
}
