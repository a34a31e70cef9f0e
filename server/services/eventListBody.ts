import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Db } from '../db/open';
import { redactDeep } from '../anonymise/registryRedactor';
import { listEvents, type EventFilter } from './eventList';
import { redactorFor } from './redaction';
import { keptChronologyBody, RUN, type ListingBody } from './chronologyListing';

interface Cached { version: string; etag: string; body: Buffer }

const MAX_BYTES = 64 * 1024 * 1024;

const versionQueries = new WeakMap<Database.Database, Database.Statement>();
const caches = new WeakMap<Database.Database, Map<string, Cached>>();

/**
 * The database's state as one connection sees it: the rows it has inserted, updated or deleted (rolled-back
 * changes count too, which only costs a rebuild) and the commits of every other connection. Equal versions
 * mean no row has changed, so anything built from the database then is still exact.
 */
function databaseVersion(client: Database.Database): string {
  let changes = versionQueries.get(client);
  if (!changes) {
    changes = client.prepare('select total_changes()').pluck();
    versionQueries.set(client, changes);
  }
  return `${changes.get() as number}.${client.pragma('data_version', { simple: true }) as number}`;
}

function cacheOf(client: Database.Database): Map<string, Cached> {
  let cache = caches.get(client);
  if (!cache) {
    cache = new Map();
    caches.set(client, cache);
  }
  return cache;
}

function remember(cache: Map<string, Cached>, key: string, entry: Cached): void {
  cache.delete(key);
  cache.set(key, entry);
  let bytes = 0;
  for (const e of cache.values()) bytes += e.body.length;
  for (const [k, e] of cache) {
    if (bytes <= MAX_BYTES || k === key) break;
    cache.delete(k);
    bytes -= e.body.length;
  }
}

/**
 * The chronology listing as the JSON body of the response, with real identities replaced by pseudonyms for callers
 * who may not see them. The whole chronology (no filter) is kept up to date entry by entry (chronologyListing.ts);
 * a filtered listing is built once and sent again until any row of the database changes. The tag lets a browser
 * revalidate without fetching it again.
 */
export function eventListBody(db: Db, investigationId: string, filter: EventFilter, canSeeIdentities: boolean): ListingBody {
  const f = filter;
  if (!f.agencyId && !f.kind && !f.personId && !f.episodeId && !f.from && !f.to && !f.q?.trim() && !f.offset) {
    const { count, ...kept } = keptChronologyBody(db, investigationId, canSeeIdentities ? undefined : redactorFor(db, investigationId));
    if (f.limit === undefined || count <= f.limit) return kept;
  }
  const client = db.$client;
  const version = databaseVersion(client);
  const key = JSON.stringify([investigationId, canSeeIdentities, filter.agencyId, filter.kind, filter.personId, filter.episodeId,
    filter.from, filter.to, filter.q, filter.limit, filter.offset]);
  const cache = cacheOf(client);
  const cached = cache.get(key);
  if (cached?.version === version) {
    remember(cache, key, cached);
    return sendable(cached);
  }
  const redactor = canSeeIdentities ? undefined : redactorFor(db, investigationId);
  const list = listEvents(db, investigationId, filter, redactor);
  const body = Buffer.from(JSON.stringify({ data: redactor ? redactDeep(list, redactor) : list }));
  const etag = `"${RUN}-${version}-${createHash('sha1').update(key).digest('base64url').slice(0, 12)}"`;
  const entry = { version, etag, body };
  remember(cache, key, entry);
  return sendable(entry);
}

const sendable = (c: Cached): ListingBody => ({ etag: c.etag, chunks: [c.body], length: c.body.length });
