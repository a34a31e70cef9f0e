import type { Db } from '../db/open';
import type { ReportModel } from '../../templates/model';
import type { LibraryEntry, LibraryHit } from '../../schema/contracts/publication';
import { badRequest, notFound } from '../http/errors';
import { MATCH_CLOSE, MATCH_OPEN, snippetParts } from '../publication/snippet';
import { libraryThemes } from '../publication/themes';
import type { LibraryThemes } from '../../schema/contracts/publication';
import { buildDataset, type Dataset } from '../publication/dataset';
import { readLibraryQuery } from './libraryQuery';

/** Only the newest version of each slug, and only while it is not withdrawn: nothing else is public. */
const CURRENT = `p.withdrawn_at IS NULL
  AND p.publication_version = (SELECT max(q.publication_version) FROM publications q WHERE q.slug = p.slug)`;

const ENTRY_COLUMNS = `p.slug AS slug, p.publication_version AS publicationVersion, p.title AS title, p.year AS year,
  p.published_at AS publishedAt,
  coalesce(json_extract(p.content, '$.investigation.publishingArea'), '') AS area,
  coalesce(json_extract(p.content, '$.investigation.summary'), '') AS summary,
  (SELECT json_group_array(DISTINCT json_extract(f.value, '$.categoryLabel')) FROM json_each(p.content, '$.factors') f) AS themes`;

type EntryRow = Omit<LibraryEntry, 'themes'> & { themes: string | null };
const presentEntry = (r: EntryRow): LibraryEntry => ({ ...r, themes: (JSON.parse(r.themes ?? '[]') as (string | null)[]).filter((t): t is string => !!t).sort() });

/** The current, non-withdrawn publications, newest year first. */
export function listLibrary(db: Db): LibraryEntry[] {
  const rows = db.$client.prepare(`SELECT ${ENTRY_COLUMNS} FROM publications p WHERE ${CURRENT} ORDER BY p.year DESC, p.slug`).all() as EntryRow[];
  return rows.map(presentEntry);
}

function currentRow(db: Db, slug: string) {
  const row = db.$client.prepare(`SELECT p.content AS content, p.pdf AS pdf, p.sha256 AS sha256, ${ENTRY_COLUMNS} FROM publications p WHERE p.slug = ? AND ${CURRENT}`)
    .get(slug) as (EntryRow & { content: string; pdf: Buffer; sha256: string }) | undefined;
  if (!row) throw notFound('published review');
  return row;
}

/** One current publication as structured data: its entry and the published report model. */
export function getLibraryReview(db: Db, slug: string): LibraryEntry & { sha256: string; report: ReportModel } {
  const { content, pdf: _pdf, sha256, ...entry } = currentRow(db, slug);
  return { ...presentEntry(entry), sha256, report: JSON.parse(content) as ReportModel };
}

/** The stored PDF of a current publication, byte for byte. */
export function getLibraryPdf(db: Db, slug: string): { pdf: Buffer; sha256: string; slug: string; version: number } {
  const row = currentRow(db, slug);
  return { pdf: row.pdf, sha256: row.sha256, slug: row.slug, version: row.publicationVersion };
}

/** Search filters. */
export interface LibrarySearch { q: string; year?: number; level?: string; category?: string; limit: number }

/**
 * Full-text search of the current publications (FTS5, ranked by bm25 with the title weighted above the summary and the
 * body) with highlighted snippets; filters by year, factor level and factor category. The search is read as words
 * (see readLibraryQuery); one with no word to search for is 400.
 */
export function searchLibrary(db: Db, search: LibrarySearch): LibraryHit[] {
  const where = [CURRENT];
  const params: Record<string, unknown> = { limit: search.limit };
  if (search.year !== undefined) { where.push('p.year = @year'); params.year = search.year; }
  if (search.level) { where.push(`EXISTS (SELECT 1 FROM json_each(p.content, '$.factors') f WHERE json_extract(f.value, '$.level') = @level)`); params.level = search.level; }
  if (search.category) { where.push(`EXISTS (SELECT 1 FROM json_each(p.content, '$.factors') f WHERE json_extract(f.value, '$.category') = @category)`); params.category = search.category; }
  if (!search.q) {
    const rows = db.$client.prepare(`SELECT ${ENTRY_COLUMNS} FROM publications p WHERE ${where.join(' AND ')} ORDER BY p.year DESC, p.slug LIMIT @limit`).all(params) as EntryRow[];
    return rows.map((r) => ({ ...presentEntry(r), rank: 0, snippet: [] }));
  }
  const query = readLibraryQuery(search.q);
  if ('error' in query) throw badRequest(`q: ${query.error}`);
  params.q = query.match;
  const statement = `SELECT ${ENTRY_COLUMNS}, bm25(library_search, 0.0, 10.0, 4.0, 1.0) AS rank,
      snippet(library_search, -1, '${MATCH_OPEN}', '${MATCH_CLOSE}', '…', 16) AS snippet
    FROM library_search JOIN publications p ON p.id = library_search.publication_id
    WHERE library_search MATCH @q AND ${where.join(' AND ')} ORDER BY rank LIMIT @limit`;
  let rows: (EntryRow & { rank: number; snippet: string })[];
  try {
    rows = db.$client.prepare(statement).all(params) as typeof rows;
  } catch (err) {
    // The statement is fixed; the only input SQLite parses is the MATCH expression, so its errors are the query's.
    if (err instanceof Error && (err as { code?: string }).code === 'SQLITE_ERROR') {
      throw badRequest(`q: the search could not be read (${err.message.replace(/^fts5: /, '')}); use plain words, "a phrase", OR, NOT, or a trailing * for a prefix`);
    }
    throw err;
  }
  return rows.map((r) => ({ ...presentEntry(r), rank: r.rank, snippet: snippetParts(r.snippet) }));
}

function currentModels(db: Db): { slug: string; publicationVersion: number; year: number; model: ReportModel }[] {
  const rows = db.$client.prepare(`SELECT p.slug AS slug, p.publication_version AS publicationVersion, p.year AS year, p.content AS content
    FROM publications p WHERE ${CURRENT} ORDER BY p.year, p.slug`).all() as { slug: string; publicationVersion: number; year: number; content: string }[];
  return rows.map((r) => ({ slug: r.slug, publicationVersion: r.publicationVersion, year: r.year, model: JSON.parse(r.content) as ReportModel }));
}

/** Themes across the current publications, from their stored anonymised content. */
export function getLibraryThemes(db: Db): LibraryThemes {
  return libraryThemes(currentModels(db).map((r) => r.model));
}

/** The coded dataset of the current publications. */
export function getLibraryDataset(db: Db): Dataset {
  return buildDataset(currentModels(db));
}
