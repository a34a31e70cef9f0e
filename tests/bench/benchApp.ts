import { mkdtempSync, rmSync } from 'node:fs';
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

/** A running app over a real database file with one investigation, one agency and logged-in lead and panel clients. */
export interface BenchInvestigation {
  db: Db;
  investigationId: string;
  agencyId: string;
  lead: Client;
  panel: Client;
  close(): void;
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
  return {
    db, investigationId: inv.id, agencyId,
    lead: await login(app, lead.email, PASSWORD),
    panel: await login(app, panel.email, PASSWORD),
    close() {
      db.$client.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Posts a CSV to the import endpoint and fails loudly unless it is imported. */
export async function importCsv(b: BenchInvestigation, csv: Buffer) {
  const res = await b.lead.post(`/api/investigations/${b.investigationId}/chronology/import?agencyId=${b.agencyId}`, csv).set('Content-Type', 'text/csv');
  if (res.status !== 200) throw new Error(`import failed: ${res.status} ${JSON.stringify(res.body).slice(0, 500)}`);
  return res.body.data as { imported: number };
}
