import { performance } from 'node:perf_hooks';
import { openDatabase, type Db } from '../../server/db/open';
import { createUser } from '../../server/services/users';
import { actorOf } from '../../server/services/actor';
import { searchLibrary } from '../../server/services/library';
import { buildPublishedReview } from '../helpers/libraryFixtures';
import { round, type Benchmark } from './types';

const REVIEWS = 1000;
const QUERIES = ['caseloads', 'information sharing', '"planned visits"', 'health AND visiting', 'refer*', 'supervision OR handover'];
const LEVELS = ['systemic', 'organisational', 'team', 'individual'] as const;
let db: Db;

/** Full-text search (FTS5, bm25, snippets) over 1,000 published reviews: median of six queries per run, with a year filter on one. */
export const librarySearch: Benchmark = {
  name: `library search over ${REVIEWS.toLocaleString('en-GB')} published reviews (per query)`, unit: 'ms', higherIsBetter: false, runs: 10, target: '< 50',
  async setup() {
    db = openDatabase(':memory:');
    const at = new Date('2026-03-01T09:00:00Z');
    const user = await createUser(db, actorOf(null, at), { email: 'bench@example.test', name: 'Bench', password: 'correct horse battery staple', isAdmin: false });
    for (let i = 0; i < REVIEWS; i++) {
      buildPublishedReview(db, user.id, {
        reference: `BENCH-${i}`, title: i % 10 === 0 ? 'Caseloads and planned visits' : `Review ${i} of information sharing`, summary: 'A review of multi-agency practice.',
        year: 2020 + (i % 6), factors: LEVELS.map((level, j) => ({ level, category: j % 2 ? 'workload' : 'communication', categoryLabel: j % 2 ? 'Workload' : 'Communication', statement: `Supervision and handover arrangements ${i}-${j}.` })),
      });
    }
  },
  measure() {
    const times = QUERIES.map((q, i) => {
      const started = performance.now();
      const hits = searchLibrary(db, { q, limit: 20, ...(i === 0 ? { year: 2024 } : {}) });
      if (hits.length === 0) throw new Error(`no hits for ${q}`);
      return performance.now() - started;
    }).sort((a, b) => a - b);
    return { value: round((times[2]! + times[3]!) / 2), extra: { slowestMs: round(times.at(-1)!) } };
  },
  teardown() { db.$client.close(); },
};
