import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { httpLogin, startServerProcess, type HttpSession, type ServerProcess } from '../helpers/serverProcess';
import { seededRandom } from '../helpers/seededRandom';
import { buildCrashWorld, driveWrites, type Acknowledged, type CrashWorld } from '../helpers/crashLoad';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const dir = mkdtempSync(join(tmpdir(), 'sightline-backup-'));
const livePath = join(dir, 'live.db');
const backupPath = join(dir, 'backup.db');
const restoredPath = join(dir, 'restored', 'sightline.db');

/** Runs `npm run backup -- <args>` against a database, as an operator would. */
function runBackup(db: string, args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((done) => {
    const child = spawn('npm', ['run', '--silent', 'backup', '--', ...args], { cwd: root, env: { ...process.env, SIGHTLINE_DB: db }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c) => { out += c; });
    child.stderr.on('data', (c) => { out += c; });
    child.on('exit', (code) => done({ code, out }));
  });
}

const copyAck = (a: Acknowledged): Acknowledged => ({
  batches: new Map(a.batches), events: new Map(a.events), factors: new Map([...a.factors].map(([k, v]) => [k, { ...v }])), importsInFlight: 0,
});

let live: ServerProcess;
let session: HttpSession;
let world: CrashWorld;
let beforeBackup: Acknowledged;
let backupRun: { code: number | null; out: string };

beforeAll(async () => {
  live = await startServerProcess(livePath);
  session = await httpLogin(live.url);
  world = await buildCrashWorld(live.url, session);
  const ack: Acknowledged = { batches: new Map(), events: new Map(), factors: new Map(), importsInFlight: 0 };
  const random = seededRandom(7);
  let phase1 = false;
  const first = driveWrites(live.url, session, world, 1, () => phase1, ack, random);
  await new Promise((done) => setTimeout(done, 1500));
  phase1 = true;
  await first;
  beforeBackup = copyAck(ack);
  let phase2 = false;
  const during = driveWrites(live.url, session, world, 2, () => phase2, ack, random);
  await new Promise((done) => setTimeout(done, 300));
  backupRun = await runBackup(livePath, [backupPath]);
  phase2 = true;
  await during;
}, 180_000);

afterAll(async () => {
  await live?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run backup', () => {
  it('copies the database of a running, writing server and checks the copy', () => {
    expect(backupRun.out).toMatch(/Backed up .*live\.db to .*backup\.db: \d+ pages, [\d.]+ MB, integrity ok/);
    expect(backupRun.code).toBe(0);
    expect(existsSync(`${backupPath}.partial`)).toBe(false);
  });

  it('refuses to replace an existing file without --force, and explains its usage', async () => {
    const existing = join(dir, 'existing.db');
    writeFileSync(existing, 'keep me');
    const refused = await runBackup(livePath, [existing]);
    expect(refused.code).toBe(2);
    expect(refused.out).toContain('already exists; give another file, or --force to replace it');
    const usage = await runBackup(livePath, []);
    expect(usage.code).toBe(2);
    expect(usage.out).toContain('Usage: npm run backup -- <backup file>');
    const missing = await runBackup(join(dir, 'nowhere.db'), [join(dir, 'x.db')]);
    expect(missing.out).toContain('There is no database at');
  });
});

describe('restoring a backup (stop, copy over SIGHTLINE_DB, remove -wal/-shm, start)', () => {
  it('starts a server with every write acknowledged before the backup began, and only whole imports', async () => {
    await live.stop();
    rmSync(join(dir, 'restored'), { recursive: true, force: true });
    mkdirSync(join(dir, 'restored'));
    copyFileSync(backupPath, restoredPath);
    const restored = await startServerProcess(restoredPath);
    try {
      const listed = await session.send(restored.url, 'GET', `/api/investigations/${world.investigationId}/events`);
      expect(listed.status).toBe(200);
      const events = new Map<string, string>(listed.json.data.map((e: { id: string; description: string }) => [e.id, e.description]));
      for (const [id, text] of beforeBackup.events) expect(events.get(id), `entry ${id}`).toBe(text);
      const factors = await session.send(restored.url, 'GET', `/api/investigations/${world.investigationId}/factors`);
      const byId = new Map<string, { version: number; statement: string }>(factors.json.data.map((f: { id: string; version: number; statement: string }) => [f.id, f]));
      for (const [id, a] of beforeBackup.factors) {
        expect(byId.get(id)!.version).toBeGreaterThanOrEqual(a.version);
        if (byId.get(id)!.version === a.version) expect(byId.get(id)!.statement).toBe(a.statement);
      }
    } finally {
      await restored.stop();
    }
    const db = new Database(restoredPath, { readonly: true });
    const original = new Database(livePath, { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const batches = db.prepare(`SELECT b.id, b.row_count AS rowCount, count(e.id) AS present FROM import_batches b
        LEFT JOIN events e ON e.import_batch_id = b.id GROUP BY b.id`).all() as { id: string; rowCount: number; present: number }[];
      expect(batches.filter((b) => b.present !== b.rowCount)).toEqual([]);
      const present = new Map(batches.map((b) => [b.id, b.present]));
      for (const [id, imported] of beforeBackup.batches) expect(present.get(id), `import ${id}`).toBe(imported);
      // The copy is one moment of the live database: every entry in it is in the live database, unchanged.
      const liveEvent = original.prepare('SELECT description, version FROM events WHERE id = ?');
      for (const e of db.prepare('SELECT id, description, version FROM events').iterate() as Iterable<{ id: string; description: string; version: number }>) {
        expect(liveEvent.get(e.id), e.id).toEqual({ description: e.description, version: e.version });
      }
    } finally {
      db.close();
      original.close();
    }
  }, 60_000);
});
