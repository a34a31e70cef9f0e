import { sql } from 'drizzle-orm';
import type { Conn } from '../db/open';
import type { ReportModel } from '../../templates/model';
import { modelTexts } from '../publication/modelText';

/** Adds a published edition to the library's full-text index (title, summary and every string of its model). */
export function indexPublication(db: Conn, publicationId: string, model: ReportModel): void {
  const body = modelTexts(model).map((t) => t.text).filter((t) => t.trim()).join('\n');
  db.run(sql`INSERT INTO library_search (publication_id, title, summary, body)
    VALUES (${publicationId}, ${model.investigation.title}, ${model.investigation.summary}, ${body})`);
}

/** Removes a publication from the full-text index (withdrawn, or superseded by a new version). */
export function unindexPublication(db: Conn, publicationId: string): void {
  db.run(sql`DELETE FROM library_search WHERE publication_id = ${publicationId}`);
}
