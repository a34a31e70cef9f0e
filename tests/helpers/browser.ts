import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { MemberRole } from '../../schema/contracts/enums';
import { readyUrl } from './serverProcess';

const root = resolve(fileURLToPath(import.meta.url), '../../..');

/** Where the browser tests expect Chromium (Debian's `chromium` package). */
export const CHROMIUM_PATH = process.env.SIGHTLINE_CHROMIUM ?? '/usr/bin/chromium';
/** The administrator the test server creates on first start. */
export const ADMIN = { email: 'admin@sightline.test', password: 'browser-test-admin-password' };
/** A password for accounts the tests create. */
export const BROWSER_TEST_PASSWORD = 'correct horse battery staple';

/** A real Sightline server running as a child process on a temporary database. */
export interface RunningServer {
  url: string;
  /** Everything the server printed so far (useful in failure messages). */
  output(): string;
  stop(): Promise<void>;
}

/** Builds the client into client/dist when it has not been built (npm test builds it first). */
export function ensureClientBuilt(): void {
  if (existsSync(join(root, 'client/dist/index.html'))) return;
  const result = spawnSync('npx', ['vite', 'build', '--config', 'client/vite.config.ts', '--logLevel', 'warn'], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`building the client failed:\n${result.stdout}\n${result.stderr}`);
}

/** Starts `node --import tsx server/index.ts` on a free port with a fresh database (and the demo investigation unless `demo: false`). */
export async function startServer(options: { demo?: boolean; env?: Record<string, string> } = {}): Promise<RunningServer> {
  ensureClientBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'sightline-browser-'));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    cwd: root,
    env: {
      ...process.env,
      SIGHTLINE_DB: join(dir, 'sightline.db'), PORT: '0', HOST: '127.0.0.1',
      SIGHTLINE_ADMIN_EMAIL: ADMIN.email, SIGHTLINE_ADMIN_PASSWORD: ADMIN.password,
      SIGHTLINE_SCRYPT_COST: '10', SIGHTLINE_DEMO: options.demo === false ? 'false' : 'true', SIGHTLINE_LOGIN_LIMIT: '1000',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const url = await readyUrl(child, (text) => { output += text; return output; })
    .catch(async (err) => { await stop(); throw err; });
  return { url, output: () => output, stop };
}

/** Launches headless Chromium; fails (never skips) with a clear message when it is not installed. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium is not installed at ${CHROMIUM_PATH}. Install it (Debian/Ubuntu: "apt-get install -y chromium") or set SIGHTLINE_CHROMIUM to its path.`);
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** A new browser page (in its own context, so cookies are not shared) logged in through the login form. */
export async function newLoggedInPage(browser: Browser, server: RunningServer, email: string, password: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: server.url, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto('/login');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Investigations' }).waitFor();
  return page;
}

/** An API session over fetch, carrying the session cookie and the CSRF token. */
export interface ApiSession {
  request<T>(method: string, path: string, body?: unknown): Promise<T>;
}

/** Logs in through the API; use it to prepare data faster than through the UI. */
export async function apiLogin(server: RunningServer, email: string, password: string): Promise<ApiSession> {
  const res = await fetch(`${server.url}/api/session`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error(`login as ${email} failed: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  const { data } = await res.json() as { data: { csrfToken: string } };
  return {
    async request<T>(method: string, path: string, body?: unknown): Promise<T> {
      const r = await fetch(`${server.url}${path}`, {
        method,
        headers: { Cookie: cookie, 'X-CSRF-Token': data.csrfToken, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (r.status === 204) return undefined as T;
      const json = await r.json() as { data?: T; error?: unknown };
      if (!r.ok) throw new Error(`${method} ${path} answered ${r.status}: ${JSON.stringify(json.error)}`);
      return json.data as T;
    },
  };
}

/** Creates an account as the administrator and returns its credentials. */
export async function createAccount(server: RunningServer, account: { email: string; name: string; password?: string; isAdmin?: boolean }) {
  const admin = await apiLogin(server, ADMIN.email, ADMIN.password);
  const password = account.password ?? BROWSER_TEST_PASSWORD;
  const user = await admin.request<{ id: string }>('POST', '/api/users', { ...account, password, isAdmin: account.isAdmin ?? false });
  return { id: user.id, email: account.email, password };
}

/** Adds an account to an investigation with a role, acting as a lead investigator of it. */
export async function addMember(lead: ApiSession, investigationId: string, email: string, role: MemberRole): Promise<void> {
  await lead.request('POST', `/api/investigations/${investigationId}/members`, { email, role });
}

/** The demo investigation's id, as seen by the administrator (its lead investigator). */
export async function demoInvestigationId(server: RunningServer): Promise<string> {
  const admin = await apiLogin(server, ADMIN.email, ADMIN.password);
  const list = await admin.request<{ id: string; isDemo: boolean }[]>('GET', '/api/investigations');
  const demo = list.find((i) => i.isDemo);
  if (!demo) throw new Error('the demo investigation was not seeded');
  return demo.id;
}
