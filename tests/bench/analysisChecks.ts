/**
 * Benchmark: the analysis checks (and the graph) over 2,000 factors and 5,000 causal links, through the API.
 * Run alone with `node --import tsx tests/bench/analysisChecks.ts`.
 */
import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { Db } from '../../server/db/open';
import { events, eventSources, factorEvidence, factorLinks, factors, sources } from '../../schema/tables';
import { taxonomyLevels } from '../../schema/taxonomy';
import { buildInvestigationWithRoles, buildTestApp, FIXED_NOW } from '../helpers/app';
import { setStage } from '../helpers/analysisFactories';

const FACTORS = 2_000;
const LINKS = 5_000;
const EVENTS = 1_000;

/** A small seeded generator, so every run builds the same graph. */
function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STATEMENTS = [
  'Caseloads in the team were above the agency limit',
  'The strategy discussion did not include health',
  'The record did not show the planned contact',
  'The worker failed to visit within ten days',
  'Supervision was not available before closure',
];

/** Inserts a layered acyclic graph: links always run from a later factor to an earlier one, an event or the outcome. */
function seedGraph(db: Db, investigationId: string) {
  const random = mulberry32(42);
  const at = FIXED_NOW.toISOString();
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  db.transaction((tx) => {
    const eventIds = Array.from({ length: EVENTS }, (_, i) => {
      const id = randomUUID();
      const start = Date.UTC(2023, 0, 1) + i * 3_600_000;
      tx.insert(events).values({
        id, investigationId, occurred: '2023-01-01', sortStart: start, sortEnd: start, precision: 'day', kind: 'event',
        description: `Contact ${i}`, knownAtTime: i % 50 === 0 ? 'It is clear that the bruise was reported' : '', createdAt: at, updatedAt: at,
      }).run();
      return id;
    });
    const sourceId = randomUUID();
    tx.insert(sources).values({ id: sourceId, investigationId, title: 'Case record', kind: 'case_record', createdAt: at, updatedAt: at }).run();
    for (const eventId of eventIds.filter((_, i) => i % 3 !== 0)) tx.insert(eventSources).values({ eventId, sourceId }).run();
    const factorIds: string[] = [];
    for (let i = 0; i < FACTORS; i++) {
      const level = taxonomyLevels[i % 4]!;
      const id = randomUUID();
      factorIds.push(id);
      tx.insert(factors).values({
        id, investigationId, level: level.code, category: pick(level.categories).code, statement: `${pick(STATEMENTS)} (${i})`,
        description: 'At the time, the information available was partial.', contextTags: [], createdAt: at, updatedAt: at,
      }).run();
      if (i % 10 !== 0) tx.insert(factorEvidence).values({ id: randomUUID(), factorId: id, eventId: pick(eventIds) }).run();
    }
    const seen = new Set<string>();
    for (let n = 0; n < LINKS;) {
      const from = 1 + Math.floor(random() * (FACTORS - 1));
      const roll = random();
      const to = roll < 0.8 ? `f${Math.floor(random() * from)}` : roll < 0.97 ? `e${Math.floor(random() * EVENTS)}` : 'outcome';
      if (seen.has(`${from}>${to}`)) continue;
      seen.add(`${from}>${to}`);
      n++;
      tx.insert(factorLinks).values({
        id: randomUUID(), investigationId, fromFactorId: factorIds[from]!, createdAt: at, updatedAt: at,
        toKind: to[0] === 'f' ? 'factor' : to[0] === 'e' ? 'event' : 'outcome',
        toFactorId: to[0] === 'f' ? factorIds[Number(to.slice(1))]! : null,
        toEventId: to[0] === 'e' ? eventIds[Number(to.slice(1))]! : null,
        rationale: n % 40 === 0 ? 'If only there had been a plan' : 'Shaped the next step',
      }).run();
    }
  });
}

const round = (n: number) => Math.round(n * 10) / 10;

function quantile(values: number[], q: number) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

/**
 * Times a request end to end (wall clock) and the CPU time the process spent on it (server and client
 * in one process), which is steadier than wall time on a busy machine.
 */
async function time(runs: number, fn: () => Promise<unknown>) {
  for (let i = 0; i < 3; i++) await fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await fn();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { median: round(quantile(wall, 0.5)), p95: round(quantile(wall, 0.95)), min: round(Math.min(...wall)), cpuMedian: round(quantile(cpu, 0.5)) };
}

/** Builds the graph, then times `GET …/analysis/checks` and `GET …/analysis/graph` as the lead investigator. */
export async function benchAnalysisChecks() {
  const { app, db } = buildTestApp();
  const { investigationId, clients } = await buildInvestigationWithRoles(app, db);
  setStage(db, investigationId, 'analysis');
  seedGraph(db, investigationId);
  const base = `/api/investigations/${investigationId}/analysis`;
  let resultCount = 0;
  const checks = await time(20, async () => {
    const res = await clients.lead.get(`${base}/checks`);
    if (res.status !== 200) throw new Error(`checks responded ${res.status}`);
    resultCount = res.body.data.results.length;
  });
  let chainCount = 0;
  const graph = await time(10, async () => {
    const res = await clients.lead.get(`${base}/graph`);
    if (res.status !== 200) throw new Error(`graph responded ${res.status}`);
    chainCount = res.body.data.whyChains.length;
  });
  return [
    { name: `analysis checks API, ${FACTORS} factors / ${LINKS} links (${resultCount} results)`, unit: 'ms', ...checks, aim: '< 100 ms' },
    { name: `analysis graph API, ${FACTORS} factors / ${LINKS} links (${chainCount} why-chains listed)`, unit: 'ms', ...graph },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const row of await benchAnalysisChecks()) console.log(JSON.stringify(row));
}
