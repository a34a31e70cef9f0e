import { randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Db } from '../db/open';
import type { ChronologyEvent } from '../../schema/contracts/chronology';
import { redactDeep, type Redactor } from '../anonymise/registryRedactor';
import { listEvents, listEventsById } from './eventList';
import { EntryRope, type KeptEntry } from './entryRope';

/**
 * An investigation's whole chronology listing, kept in memory as each entry's JSON in listing order and brought up
 * to date entry by entry: after an edit only the entries named in `chronology_changes` (see migration 0005) and any
 * new rows are read again, so the listing costs about as much as sending it. Anything it cannot account for (a
 * count that does not match, a log that has moved on past it, a changed registry for redacted listings, or many
 * changes at once, as after an import) makes it build the listing again from the database.
 */

interface KeptListing {
  /** The last change of the log taken into account, and the newest entry row seen. */
  seq: number;
  rowid: number;
  entries: EntryRope;
  /** The redactor it was built with (panel members, observers), or none (identities shown). */
  redactor: Redactor | undefined;
  /** Changes each time the body may have: part of the tag. */
  generation: number;
}

/** A listing body to send: its buffers in turn (together the `{ data }` JSON), their total length, and a tag that changes whenever the body may. */
export interface ListingBody { etag: string; chunks: readonly Buffer[]; length: number }

/** Beyond this many changed entries it is quicker to build the whole listing again. */
const MAX_PATCHED = 2_000;
/** How many listings are kept per database, and how much memory they may hold together (the newest is always kept). */
const MAX_KEPT = 16;
const MAX_BYTES = 512 * 1024 * 1024;
/** Tags from an earlier run of the server must never match: its counters and database versions started again. */
export const RUN = randomBytes(6).toString('hex');
const OPEN = Buffer.from('{"data":[');
const CLOSE = Buffer.from(']}');

interface Queries {
  lastSeq: Database.Statement;
  firstSeq: Database.Statement;
  changed: Database.Statement;
  lastRowid: Database.Statement;
  added: Database.Statement;
  count: Database.Statement;
}

const queriesOf = new WeakMap<Database.Database, Queries>();
const keptOf = new WeakMap<Database.Database, Map<string, KeptListing>>();
let generations = 0;

function queries(client: Database.Database): Queries {
  let q = queriesOf.get(client);
  if (!q) {
    q = {
      lastSeq: client.prepare('select coalesce(max(seq), 0) from chronology_changes').pluck(),
      firstSeq: client.prepare('select min(seq) from chronology_changes').pluck(),
      changed: client.prepare('select distinct event_id from chronology_changes where investigation_id = ? and seq > ?').pluck(),
      lastRowid: client.prepare('select coalesce(max(rowid), 0) from events').pluck(),
      added: client.prepare('select id from events where rowid > ? and investigation_id = ?').pluck(),
      count: client.prepare('select count(*) from events where investigation_id = ?').pluck(),
    };
    queriesOf.set(client, q);
  }
  return q;
}

const keep = (e: ChronologyEvent, redactor: Redactor | undefined): KeptEntry => ({
  id: e.id, start: e.start, sequence: e.sequence, end: e.end, createdAt: e.createdAt,
  json: Buffer.from(JSON.stringify(redactor ? redactDeep(e, redactor) : e)),
});

function build(db: Db, q: Queries, investigationId: string, redactor: Redactor | undefined): KeptListing {
  const seq = q.lastSeq.get() as number;
  const rowid = q.lastRowid.get() as number;
  const entries = new EntryRope(listEvents(db, investigationId, {}, redactor).map((e) => keep(e, redactor)));
  return { seq, rowid, entries, redactor, generation: ++generations };
}

/**
 * Brings a kept listing up to date in place, or returns undefined when it must be built again. Runs inside the caller's read
 * transaction, so the log, the new rows and the entries read again are one consistent state of the database.
 */
function patch(db: Db, q: Queries, investigationId: string, kept: KeptListing): KeptListing | undefined {
  const seq = q.lastSeq.get() as number;
  const rowid = q.lastRowid.get() as number;
  if (seq === kept.seq && rowid === kept.rowid) return kept;
  const first = q.firstSeq.get() as number | null;
  if (seq < kept.seq || rowid < kept.rowid || (first !== null && first > kept.seq + 1)) return undefined;
  const ids = new Set<string>([...(q.changed.all(investigationId, kept.seq) as string[]), ...(q.added.all(kept.rowid, investigationId) as string[])]);
  if (ids.size > MAX_PATCHED) return undefined;
  if (ids.size > 0) {
    kept.entries.remove(ids);
    for (const e of listEventsById(db, investigationId, [...ids])) kept.entries.insert(keep(e, kept.redactor));
    kept.generation = ++generations;
  }
  // A new entry written where an old rowid was freed is not found by rowid; the count shows it.
  if ((q.count.get(investigationId) as number) !== kept.entries.count) return undefined;
  kept.seq = seq;
  kept.rowid = rowid;
  return kept;
}

/**
 * The whole chronology of an investigation as the `{ data }` body of the listing, as the caller may see it: with
 * `redactor`, real identities replaced. The same redactor object means the same registry (see redactorFor). `count`
 * is how many entries it lists.
 */
export function keptChronologyBody(db: Db, investigationId: string, redactor: Redactor | undefined): ListingBody & { count: number } {
  const client = db.$client;
  const q = queries(client);
  let all = keptOf.get(client);
  if (!all) {
    all = new Map();
    keptOf.set(client, all);
  }
  const key = `${investigationId}\u0000${redactor ? 'redacted' : 'identified'}`;
  const previous = all.get(key);
  // Taken out while it is brought up to date, so a failure half-way never leaves a half-patched listing kept.
  all.delete(key);
  const kept = client.transaction(() => {
    const current = previous && previous.redactor === redactor ? patch(db, q, investigationId, previous) : undefined;
    return current ?? build(db, q, investigationId, redactor);
  })();
  all.set(key, kept);
  let bytes = 0;
  for (const k of all.values()) bytes += k.entries.bytes;
  for (const [k, listing] of all) {
    if (k === key || (all.size <= MAX_KEPT && bytes <= MAX_BYTES)) break;
    all.delete(k);
    bytes -= listing.entries.bytes;
  }
  const chunks = [OPEN, ...kept.entries.chunks(), CLOSE];
  return { etag: `"${RUN}-k${kept.generation}"`, chunks, length: chunks.reduce((n, c) => n + c.length, 0), count: kept.entries.count };
}
