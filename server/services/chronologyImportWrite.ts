import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '../db/open';
import type { ImportResult } from '../../schema/contracts/chronology';
import { importBatches, people, sources } from '../../schema/tables';
import { buildActorMatcher } from '../chronology/actorMatch';
import type { ReadRow } from '../chronology/rows';
import { normaliseText } from '../chronology/similarity';
import { sequentialIds } from '../chronology/sequentialIds';
import { recordAudit } from './audit';
import type { Actor } from './actor';
import { nextSequence } from './eventRefs';

/** What one import writes: the batch's file and the rows not imported before, each with its import key. */
export interface ImportBatch {
  agencyId: string;
  fileName: string;
  fileHash: string;
  rows: readonly { row: ReadRow; key: string }[];
  total: number;
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

/** An import's plan, made inside the writing transaction: the result to report and the batch to write. */
export type ImportPlanner = (tx: Tx) => { result: ImportResult; batch: ImportBatch };

/**
 * Writes an import in one transaction with prepared statements: the batch, any new sources named in the file
 * (one per distinct text, for the agency), the entries, their sources and the practitioners recognised in the
 * worker column. The plan is made in the same transaction, so the keys it found already imported are still
 * the only ones. The result gets the batch id (null when every row was already imported) and the count.
 */
export function writeImport(db: Db, actor: Actor, investigationId: string, plan: ImportPlanner): ImportResult {
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
    return db.transaction((tx) => {
      const { result, batch } = plan(tx);
      if (batch.rows.length === 0) return result;
      result.batchId = insertBatch(tx, client, actor, investigationId, batch);
      result.imported = batch.rows.length;
      return result;
    });
  } finally {
    client.pragma(`cache_size = ${cacheSize}`);
    client.pragma(`wal_autocheckpoint = ${autoCheckpoint}`);
    client.pragma(`foreign_keys = ${foreignKeys}`);
    setImmediate(() => {
      if (client.open && !client.inTransaction) client.pragma('wal_checkpoint(PASSIVE)');
    });
  }
}

const IMPORT_CACHE_KIB = -131_072;

function insertBatch(tx: Tx, client: Db['$client'], actor: Actor, investigationId: string, batch: ImportBatch): string {
  const batchId = randomUUID();
  tx.insert(importBatches).values({
    id: batchId, investigationId, agencyId: batch.agencyId, fileName: batch.fileName, fileHash: batch.fileHash,
    rowCount: batch.total, importedBy: actor.userId, importedAt: actor.at,
  }).run();
  const sourceIds = new Map(tx.select({ id: sources.id, title: sources.title }).from(sources)
    .where(and(eq(sources.investigationId, investigationId), eq(sources.agencyId, batch.agencyId))).all()
    .map((s) => [normaliseText(s.title), s.id]));
  const newSources: string[] = [];
  const sourceOf = new Map<string, string>();
  for (const { row } of batch.rows) {
    if (row.source === '' || sourceOf.has(row.source)) continue;
    const key = normaliseText(row.source);
    let id = sourceIds.get(key);
    if (!id) {
      id = randomUUID();
      tx.insert(sources).values({ id, investigationId, title: row.source, agencyId: batch.agencyId, kind: 'case_record', createdAt: actor.at, updatedAt: actor.at }).run();
      sourceIds.set(key, id);
      newSources.push(id);
    }
    sourceOf.set(row.source, id);
  }
  const practitioners = tx.select().from(people).where(and(eq(people.investigationId, investigationId), eq(people.kind, 'practitioner'))).all();
  const actorsOf = buildActorMatcher(practitioners);
  const insertEvent = client.prepare(insertEventSql(investigationId, batch.agencyId, batchId, actor));
  const insertSource = client.prepare('insert into event_sources (event_id, source_id) values (?, ?)');
  const insertActor = client.prepare("insert into event_people (event_id, person_id, role) values (?, ?, 'actor')");
  let sequence = nextSequence(tx, investigationId);
  const nextId = sequentialIds(Date.parse(actor.at));
  for (const { row, key } of batch.rows) {
    const id = nextId();
    const d = row.occurred;
    insertEvent.run(id, d.value, d.start, d.end, d.precision, sequence++, row.kind, row.description, row.knownAtTime,
      row.childSeen === null ? null : Number(row.childSeen), row.childWords, row.sharedWith, key);
    const sourceId = sourceOf.get(row.source);
    if (sourceId) insertSource.run(id, sourceId);
    for (const personId of actorsOf(row.actor)) insertActor.run(id, personId);
  }
  recordAudit(tx, actor, {
    investigationId, entity: 'import_batch', entityId: batchId, action: 'create',
    after: { agencyId: batch.agencyId, fileName: batch.fileName, fileHash: batch.fileHash, rows: batch.total, imported: batch.rows.length, newSources },
  });
  return batchId;
}
