import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from '../../server/db/open';
import { createApp } from '../../server/app';
import { actorOf } from '../../server/services/actor';
import { createUser } from '../../server/services/users';
import { createInvestigation } from '../../server/services/investigations';
import { addMember } from '../../server/services/members';
import { agencyService } from '../../server/services/agencies';
import { fileReaderStarted } from '../../server/chronology/backgroundReading';
import { login, type Client } from '../helpers/app';
import type { ClientRequest, ClientResponse } from './clientProcess';

const PASSWORD = 'benchmark password 1';

/** A response read to its last byte over real HTTP by the client process, with the time that took there. */
export interface RawResponse { status: number; bytes: number; ms: number; text(): string }

/**
 * A running app over a real database file with one investigation, one agency and logged-in lead and panel clients
 * (supertest), and `fetchAs` for timing requests over a listening server the way a browser would make them.
 */
export interface BenchInvestigation {
  db: Db;
  investigationId: string;
  agencyId: string;
  lead: Client;
  panel: Client;
  fetchAs(role: 'lead' | 'panel', path: string, init?: { method: 'POST'; body: Buffer; contentType: string }): Promise<RawResponse>;
  close(): void;
}

async function session(base: string, email: string): Promise<{ cookie: string; csrf: string }> {
  const res = await fetch(`${base}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: PASSWORD }) });
  if (res.status !== 200) throw new Error(`login failed for ${email}: ${res.status}`);
  const body = (await res.json()) as { data: { csrfToken: string } };
  return { cookie: res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; '), csrf: body.data.csrfToken };
}

/** The client process (clientProcess.ts), started once it answers; `request` sends one request and awaits its report. */
async function clientProcess() {
  const child: ChildProcess = fork(new URL('./clientProcess.ts', import.meta.url), [], { execArgv: ['--import', 'tsx'], serialization: 'advanced' });
  const waiting = new Map<number, { resolve(r: ClientResponse): void; reject(e: Error): void }>();
  child.on('message', (r: ClientResponse) => {
    waiting.get(r.id)?.resolve(r);
    waiting.delete(r.id);
  });
  child.on('exit', (code) => {
    for (const w of waiting.values()) w.reject(new Error(`the client process stopped (${code})`));
    waiting.clear();
  });
  let ids = 0;
  await once(child, 'spawn');
  return {
    request(req: Omit<ClientRequest, 'id'>): Promise<ClientResponse> {
      const id = ++ids;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        child.send({ ...req, id } satisfies ClientRequest);
      });
    },
    close() {
      child.disconnect();
    },
  };
}

/** Builds the app over a fresh SQLite file (WAL, synchronous=FULL, as in production) in a temporary folder. */
export async function benchInvestigation(): Promise<BenchInvestigation> {
  const dir = mkdtempSync(join(tmpdir(), 'sightline-bench-'));
  // As the server does at start (server/index.ts): large agency files are read on this thread while they are written.
  await fileReaderStarted();
  const db = openDatabase(join(dir, 'bench.db'));
  const app = createApp({ db, uploadLimit: '200mb' });
  const now = new Date();
  const user = (email: string, name: string) => createUser(db, actorOf(null, now), { email, name, password: PASSWORD, isAdmin: false });
  const lead = await user('lead@bench.test', 'Bench Lead');
  const panel = await user('panel@bench.test', 'Bench Panel');
  const inv = createInvestigation(db, { ...actorOf(lead.id, now), userId: lead.id }, {
    reference: 'BENCH-1', title: 'Benchmark investigation', status: 'evidence', incidentDate: '2024-01-18', termsOfReference: [],
    scopeStart: null, scopeEnd: null, methodology: '', commissioningBody: '', parallelProcesses: [], summary: '', outcome: '', publishingArea: 'Anonymous',
  });
  addMember(db, actorOf(lead.id, now), inv.id, panel.email, 'panel');
  const agencyId = agencyService.create(db, actorOf(lead.id, now), inv.id, { name: "Children's Social Care", kind: 'childrens_social_care' }).id;
  const server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const sessions = { lead: await session(base, lead.email), panel: await session(base, panel.email) };
  const client = await clientProcess();
  let requests = 0;
  return {
    db, investigationId: inv.id, agencyId,
    lead: await login(app, lead.email, PASSWORD),
    panel: await login(app, panel.email, PASSWORD),
    async fetchAs(role, path, init) {
      const { cookie, csrf } = sessions[role];
      let bodyPath: string | undefined;
      if (init) {
        bodyPath = join(dir, `request-${++requests}`);
        writeFileSync(bodyPath, init.body);
      }
      const res = await client.request({
        url: `${base}${path}`, method: init ? init.method : 'GET', bodyPath,
        headers: init ? { cookie, 'x-csrf-token': csrf, 'content-type': init.contentType } : { cookie },
      });
      if (bodyPath) rmSync(bodyPath);
      return { status: res.status, bytes: res.bytes, ms: res.ms, text: () => res.text };
    },
    close() {
      client.close();
      server.closeAllConnections();
      server.close();
      db.$client.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Posts a CSV to the import endpoint over HTTP, as the browser would, and fails loudly unless it is imported: the
 * count imported and the client's time to the response's last byte.
 */
export async function importCsv(b: BenchInvestigation, csv: Buffer): Promise<{ imported: number; ms: number }> {
  const res = await b.fetchAs('lead', `/api/investigations/${b.investigationId}/chronology/import?agencyId=${b.agencyId}`, { method: 'POST', body: csv, contentType: 'text/csv' });
  if (res.status !== 200) throw new Error(`import failed: ${res.status} ${res.text().slice(0, 500)}`);
  return { imported: (JSON.parse(res.text()) as { data: { imported: number } }).data.imported, ms: res.ms };
}
