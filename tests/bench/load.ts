/**
 * Benchmarks: HTTP load on loopback with autocannon (50 connections, bounded in time and in request count) against
 * the real server running as its own process on 127.0.0.1: listing chronology entries (a page of 100 of 10,000), and
 * factor updates, where every request edits a factor no other request is editing, with the version it last saw, so
 * none should conflict. Requests per second is the value; p50 and p99 latency, errors and conflicts are recorded,
 * and any error or non-2xx answer fails the run. Run them alone with `npm run bench -- load`.
 */
import autocannon from 'autocannon';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { httpLogin, startServerProcess, type HttpSession, type ServerProcess } from '../helpers/serverProcess';
import { syntheticAgencyCsv } from './generator';
import type { Benchmark, Measurement } from './types';

const CONNECTIONS = 50;
const SECONDS = 10;
const MAX_REQUESTS = 50_000;
const EVENTS = 10_000;
const FACTORS = 400;

interface LoadWorld { dir: string; server: ServerProcess; session: HttpSession; investigationId: string; factors: { id: string; version: number }[] }

async function startWorld(): Promise<LoadWorld> {
  const dir = mkdtempSync(join(tmpdir(), 'sightline-load-'));
  const server = await startServerProcess(join(dir, 'sightline.db'));
  const session = await httpLogin(server.url);
  const inv = await session.send(server.url, 'POST', '/api/investigations', { reference: 'LOAD-1', title: 'Load benchmark', status: 'analysis' });
  const id = inv.json.data.id as string;
  const agency = await session.send(server.url, 'POST', `/api/investigations/${id}/agencies`, { name: "Children's Social Care", kind: 'childrens_social_care' });
  const imported = await session.send(server.url, 'POST', `/api/investigations/${id}/chronology/import?agencyId=${agency.json.data.id}`,
    syntheticAgencyCsv({ rows: EVENTS, seed: 11 }), 'text/csv');
  if (imported.status !== 200) throw new Error(`seeding the chronology failed: ${imported.status}`);
  const factors = [];
  for (let i = 0; i < FACTORS; i++) {
    const f = await session.send(server.url, 'POST', `/api/investigations/${id}/factors`, { level: 'organisational', category: 'workload', statement: `Caseloads rose ${i}` });
    factors.push({ id: f.json.data.id as string, version: f.json.data.version as number });
  }
  return { dir, server, session, investigationId: id, factors };
}

async function stopWorld(w: LoadWorld | undefined) {
  await w?.server.stop();
  if (w) rmSync(w.dir, { recursive: true, force: true });
}

/** Runs autocannon and turns its result into a measurement; fails on any error, timeout or non-2xx answer. */
async function run(w: LoadWorld, requests: autocannon.Request[], conflicts: () => number): Promise<Measurement> {
  const result = await autocannon({
    url: w.server.url, connections: CONNECTIONS, duration: SECONDS, maxOverallRequests: MAX_REQUESTS, timeout: 30,
    headers: { cookie: w.session.cookie, 'x-csrf-token': w.session.csrf, 'content-type': 'application/json' }, requests,
  });
  const errors = result.errors + result.timeouts + result.non2xx;
  const m = {
    value: Math.round(result.requests.average),
    extra: { p50Ms: result.latency.p50, p99Ms: result.latency.p99, requests: result.requests.total, errors, conflicts: conflicts(), connections: CONNECTIONS },
  };
  process.stderr.write(`  ${m.value} req/s, p50 ${m.extra.p50Ms} ms, p99 ${m.extra.p99Ms} ms, ${m.extra.requests} requests, errors ${errors}, conflicts ${m.extra.conflicts}\n`);
  if (errors > 0) throw new Error(`${errors} requests failed (errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx})`);
  return m;
}

let listing: LoadWorld | undefined;
/** Listing chronology entries (a page of 100 of 10,000) under load. */
export const loadEventList: Benchmark = {
  name: `HTTP load: list entries (page of 100 of ${EVENTS.toLocaleString('en-GB')}), ${CONNECTIONS} connections, ${SECONDS} s`,
  unit: 'req/s', higherIsBetter: true, runs: 3,
  async setup() { listing = await startWorld(); },
  measure: () => run(listing!, [{ method: 'GET', path: `/api/investigations/${listing!.investigationId}/events?limit=100` }], () => 0),
  async teardown() { await stopWorld(listing); listing = undefined; },
};

let editing: LoadWorld | undefined;
/** Factor updates under load, each on a factor no other request holds, with its current version. */
export const loadFactorUpdates: Benchmark = {
  name: `HTTP load: factor updates with fresh versions, ${CONNECTIONS} connections, ${SECONDS} s`,
  unit: 'req/s', higherIsBetter: true, runs: 3,
  async setup() { editing = await startWorld(); },
  async measure() {
    const w = editing!;
    // Edits still in flight when the previous run stopped were applied without their answer being read: start from the stored versions.
    const stored = await w.session.send(w.server.url, 'GET', `/api/investigations/${w.investigationId}/factors`);
    const versions = new Map((stored.json.data as { id: string; version: number }[]).map((f) => [f.id, f.version]));
    for (const f of w.factors) f.version = versions.get(f.id) ?? f.version;
    const free = [...w.factors];
    let conflicts = 0;
    let edit = 0;
    const requests: autocannon.Request[] = [{
      method: 'PATCH',
      setupRequest(req, context) {
        const factor = free.shift();
        if (!factor) throw new Error('more requests in flight than factors');
        (context as { factor?: typeof factor }).factor = factor;
        return { ...req, path: `/api/investigations/${w.investigationId}/factors/${factor.id}`, body: JSON.stringify({ statement: `Caseloads rose (edit ${++edit})`, version: factor.version }) };
      },
      onResponse(status, body, context) {
        const factor = (context as { factor: { id: string; version: number } }).factor;
        const json = JSON.parse(body) as { data?: { version: number }; error?: { details?: { currentVersion?: number } } };
        if (status === 200 && json.data) factor.version = json.data.version;
        if (status === 409) { conflicts++; factor.version = json.error?.details?.currentVersion ?? factor.version; }
        free.push(factor);
      },
    }];
    return run(w, requests, () => conflicts);
  },
  async teardown() { await stopWorld(editing); editing = undefined; },
};
