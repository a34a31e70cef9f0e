import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';

/** Names of every table of the database (migrations' own bookkeeping left out). */
export function tableNames(sqlite: Database.Database): string[] {
  return (sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%' ORDER BY name").all() as { name: string }[])
    .map((r) => r.name);
}

/** The SHA-256 of every row of every table, in a fixed order: equal before and after means nothing changed. */
export function databaseChecksum(sqlite: Database.Database): string {
  const hash = createHash('sha256');
  for (const name of tableNames(sqlite)) {
    hash.update(`\u0000table ${name}\u0000`);
    // Ordered by every column, so tables without a rowid (full-text index shadow tables) are read the same way.
    const columns = (sqlite.prepare(`SELECT count(*) AS n FROM pragma_table_info('${name}')`).get() as { n: number }).n;
    const order = Array.from({ length: columns }, (_, i) => i + 1).join(', ');
    for (const row of sqlite.prepare(`SELECT * FROM "${name}" ORDER BY ${order}`).raw(true).iterate() as Iterable<unknown[]>) {
      hash.update(JSON.stringify(row, (_k, v) => (Buffer.isBuffer(v) ? v.toString('base64') : typeof v === 'bigint' ? String(v) : v)));
      hash.update('\n');
    }
  }
  return hash.digest('hex');
}
