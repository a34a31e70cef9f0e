import PDFDocument from 'pdfkit';
import type { ReportDocument } from '../../../templates/document';
import { numberDocument } from '../../../templates/numbering';
import { registerFonts } from './fonts';
import { theme } from './theme';
import { Flow } from './flow';
import { drawCover } from './cover';
import { CONTENTS_HEADING, drawContents, paginateContents } from './contents';
import { renderSection, type RenderState } from './blocks';
import { drawFurniture } from './furniture';
import { streamFinishedPages } from './pageStreams';
import { collectOutput } from './output';

/** What rendering needs besides the document: the date written into the file (fixed, for reproducible output). */
export interface RenderOptions {
  creationDate: Date;
  lang?: string;
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** PDFKit copies Info strings into the XMP packet unescaped; escape them there only, so "&" in a title stays valid XML. */
function escapeXmpInfo(pdf: PDFKit.PDFDocument): void {
  const endMetadata = pdf.endMetadata.bind(pdf);
  pdf.endMetadata = () => {
    const info = pdf.info;
    pdf.info = Object.fromEntries(Object.entries(info).map(([k, v]) => [k, typeof v === 'string' ? xml(v) : v])) as PDFKit.DocumentInfo;
    try { endMetadata(); } finally { pdf.info = info; }
  };
}

function createPdf(doc: ReportDocument, options: RenderOptions): PDFKit.PDFDocument {
  const pdf = new PDFDocument({
    size: theme.page.size,
    margins: theme.page.margins,
    bufferPages: true, // pages stay open for the contents and "Page x of y"; their content is written out as they fill (pageStreams)
    autoFirstPage: false,
    tagged: true,
    lang: options.lang ?? 'en-GB',
    displayTitle: true,
    pdfVersion: '1.7',
    info: {
      Title: doc.meta.title,
      Author: doc.meta.author,
      Subject: doc.meta.subject,
      Keywords: doc.meta.keywords.join(', '),
      Creator: 'Sightline',
      Producer: 'Sightline with PDFKit',
      CreationDate: options.creationDate,
      ModDate: options.creationDate,
    },
  });
  escapeXmpInfo(pdf);
  streamFinishedPages(pdf);
  registerFonts(pdf);
  return pdf;
}

/**
 * Renders a report document to PDF: cover, contents with page numbers (pages reserved, then filled), numbered
 * sections, outline, running header and footer, tagged structure. The same document and date give the same bytes.
 */
export function renderPdf(report: ReportDocument, options: RenderOptions): Promise<Buffer> {
  const { document: doc, contents } = numberDocument(report);
  const pdf = createPdf(doc, options);
  const done = collectOutput(pdf);
  pdf.addPage();
  const flow = new Flow(pdf);
  const root = pdf.struct('Document');
  pdf.addStructure(root);
  drawCover(flow, root, doc.cover);
  const contentsPages = doc.contents ? paginateContents(contents, flow.pageBody - CONTENTS_HEADING, flow.pageBody) : [];
  const contentsIndexes = contentsPages.map(() => { flow.newPage(); return flow.pageIndex; });
  const toc = doc.contents ? pdf.struct('TOC') : null;
  if (toc) root.add(toc);
  flow.newPage();
  const state: RenderState = { flow, listed: new Set(contents.map((c) => c.anchor)), pages: new Map(), outline: [] };
  for (const section of doc.sections) renderSection(state, root, section);
  if (toc) {
    drawContents(flow, toc, contentsPages, contentsIndexes, state.pages);
    toc.end();
  }
  root.end();
  drawFurniture(flow, doc);
  pdf.end();
  return done;
}
