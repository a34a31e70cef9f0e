import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../server/db/open';
import { authenticate, findUserByEmail } from '../../server/services/users';

const dir = mkdtempSync(join(tmpdir(), 'sightline-cli-'));
const dbPath = join(dir, 'cli.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `npm run user:add -- …` against the temporary database. */
function userAdd(...args: string[]) {
  const result = spawnSync('npm', ['run', '--silent', 'user:add', '--', ...args], {
    env: { ...process.env, SIGHTLINE_DB: dbPath }, encoding: 'utf8', timeout: 60_000,
  });
  return { status: result.status, out: result.stdout.trim(), err: result.stderr.trim() };
}

describe('npm run user:add', () => {
  it('creates an account that can log in', async () => {
    const run = userAdd('--email', 'Operator@Example.test', '--password', 'an operator password', '--name', 'Operator');
    expect(run).toMatchObject({ status: 0, out: 'Created user operator@example.test.' });
    const db = openDatabase(dbPath);
    expect(findUserByEmail(db, 'operator@example.test')).toMatchObject({ name: 'Operator', isAdmin: false });
    expect(await authenticate(db, 'operator@example.test', 'an operator password')).toBeTruthy();
    db.$client.close();
  });

  it('creates an administrator with --admin, naming it from the email when --name is left out', () => {
    const run = userAdd('--email', 'boss@example.test', '--password', 'an admin password!', '--admin');
    expect(run).toMatchObject({ status: 0, out: 'Created administrator boss@example.test.' });
    const db = openDatabase(dbPath);
    expect(findUserByEmail(db, 'boss@example.test')).toMatchObject({ name: 'boss', isAdmin: true });
    db.$client.close();
  });

  it('refuses an email that is taken, with exit code 1', () => {
    const run = userAdd('--email', 'operator@example.test', '--password', 'an operator password');
    expect(run.status).toBe(1);
    expect(run.err).toBe('email: an account with operator@example.test already exists');
  });

  it('names missing or bad options, with exit code 2', () => {
    const run = userAdd('--email', 'someone@example.test', '--password', 'short');
    expect(run.status).toBe(2);
    expect(run.err).toBe('--password: must be at least 12 characters');
    const missing = userAdd('--password', 'a long enough password');
    expect(missing.status).toBe(2);
    expect(missing.err).toMatch(/^--email: is required\nUsage: npm run user:add/);
  });

  it('refuses an unknown option with a usage line, not a stack trace', () => {
    const run = userAdd('--emial', 'typo@example.test');
    expect(run.status).toBe(2);
    expect(run.err).toMatch(/^Unknown option '--emial'/);
    expect(run.err).toMatch(/Usage: npm run user:add -- --email/);
    expect(run.err).not.toMatch(/\n\s+at /);
  });
});
