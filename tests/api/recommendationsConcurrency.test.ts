import { afterEach, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { openDatabase, type Db } from '../../server/db/open';
import { actorOf } from '../../server/services/actor';
import { createInvestigation } from '../../server/services/investigations';
import { createFinding } from '../../server/services/findings';
import { createRecommendation, deleteRecommendation, issueRecommendation } from '../../server/services/recommendations';
import { FIXED_NOW, buildUser } from '../helpers/app';

const run = promisify(execFile);
const worker = fileURLToPath(new URL('../helpers/issueWorker.ts', import.meta.url));
const dirs: string[] = [];
const opened: Db[] = [];

afterEach(() => {
  for (const db of opened.splice(0)) db.$client.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function open(path: string): Db {
  const db = openDatabase(path);
  opened.push(db);
  return db;
}

/** A database file with one investigation, one finding and `count` drafts. */
async function fileWithDrafts(count: number) {
  const dir = mkdtempSync(join(tmpdir(), 'sightline-issue-'));
  dirs.push(dir);
  const path = join(dir, 'sightline.db');
  const db = open(path);
  const user = await buildUser(db);
  const actor = { ...actorOf(user.id, FIXED_NOW), userId: user.id };
  const inv = createInvestigation(db, actor, { reference: 'CONC-1', title: 'Concurrency', status: 'analysis', incidentDate: null,
    termsOfReference: [], scopeStart: null, scopeEnd: null, methodology: '', commissioningBody: '', parallelProcesses: [],
    summary: '', outcome: '', publishingArea: 'Anonymous' });
  const finding = createFinding(db, actor, inv.id, { type: 'contributing_factor', statement: 'A finding', inThisCase: '', notUnique: '',
    whyItMatters: '', confidence: 'likely', factorIds: [], boardQuestions: [], isFinal: false });
  const drafts = Array.from({ length: count }, () => createRecommendation(db, actor, inv.id, {
    findingIds: [finding.id], addresseeAgencyId: null, addresseeName: 'NHS England', text: 'A recommendation', intendedOutcome: '', measure: '',
  }).id);
  return { path, db, actor, investigationId: inv.id, userId: user.id, drafts, findingId: finding.id };
}

const expected = (n: number, year = 2026) => Array.from({ length: n }, (_, i) => `${year}-${String(i + 1).padStart(3, '0')}`);

describe('issuing through two database connections to one file', () => {
  it('continues one sequence whichever connection issues, and a deleted draft frees no number', async () => {
    const { path, db: a, actor, investigationId, drafts, findingId } = await fileWithDrafts(7);
    const b = open(path);
    const issued = drafts.slice(0, 6).map((id, i) => issueRecommendation(i % 2 === 0 ? a : b, actor, investigationId, id, { version: 1 }).identifier);
    deleteRecommendation(b, actor, investigationId, drafts[6]!, 1);
    const c = createRecommendation(a, actor, investigationId, {
      findingIds: [findingId], addresseeAgencyId: null, addresseeName: 'NHS England', text: 'Late', intendedOutcome: '', measure: '',
    });
    issued.push(issueRecommendation(b, actor, investigationId, c.id, { version: 1 }).identifier);
    expect(issued).toEqual(expected(7));
  });

  it('gives unique, sequential numbers when four processes issue at the same time', async () => {
    const { path, investigationId, userId, drafts } = await fileWithDrafts(40);
    const groups = [0, 1, 2, 3].map((g) => drafts.filter((_, i) => i % 4 === g));
    const outputs = await Promise.all(groups.map((ids) =>
      run(process.execPath, ['--import', 'tsx', worker, path, userId, investigationId, FIXED_NOW.toISOString(), ...ids], { timeout: 60_000 })));
    const identifiers = outputs.flatMap((o) => JSON.parse(o.stdout) as string[]);
    expect(identifiers.slice().sort()).toEqual(expected(40));
    for (const o of outputs) {
      const own = JSON.parse(o.stdout) as string[];
      expect(own.slice().sort()).toEqual(own);
    }
  });
});
