/** `npm run backup -- <file> [--force]`: a consistent copy of the database, made with SQLite's online backup while the server runs. */
import Database from 'better-sqlite3';
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';

const USAGE = 'Usage: npm run backup -- <backup file> [--force]   (reads the database at SIGHTLINE_DB, default ./data/sightline.db)';

function fail(lines: string[], code: number): never {
  for (const line of lines) console.error(line);
  process.exit(code);
}

let file: string;
let force: boolean;
try {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { force: { type: 'boolean', default: false } } });
  if (positionals.length !== 1) fail(['give one backup file', USAGE], 2);
  file = resolve(positionals[0]!);
  force = values.force ?? false;
} catch (err) {
  fail([(err as Error).message, USAGE], 2);
}

let source: string;
try {
  source = resolve(loadConfig().dbPath);
} catch (err) {
  fail([(err as Error).message], 1);
}
if (!existsSync(source)) fail([`There is no database at ${source}; set SIGHTLINE_DB to the server's database file.`], 1);
if (file === source) fail(['The backup file must not be the database itself.'], 2);
if (existsSync(file) && !force) fail([`${file} already exists; give another file, or --force to replace it.`], 2);
if (!existsSync(dirname(file))) fail([`The folder ${dirname(file)} does not exist.`], 1);

// Written next to the target and renamed at the end, so a file at the target name is always a complete backup.
const partial = `${file}.partial`;
const started = performance.now();
const db = new Database(source, { fileMustExist: true });
try {
  db.pragma('busy_timeout = 5000');
  rmSync(partial, { force: true });
  // Copy every page in one step: in WAL mode that step reads one consistent snapshot while the server keeps writing,
  // whereas small steps restart whenever the server commits in between.
  const { totalPages } = await db.backup(partial, { progress: () => 0x7fffffff });
  const copy = new Database(partial, { fileMustExist: true });
  const integrity = copy.pragma('integrity_check', { simple: true });
  copy.close();
  if (integrity !== 'ok') throw new Error(`the copy failed its integrity check: ${String(integrity)}`);
  renameSync(partial, file);
  const megabytes = (statSync(file).size / 1e6).toFixed(1);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(`Backed up ${source} to ${file}: ${totalPages} pages, ${megabytes} MB, integrity ok, in ${seconds} s.`);
} catch (err) {
  rmSync(partial, { force: true });
  fail([`The backup failed: ${(err as Error).message}`], 1);
} finally {
  db.close();
}
