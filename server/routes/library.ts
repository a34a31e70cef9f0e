import { z } from 'zod';
import { defineRoute, type RouteSpec } from '../http/route';
import { LibraryEntrySchema, LibraryHitSchema, LibrarySearchQuerySchema, LibraryThemesSchema } from '../../schema/contracts/publication';
import { toCsv } from '../chronology/csvWrite';
import { datasetCsvRows } from '../publication/dataset';
import { getLibraryDataset, getLibraryPdf, getLibraryReview, getLibraryThemes, listLibrary, searchLibrary } from '../services/library';

const open = { kind: 'public' } as const;
const base = '/api/library';

/** The public learning library: current, non-withdrawn publications only, without login (issue 7). */
export const libraryRoutes: RouteSpec[] = [
  defineRoute({
    method: 'get', path: base, tag: 'library', summary: 'Published reviews: slug, title, year, area, summary, themes',
    access: open, response: z.array(LibraryEntrySchema),
    handler: ({ db }) => listLibrary(db),
  }),
  defineRoute({
    method: 'get', path: `${base}/search`, tag: 'library', summary: 'Full-text search (FTS5, bm25) with highlighted snippets: ?q=&year=&level=&category=&limit=',
    access: open, query: LibrarySearchQuerySchema, response: z.array(LibraryHitSchema),
    handler: ({ db, query }) => searchLibrary(db, query),
  }),
  defineRoute({
    method: 'get', path: `${base}/themes`, tag: 'library', summary: 'How often each factor category and level appears, and recurring recommendation themes',
    access: open, response: LibraryThemesSchema,
    handler: ({ db }) => getLibraryThemes(db),
  }),
  defineRoute({
    method: 'get', path: `${base}/dataset.json`, tag: 'library', summary: 'The coded dataset: published factors, findings and recommendations',
    access: open,
    handler: ({ db }) => getLibraryDataset(db),
  }),
  defineRoute({
    method: 'get', path: `${base}/dataset.csv`, tag: 'library', summary: 'The coded dataset as one CSV (record = factor, finding or recommendation)',
    access: open, producesFile: 'text/csv',
    handler: ({ db, res }) => {
      res.status(200).type('text/csv; charset=utf-8').attachment('sightline-library-dataset.csv').send(toCsv(datasetCsvRows(getLibraryDataset(db))));
      return undefined;
    },
  }),
  defineRoute({
    method: 'get', path: `${base}/:slug`, tag: 'library', summary: 'A published review as structured data (the anonymised report model)',
    access: open,
    handler: ({ db, params }) => getLibraryReview(db, params.slug!),
  }),
  defineRoute({
    method: 'get', path: `${base}/:slug/report.pdf`, tag: 'library', summary: 'The stored PDF of a published review',
    access: open, producesFile: 'application/pdf',
    handler: ({ db, params, res }) => {
      const file = getLibraryPdf(db, params.slug!);
      res.status(200).type('application/pdf').attachment(`${file.slug}-v${file.version}.pdf`).set({ 'X-Report-SHA256': file.sha256 }).send(file.pdf);
      return undefined;
    },
  }),
];
