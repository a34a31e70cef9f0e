/**
 * Benchmark: the agency CSV import through the API (decode, parse, read dates, validate, deduplicate, write) compared
 * in the same run with a bare better-sqlite3 prepared-statement insert of the very same rows into a fresh database
 * with the same schema, indexes and durability settings: the storage engine's own limit. The value is the ratio
 * (import time / bare insert time), i.e. what parsing and validation cost on top of writing.
 * Run it alone with `npm run bench -- bare`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type Database from 'better-sqlite3';
import { openDatabase } from '../../server/db/open';
import { syntheticAgencyCsv } from './generator';
import { benchInvestigation, importCsv } from './benchApp';
import type { Benchmark } from './types';

const ROWS = 100_000;
let csv: Buffer;

type Row = Record<string, unknown>;

/** Copies rows of a table into another database (untimed: the parents the timed rows refer to). */
function copyRows(from: Database.Database, to: Database.Database, table: string, where = '1 = 1', ...params: unknown[]) {
  const rows = from.prepare(`SELECT * FROM ${table} WHERE ${where}`).all(...params) as Row[];
  if (!rows.length) return;
  const columns = Object.keys(rows[0]!);
  const insert = to.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`);
  to.transaction(() => { for (const r of rows) insert.run(r); })();
}

/** Inserts the same entries and their source links with two prepared statements in one transaction; returns seconds. */
function bareInsert(from: Database.Database, investigationId: string): number {
  const dir = mkdtempSync(join(tmpdir(), 'sightline-bare-'));
  const db = openDatabase(join(dir, 'bare.db'));
  try {
    const to = db.$client;
    for (const table of ['users', 'investigations', 'agencies', 'import_batches', 'sources']) copyRows(from, to, table);
    const events = from.prepare('SELECT * FROM events WHERE investigation_id = ?').raw(true).all(investigationId) as unknown[][];
    const links = from.prepare('SELECT event_id, source_id FROM event_sources').raw(true).all() as unknown[][];
    const columns = (from.prepare('SELECT * FROM events LIMIT 1').columns()).map((c) => c.name);
    const insertEvent = to.prepare(`INSERT INTO events (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
    const insertLink = to.prepare('INSERT INTO event_sources (event_id, source_id) VALUES (?, ?)');
    const started = performance.now();
    to.transaction(() => {
      for (const e of events) insertEvent.run(...e);
      for (const l of links) insertLink.run(...l);
    })();
    const seconds = (performance.now() - started) / 1000;
    const written = (to.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n;
    if (written !== events.length) throw new Error(`bare insert wrote ${written} of ${events.length} rows`);
    return seconds;
  } finally {
    db.$client.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The import's overhead over the storage engine: import time divided by a bare insert of the same rows. */
export const importVsBare: Benchmark = {
  name: `import ${ROWS.toLocaleString('en-GB')} rows vs bare SQLite insert of the same rows (ratio)`,
  unit: '× bare',
  higherIsBetter: false,
  runs: 3,
  setup() {
    csv = Buffer.from(syntheticAgencyCsv({ rows: ROWS, seed: 7 }), 'utf8');
  },
  async measure() {
    const b = await benchInvestigation();
    try {
      const { imported, ms } = await importCsv(b, csv);
      const importSeconds = ms / 1000;
      if (imported !== ROWS) throw new Error(`imported ${imported} of ${ROWS} rows`);
      const bareSeconds = bareInsert(b.db.$client, b.investigationId);
      const round = (n: number) => Math.round(n * 1000) / 1000;
      return {
        value: Math.round((importSeconds / bareSeconds) * 10) / 10,
        extra: {
          importSeconds: round(importSeconds), bareSeconds: round(bareSeconds),
          importRowsPerSecond: Math.round(ROWS / importSeconds), bareRowsPerSecond: Math.round(ROWS / bareSeconds),
        },
      };
    } finally {
      b.close();
    }
  },
};
