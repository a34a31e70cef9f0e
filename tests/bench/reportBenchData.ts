/**
 * Seeds an investigation the size of a long review (2,000 chronology entries, 300 factors, 20 findings) for the
 * report benchmark. Text is generated from a seeded vocabulary, so line breaking and glyph widths meet realistic
 * variety, and every run builds the same data.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../../server/db/open';
import {
  agencies, checkAcknowledgements, episodes, eventPeople, events, factorEvidence, factorLinks, factors, findingFactors, findings, people,
  recommendationFindings, recommendationResponses, recommendations, safetyActions,
} from '../../schema/tables';
import { taxonomyLevels } from '../../schema/taxonomy';
import { utc } from '../../schema/edtf';
import { prepareReport } from '../../server/reports/prepare';

const at = '2026-03-01T09:00:00.000Z';
const stamps = { createdAt: at, updatedAt: at };
const COMMON = ['the', 'a', 'to', 'and', 'of', 'was', 'visit', 'home', 'child', 'mother', 'school', 'health', 'worker', 'record', 'referral', 'meeting', 'plan', 'family', 'seen', 'report', 'call', 'letter', 'nursery', 'GP', 'police', 'contact', 'housing', 'strategy', 'discussion', 'assessment', 'concern', 'bruise', 'appointment', 'address'];

/** A small seeded generator, so every run builds the same investigation. */
function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function textMaker(seed: number) {
  const random = mulberry32(seed);
  const syllables = ['ba', 'lo', 'mer', 'tin', 'sa', 'ro', 'ven', 'dal', 'ki', 'po', 'nes', 'tar', 'wel', 'gri', 'fo', 'lun'];
  const vocabulary = Array.from({ length: 1500 }, () => Array.from({ length: 2 + Math.floor(random() * 3) }, () => syllables[Math.floor(random() * syllables.length)]).join(''));
  const word = () => (random() < 0.45 ? COMMON[Math.floor(random() * COMMON.length)]! : vocabulary[Math.floor(random() * vocabulary.length)]!);
  const sentence = () => {
    const words = Array.from({ length: 8 + Math.floor(random() * 16) }, word);
    return `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
  };
  return { random, sentences: (n: number) => Array.from({ length: n }, sentence).join(' ') };
}

/** Sizes of the seeded investigation. */
export const REPORT_BENCH = { events: 2_000, factors: 300, findings: 20, agencies: 6 };

/** Inserts the investigation's registry, chronology, analysis, findings and recommendations in one transaction. */
export function seedReportBench(db: Db, investigationId: string): void {
  const { random, sentences } = textMaker(7);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  db.transaction((tx) => {
    const agencyIds = Array.from({ length: REPORT_BENCH.agencies }, (_, i) => {
      const id = randomUUID();
      tx.insert(agencies).values({ id, investigationId, name: `Bench agency ${i + 1}`, kind: 'other', ...stamps }).run();
      return id;
    });
    const personIds = agencyIds.map((agencyId, i) => {
      const id = randomUUID();
      tx.insert(people).values({ id, investigationId, kind: 'practitioner', realName: `Practitioner Number${i}`, aliases: [], identifiers: [], agencyId, jobTitle: 'Social worker', pseudonym: `Social Worker ${i + 1}`, roleCode: `SW${i + 1}`, ...stamps }).run();
      return id;
    });
    const episodeIds = Array.from({ length: 12 }, (_, i) => {
      const id = randomUUID();
      tx.insert(episodes).values({ id, investigationId, title: `Episode ${i + 1}`, summary: sentences(2), knownAtTime: sentences(2), localRationality: sentences(2), position: i, ...stamps }).run();
      return id;
    });
    const eventIds = Array.from({ length: REPORT_BENCH.events }, (_, i) => {
      const id = randomUUID();
      const start = utc(2019, 1, 1) + i * 86_400_000 * 0.9;
      const day = new Date(start).toISOString().slice(0, 10);
      tx.insert(events).values({
        id, investigationId, occurred: day, sortStart: utc(...(day.split('-').map(Number) as [number, number, number])), sortEnd: utc(...(day.split('-').map(Number) as [number, number, number])) + 86_399_999,
        precision: 'day', sequence: i, kind: i % 13 === 0 ? 'non_event' : 'event', agencyId: agencyIds[i % agencyIds.length]!,
        description: sentences(i % 50 === 0 ? 14 : 1 + Math.floor(random() * 3)), knownAtTime: i % 4 === 0 ? sentences(1) : '',
        childSeen: i % 3 === 0, childWords: i % 97 === 0 ? sentences(1) : '', sharedWith: i % 41 === 0 ? sentences(1) : '',
        episodeId: i % 7 === 0 ? pick(episodeIds) : null, ...stamps,
      }).run();
      tx.insert(eventPeople).values({ eventId: id, personId: personIds[i % personIds.length]!, role: 'actor' }).run();
      return id;
    });
    const factorIds = Array.from({ length: REPORT_BENCH.factors }, (_, i) => {
      const level = taxonomyLevels[i % 4]!;
      const id = randomUUID();
      tx.insert(factors).values({ id, investigationId, level: level.code, category: pick(level.categories).code, statement: sentences(1).slice(0, 200), description: i % 3 === 0 ? sentences(2) : '', influence: i % 9 === 0 ? 'supported' : 'hindered', reviewStatus: 'accepted', contextTags: [], ...stamps }).run();
      tx.insert(factorEvidence).values({ id: randomUUID(), factorId: id, eventId: pick(eventIds) }).run();
      return id;
    });
    factorIds.forEach((from, i) => {
      const target = i >= 4 && random() < 0.8 ? { toKind: 'factor', toFactorId: factorIds[Math.floor(random() * i)]! } : random() < 0.5 ? { toKind: 'event', toEventId: pick(eventIds) } : { toKind: 'outcome' };
      tx.insert(factorLinks).values({ id: randomUUID(), investigationId, fromFactorId: from, rationale: sentences(1), ...target, ...stamps }).run();
    });
    for (let i = 0; i < REPORT_BENCH.findings; i++) {
      const findingId = randomUUID();
      tx.insert(findings).values({ id: findingId, investigationId, type: 'contributing_factor', statement: sentences(1), inThisCase: sentences(3), notUnique: sentences(2), whyItMatters: sentences(2), boardQuestions: [sentences(1)], position: i, reviewStatus: 'accepted', ...stamps }).run();
      for (const factorId of new Set([pick(factorIds), pick(factorIds), pick(factorIds)])) tx.insert(findingFactors).values({ findingId, factorId }).run();
      const recId = randomUUID();
      tx.insert(recommendations).values({ id: recId, investigationId, identifier: `2026-${String(i + 1).padStart(3, '0')}`, addresseeAgencyId: pick(agencyIds), addresseeName: 'Bench agency', text: sentences(2), intendedOutcome: sentences(1), measure: sentences(1), status: 'open', issuedAt: '2026-02-01', responseDueAt: '2026-05-02', position: i, ...stamps }).run();
      tx.insert(recommendationFindings).values({ recommendationId: recId, findingId }).run();
      if (i % 2 === 0) tx.insert(recommendationResponses).values({ id: randomUUID(), recommendationId: recId, receivedOn: '2026-02-20', organisation: 'Bench agency', text: sentences(2), assessment: 'adequate', ...stamps }).run();
    }
    tx.insert(safetyActions).values({ id: randomUUID(), investigationId, agencyId: agencyIds[0]!, takenOn: '2025-06-01', description: sentences(2), ...stamps }).run();
  });
  const { flags } = prepareReport(db, investigationId, { template: 'learning-review', edition: 'published', stage: 'final', dateStyle: 'month', generatedAt: new Date(at) });
  for (const key of new Set(flags.filter((f) => f.status === 'open').map((f) => f.key))) {
    db.insert(checkAcknowledgements).values({ id: randomUUID(), investigationId, ruleId: 'language', targetKey: key, reason: 'Benchmark', ...stamps }).run();
  }
}
