import { randomUUID } from 'node:crypto';
import { and, eq, isNotNull } from 'drizzle-orm';
import type { Conn, Db, Tx } from '../db/open';
import type { ImportResult } from '../../schema/contracts/chronology';
import { events, importBatches, people, sources } from '../../schema/tables';
import { buildActorMatcher } from '../chronology/actorMatch';
import type { ReadRow } from '../chronology/rows';
import { normaliseText } from '../chronology/similarity';
import { sequentialIds } from '../chronology/sequentialIds';
import { recordAudit } from './audit';
import type { Actor } from './actor';
import { nextSequence } from './eventRefs';

/** What an import writes of a row (a ReadRow has all of it). */
export type ImportRow = Pick<ReadRow, 'kind' | 'description' | 'knownAtTime' | 'childSeen' | 'childWords' | 'sharedWith' | 'source' | 'actor'>
  & { occurred: Pick<ReadRow['occurred'], 'value' | 'start' | 'end' | 'precision'> };

/** The file one import came from, recorded with its batch. */
export interface ImportedFile { fileName: string; fileHash: string; total: number }

/**
 * Writes one import's entries inside its transaction, one row at a time as they are read: `write` each row not
 * imported before, then `finish` with the file, which records the batch (none when no row was written) and returns
 * its id.
 */
export interface ImportWriter {
  write(row: ImportRow, key: string): void;
  readonly written: number;
  finish(file: ImportedFile): string | null;
}

/** The entries an investigation already has from imports, by import key. */
export function importedKeys(db: Conn, investigationId: string): Map<string, string> {
  return new Map(db.select({ id: events.id, key: events.importKey }).from(events)
    .where(and(eq(events.investigationId, investigationId), isNotNull(events.importKey))).all().map((e) => [e.key!, e.id]));
}

/** A row skipped because its key was imported before, as the result reports it. */
export const alreadyImported = (rowNumber: number, eventId: string): ImportResult['duplicates'][number] => ({
  rowNumber, eventId, reason: 'already imported: the same agency, date and entry text',
});

/** What a file was read as, for the result (an AgencyFile has it). */
type FileAsRead = Pick<ImportResult, 'encoding' | 'delimiter' | 'headers' | 'headerRow' | 'mapping'>;

/**
 * An import's result, from how the file was read and what became of its rows: skipped rows are the duplicates, and
 * nothing is imported until the writer says so.
 */
export function importResult(file: FileAsRead, parts: Pick<ImportResult, 'dryRun' | 'rows' | 'errors' | 'notes' | 'duplicates' | 'sameOccasion'>): ImportResult {
  const { encoding, delimiter, headers, headerRow, mapping } = file;
  return { ...parts, batchId: null, encoding, delimiter, headers, headerRow, mapping, imported: 0, skipped: parts.duplicates.length };
}

/** A value written into SQL as a quoted literal (every quote doubled), for values the same on every row of a batch. */
const literal = (value: string) => `'${value.replaceAll("'", "''")}'`;

/**
 * The entry insert of one batch. What is the same on every row (investigation, agency, batch, who and when) is
 * written into the statement as literals, so each row binds only its own 13 values: binding is a large part of a
 * row's cost.
 */
function insertEventSql(investigationId: string, agencyId: string, batchId: string, actor: Actor): string {
  const createdBy = actor.userId === null ? 'null' : literal(actor.userId);
  return `insert into events (id, investigation_id, occurred, sort_start, sort_end, precision, sequence, kind, agency_id,
  description, known_at_time, child_seen, child_words, shared_with, confidence, episode_id, import_batch_id, import_key,
  created_by, created_at, updated_at, version)
  values (?, ${literal(investigationId)}, ?, ?, ?, ?, ?, ?, ${literal(agencyId)}, ?, ?, ?, ?, ?, 'fact', null, ${literal(batchId)}, ?,
  ${createdBy}, ${literal(actor.at)}, ${literal(actor.at)}, 1)`;
}

const IMPORT_CACHE_KIB = -131_072;

/**
 * Runs an import's transaction with settings for writing many rows: a bigger page cache, the WAL checkpoint left
 * until the response has been written, and SQLite's own reference checks off (see below); all restored afterwards.
 */
export function inImportTransaction<T>(db: Db, run: (tx: Tx) => T): T {
  const client = db.$client;
  const cacheSize = client.pragma('cache_size', { simple: true }) as number;
  const autoCheckpoint = client.pragma('wal_autocheckpoint', { simple: true }) as number;
  // A large import touches index pages all over the file; a bigger page cache for its duration avoids re-reading them.
  client.pragma(`cache_size = ${IMPORT_CACHE_KIB}`);
  // The commit is durable once the write-ahead log is synced; copying the log into the database file (a checkpoint)
  // need not keep the person importing waiting, so it runs once the response has been written.
  client.pragma('wal_autocheckpoint = 0');
  // Every reference an import writes is to a row it has just checked or written in the same transaction (the
  // investigation, agency, batch, importing user, sources and recognised practitioners), so SQLite's own check of
  // each reference on each row would only repeat that; it is switched off for the import's transaction alone.
  const foreignKeys = client.pragma('foreign_keys', { simple: true }) as number;
  client.pragma('foreign_keys = OFF');
  try {
    return db.transaction(run);
  } finally {
    client.pragma(`cache_size = ${cacheSize}`);
    client.pragma(`wal_autocheckpoint = ${autoCheckpoint}`);
    client.pragma(`foreign_keys = ${foreignKeys}`);
    setImmediate(() => {
      if (client.open && !client.inTransaction) client.pragma('wal_checkpoint(PASSIVE)');
    });
  }
}

/**
 * The writer of one import into an investigation for an agency, inside `inImportTransaction`: entries with prepared
 * statements, a source for each distinct source text not already the agency's (made when first met), and the
 * practitioners recognised in the worker column. The batch row is written by `finish`, with the file's row count and
 * hash, in the same transaction as its entries.
 */
export function importWriter(tx: Tx, db: Db, actor: Actor, investigationId: string, agencyId: string): ImportWriter {
  const client = db.$client;
  const batchId = randomUUID();
  const sourceIds = new Map(tx.select({ id: sources.id, title: sources.title }).from(sources)
    .where(and(eq(sources.investigationId, investigationId), eq(sources.agencyId, agencyId))).all()
    .map((s) => [normaliseText(s.title), s.id]));
  const newSources: string[] = [];
  const sourceOf = new Map<string, string>();
  const sourceFor = (text: string): string => {
    let id = sourceOf.get(text);
    if (id) return id;
    const key = normaliseText(text);
    id = sourceIds.get(key);
    if (!id) {
      id = randomUUID();
      tx.insert(sources).values({ id, investigationId, title: text, agencyId, kind: 'case_record', createdAt: actor.at, updatedAt: actor.at }).run();
      sourceIds.set(key, id);
      newSources.push(id);
    }
    sourceOf.set(text, id);
    return id;
  };
  const practitioners = tx.select().from(people).where(and(eq(people.investigationId, investigationId), eq(people.kind, 'practitioner'))).all();
  const actorsOf = buildActorMatcher(practitioners);
  const insertEvent = client.prepare(insertEventSql(investigationId, agencyId, batchId, actor));
  const insertSource = client.prepare('insert into event_sources (event_id, source_id) values (?, ?)');
  const insertActor = client.prepare("insert into event_people (event_id, person_id, role) values (?, ?, 'actor')");
  let sequence = nextSequence(tx, investigationId);
  const nextId = sequentialIds(Date.parse(actor.at));
  let written = 0;
  return {
    write(row, key) {
      const id = nextId();
      const d = row.occurred;
      insertEvent.run(id, d.value, d.start, d.end, d.precision, sequence++, row.kind, row.description, row.knownAtTime,
        row.childSeen === null ? null : Number(row.childSeen), row.childWords, row.sharedWith, key);
      if (row.source !== '') insertSource.run(id, sourceFor(row.source));
      for (const personId of actorsOf(row.actor)) insertActor.run(id, personId);
      written++;
    },
    get written() {
      return written;
    },
    finish(file) {
      if (written === 0) return null;
      tx.insert(importBatches).values({
        id: batchId, investigationId, agencyId, fileName: file.fileName, fileHash: file.fileHash,
        rowCount: file.total, importedBy: actor.userId, importedAt: actor.at,
      }).run();
      recordAudit(tx, actor, {
        investigationId, entity: 'import_batch', entityId: batchId, action: 'create',
        after: { agencyId, fileName: file.fileName, fileHash: file.fileHash, rows: file.total, imported: written, newSources },
      });
      return batchId;
    },
  };
}
