import { afterAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { httpLogin, startServerProcess, type ServerProcess } from '../helpers/serverProcess';
import { seededRandom } from '../helpers/seededRandom';
import { buildCrashWorld, driveWrites, type Acknowledged } from '../helpers/crashLoad';

/** Rounds of write-then-SIGKILL: 20 in CI; SIGHTLINE_CRASH_ROUNDS=200 for a longer run. SIGHTLINE_CRASH_SEED replays one. */
const ROUNDS = Number(process.env.SIGHTLINE_CRASH_ROUNDS ?? 20);
const SEED = Number(process.env.SIGHTLINE_CRASH_SEED ?? 20260301);

const dir = mkdtempSync(join(tmpdir(), 'sightline-crash-'));
const dbPath = join(dir, 'sightline.db');
let server: ServerProcess | undefined;

afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** What the database file holds after a crash, read directly (the server is down). */
function inspect(ack: Acknowledged) {
  const db = new Database(dbPath, { fileMustExist: true });
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    const foreignKeys = db.pragma('foreign_key_check') as unknown[];
    const batches = db.prepare(`SELECT b.id, b.row_count AS rowCount, count(e.id) AS present FROM import_batches b
      LEFT JOIN events e ON e.import_batch_id = b.id GROUP BY b.id`).all() as { id: string; rowCount: number; present: number }[];
    const orphans = (db.prepare('SELECT count(*) AS n FROM events WHERE import_key IS NOT NULL AND import_batch_id IS NULL').get() as { n: number }).n;
    const eventText = db.prepare('SELECT description FROM events WHERE id = ?');
    const missingEvents = [...ack.events].filter(([id, text]) => (eventText.get(id) as { description: string } | undefined)?.description !== text);
    const factor = db.prepare('SELECT statement, version FROM factors WHERE id = ?');
    const lostEdits = [...ack.factors].filter(([id, a]) => {
      const row = factor.get(id) as { statement: string; version: number };
      return row.version < a.version || (row.version === a.version && row.statement !== a.statement);
    });
    const byId = new Map(batches.map((b) => [b.id, b]));
    const missingBatches = [...ack.batches].filter(([id, imported]) => byId.get(id)?.present !== imported);
    const eventCount = (db.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n;
    return { integrity, foreignKeys, halfApplied: batches.filter((b) => b.present !== b.rowCount), orphans, missingEvents, lostEdits, missingBatches, eventCount };
  } finally {
    db.close();
  }
}

describe('the server killed with SIGKILL while it imports and edits', () => {
  it(`keeps the database intact, imports whole or absent, and every acknowledged write, over ${ROUNDS} crashes (seed ${SEED})`, async () => {
    const random = seededRandom(SEED);
    server = await startServerProcess(dbPath);
    const session = await httpLogin(server.url);
    const world = await buildCrashWorld(server.url, session);
    const ack: Acknowledged = { batches: new Map(), events: new Map(), factors: new Map(), importsInFlight: 0 };
    let crashedMidImport = 0;
    for (let round = 1; round <= ROUNDS; round++) {
      let stopped = false;
      const base = server.url;
      const driving = driveWrites(base, session, world, round, () => stopped, ack, random);
      const killAfter = 150 + Math.floor(random() * 1200);
      await new Promise((done) => setTimeout(done, killAfter));
      if (ack.importsInFlight > 0) crashedMidImport++;
      await server.crash();
      stopped = true;
      await driving;
      const found = inspect(ack);
      const where = `round ${round} (seed ${SEED}, killed after ${killAfter} ms)`;
      expect(found.integrity, where).toBe('ok');
      expect(found.foreignKeys, where).toEqual([]);
      expect(found.halfApplied, `${where}: import batches with only some of their rows`).toEqual([]);
      expect(found.orphans, `${where}: imported entries without their batch`).toBe(0);
      expect(found.missingBatches, `${where}: acknowledged imports not found whole`).toEqual([]);
      expect(found.missingEvents, `${where}: acknowledged entries not found`).toEqual([]);
      expect(found.lostEdits, `${where}: acknowledged factor edits lost`).toEqual([]);
      server = await startServerProcess(dbPath);
      const listed = await session.send(server.url, 'GET', `/api/investigations/${world.investigationId}/events`);
      expect(listed.status, where).toBe(200);
      expect(listed.json.data.length, where).toBe(found.eventCount);
    }
    expect(ack.batches.size + ack.events.size + ack.factors.size, 'no write was acknowledged: the load never ran').toBeGreaterThan(0);
    expect(crashedMidImport, 'no kill came while an import was in flight: the test never crashed an import').toBeGreaterThan(0);
  }, 60_000 + ROUNDS * 20_000);
});
