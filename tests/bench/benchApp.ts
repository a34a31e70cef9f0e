import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
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
import { login, type Client } from '../helpers/app';

const PASSWORD = 'benchmark password 1';

/** A response read to its last byte over real HTTP, without parsing. */
export interface RawResponse { status: number; bytes: number; text(): string }

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

/** Builds the app over a fresh SQLite file (WAL, synchronous=FULL, as in production) in a temporary folder. */
export async function benchInvestigation(): Promise<BenchInvestigation> {
  const dir = mkdtempSync(join(tmpdir(), 'sightline-bench-'));
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
  return {
    db, investigationId: inv.id, agencyId,
    lead: await login(app, lead.email, PASSWORD),
    panel: await login(app, panel.email, PASSWORD),
    async fetchAs(role, path, init) {
      const { cookie, csrf } = sessions[role];
      const res = await fetch(`${base}${path}`, init
        ? { method: init.method, body: new Uint8Array(init.body), headers: { cookie, 'x-csrf-token': csrf, 'content-type': init.contentType } }
        : { headers: { cookie } });
      const body = Buffer.from(await res.arrayBuffer());
      return { status: res.status, bytes: body.length, text: () => body.toString('utf8') };
    },
    close() {
      server.closeAllConnections();
      server.close();
      db.$client.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Posts a CSV to the import endpoint over HTTP, as the browser would, and fails loudly unless it is imported. */
export async function importCsv(b: BenchInvestigation, csv: Buffer) {
  const res = await b.fetchAs('lead', `/api/investigations/${b.investigationId}/chronology/import?agencyId=${b.agencyId}`, { method: 'POST', body: csv, contentType: 'text/csv' });
  if (res.status !== 200) throw new Error(`import failed: ${res.status} ${res.text().slice(0, 500)}`);
  return (JSON.parse(res.text()) as { data: { imported: number } }).data;
}
