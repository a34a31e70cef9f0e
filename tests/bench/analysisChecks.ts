/**
 * Benchmarks: the analysis checks (and the graph) over 2,000 factors and 5,000 causal links, through the API
 * over a real database file. Run them alone with `npm run bench -- analysis`.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Db } from '../../server/db/open';
import { events, eventSources, factorEvidence, factorLinks, factors, sources } from '../../schema/tables';
import { taxonomyLevels } from '../../schema/taxonomy';
import { FIXED_NOW } from '../helpers/app';
import { setStage } from '../helpers/analysisFactories';
import { benchInvestigation, type BenchInvestigation } from './benchApp';
import type { Benchmark } from './types';

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

/** A benchmark of one analysis endpoint over the seeded graph, as the lead investigator (no redaction). */
function analysisBench(name: string, endpoint: 'checks' | 'graph', target?: string): Benchmark {
  let b: BenchInvestigation;
  const url = () => `/api/investigations/${b.investigationId}/analysis/${endpoint}`;
  const get = async () => {
    const res = await b.lead.get(url());
    if (res.status !== 200) throw new Error(`${endpoint} responded ${res.status}`);
    return res;
  };
  return {
    name, unit: 'ms', higherIsBetter: false, runs: 15, target,
    async setup() {
      b = await benchInvestigation();
      setStage(b.db, b.investigationId, 'analysis');
      seedGraph(b.db, b.investigationId);
      for (let i = 0; i < 3; i++) await get();
    },
    async measure() {
      const cpu0 = process.cpuUsage();
      const started = performance.now();
      const res = await get();
      const ms = performance.now() - started;
      const cpu = process.cpuUsage(cpu0);
      const data = res.body.data;
      return {
        value: Math.round(ms * 10) / 10,
        extra: {
          // CPU time of the process (server and client share it): steadier than wall time on a busy machine.
          cpuMs: Math.round((cpu.user + cpu.system) / 100) / 10,
          items: endpoint === 'checks' ? data.results.length : data.whyChains.length,
          kilobytes: Math.round(Number(res.headers['content-length'] ?? 0) / 1024),
        },
      };
    },
    teardown() {
      b.close();
    },
  };
}

/** `GET …/analysis/checks` over 2,000 factors and 5,000 links. */
export const analysisChecks = analysisBench(`analysis checks over ${FACTORS.toLocaleString('en-GB')} factors / ${LINKS.toLocaleString('en-GB')} links (API, lead investigator)`, 'checks', '< 100');

/** `GET …/analysis/graph` (nodes, edges and up to 1,000 why-chains) over the same graph. */
export const analysisGraph = analysisBench(`analysis graph over ${FACTORS.toLocaleString('en-GB')} factors / ${LINKS.toLocaleString('en-GB')} links (API, lead investigator)`, 'graph');
