import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../../..');

/** The administrator a test server creates on first start. */
export const SERVER_ADMIN = { email: 'admin@resilience.test', password: 'resilience-admin-password' };

/** A real server process (`node --import tsx server/index.ts`) on a database file of the test's choosing. */
export interface ServerProcess {
  url: string;
  child: ChildProcess;
  output(): string;
  /** Kills the process with SIGKILL (no chance to finish anything) and waits until it has gone. */
  crash(): Promise<void>;
  /** Stops it with SIGTERM, as an operator would. */
  stop(): Promise<void>;
}

/** Starts the server on 127.0.0.1, a free port and the given database, without the demo and with cheap password hashing. */
export async function startServerProcess(dbPath: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    cwd: root,
    env: {
      ...process.env, SIGHTLINE_DB: dbPath, PORT: '0', HOST: '127.0.0.1', SIGHTLINE_SCRYPT_COST: '10', SIGHTLINE_DEMO: 'false',
      SIGHTLINE_ADMIN_EMAIL: SERVER_ADMIN.email, SIGHTLINE_ADMIN_PASSWORD: SERVER_ADMIN.password, SIGHTLINE_LOGIN_LIMIT: '1000', ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const gone = () => child.exitCode !== null || child.signalCode !== null;
  const end = async (signal: NodeJS.Signals) => {
    if (!gone()) child.kill(signal);
    await exited;
  };
  const url = await readyUrl(child, (text) => { output += text; return output; })
    .catch(async (err) => { await end('SIGKILL'); throw err; });
  return { url, child, output: () => output, crash: () => end('SIGKILL'), stop: () => end('SIGTERM') };
}

/** A session against a server process over fetch: the cookie and CSRF token, reusable across restarts (sessions live in the database). */
export interface HttpSession {
  cookie: string;
  csrf: string;
  /** Sends a request to the given server; never throws on an HTTP status, only when the connection fails. */
  send(base: string, method: string, path: string, body?: unknown, contentType?: string): Promise<{ status: number; json: any }>;
}

/** Logs in through the API. */
export async function httpLogin(base: string, email = SERVER_ADMIN.email, password = SERVER_ADMIN.password): Promise<HttpSession> {
  const res = await fetch(`${base}/api/session`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password }) });
  if (!res.ok) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  const csrf = ((await res.json()) as { data: { csrfToken: string } }).data.csrfToken;
  return {
    cookie, csrf,
    async send(b, method, path, body, contentType) {
      const headers: Record<string, string> = { Cookie: cookie, 'X-CSRF-Token': csrf };
      if (body !== undefined) headers['Content-Type'] = contentType ?? 'application/json';
      const r = await fetch(`${b}${path}`, { method, headers, body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body) });
      const text = await r.text();
      let json: unknown = null;
      try { json = JSON.parse(text); } catch { json = text; }
      return { status: r.status, json };
    },
  };
}

/**
 * Resolves with the URL a starting server prints ("Sightline is running on …"), passing every chunk of its output to
 * `collect` (which returns all output so far); rejects with that output after 30 s or if the process exits first.
 */
export function readyUrl(child: ChildProcess, collect: (text: string) => string): Promise<string> {
  return new Promise<string>((done, fail) => {
    let output = '';
    const timer = setTimeout(() => fail(new Error(`the server did not start within 30 s:\n${output}`)), 30_000);
    const read = (chunk: Buffer) => {
      output = collect(chunk.toString());
      const m = /Sightline is running on (http:\/\/[^\s:]+:\d+)/.exec(output);
      if (m) { clearTimeout(timer); done(m[1]!); }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code, signal) => { clearTimeout(timer); fail(new Error(`the server exited (${code ?? signal}) before it was ready:\n${output}`)); });
  });
}
