/**
 * Page content that does not pile up in memory. A report keeps every page open to the end (bufferPages) so the
 * contents can show page numbers and the footer "Page x of y"; PDFKit then holds every drawing operator of every
 * page as its own small byte array until the file ends, about 0.4 MB a page for a dense chronology. Here a page's
 * content is gathered as text, and once the next page starts it is compressed and written out; whatever is drawn
 * on the page later (contents entries, header, footer) goes to a second content stream of the same page. A page's
 * content streams are read as one, so the rendering and the text are the same as with a single stream.
 */

/** The parts of PDFKit's indirect object that a content stream uses. */
export interface StreamRef {
  write(chunk: string | Uint8Array): void;
  finalize(): void;
  end(): void;
  /** PDFKit sets `Length` on a stream's first write. */
  data: { Length?: number };
}

/** The parts of PDFKit's page and document that this module relies on. */
interface BufferedPage {
  content: StreamRef;
  dictionary: { data: { Contents: StreamRef | StreamRef[] } };
}
interface DocumentInternals {
  _pageBuffer: BufferedPage[];
  ref(): StreamRef;
}

function internals(pdf: PDFKit.PDFDocument): DocumentInternals {
  const doc = pdf as unknown as Partial<DocumentInternals>;
  if (!Array.isArray(doc._pageBuffer) || typeof doc.ref !== 'function') {
    throw new Error('pageStreams: this PDFKit version no longer exposes its page buffer');
  }
  return doc as DocumentInternals;
}

/**
 * Makes a content stream gather the operators PDFKit writes as strings and turn them into bytes once, when the
 * stream is written out: the same bytes as PDFKit's own writes (one byte per character, each write ending in a
 * newline), without one typed array per operator. A stream nothing was drawn into is still a valid empty stream.
 */
export function gatherAsText(stream: StreamRef): void {
  const parts: string[] = [];
  const write = stream.write.bind(stream);
  const finalize = stream.finalize.bind(stream);
  let written = stream.data.Length !== undefined;
  const flush = () => {
    if (parts.length === 0) return;
    write(Buffer.from(`${parts.join('\n')}\n`, 'latin1'));
    parts.length = 0;
    written = true;
  };
  stream.write = (chunk) => {
    if (typeof chunk === 'string') {
      parts.push(chunk);
      return;
    }
    flush();
    write(chunk);
    written = true;
  };
  stream.finalize = () => {
    flush();
    if (!written) write('');
    finalize();
  };
}

/** Writes out the finished body of a page and gives the page a fresh content stream for anything drawn on it later. */
function closeBody(doc: DocumentInternals, page: BufferedPage): void {
  const body = page.content;
  const later = doc.ref();
  gatherAsText(later);
  page.content = later;
  page.dictionary.data.Contents = [body, later];
  body.end();
}

/**
 * From now on, writes each page's content out as soon as the next page begins, keeping the page itself open for
 * `switchToPage`. Call once, before the first page is added.
 */
export function streamFinishedPages(pdf: PDFKit.PDFDocument): void {
  const doc = internals(pdf);
  pdf.on('pageAdded', () => {
    const pages = doc._pageBuffer;
    const added = pages[pages.length - 1];
    const previous = pages[pages.length - 2];
    if (added) gatherAsText(added.content);
    if (previous) closeBody(doc, previous);
  });
}
