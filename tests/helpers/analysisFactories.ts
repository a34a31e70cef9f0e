import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../server/db/open';
import { episodes, events, eventSources, investigations, sources } from '../../schema/tables';
import type { Factor, FactorCreateInput, FactorLink, FactorLinkCreateInput } from '../../schema/contracts/analysis';
import type { EventKind, InvestigationStatus } from '../../schema/contracts/enums';
import type { AnalysisSnapshot, SnapshotEvent } from '../../server/analysis/snapshot';
import { createFactor } from '../../server/services/factors';
import { createLink } from '../../server/services/factorLinks';
import { actorOf } from '../../server/services/actor';
import { FIXED_NOW } from './app';

const at = FIXED_NOW.toISOString();
const actor = actorOf(null, FIXED_NOW);

/** Inserts a chronology entry (a real row; the chronology services are not needed for analysis tests). */
export function buildEvent(db: Db, investigationId: string, o: { description?: string; day?: string; knownAtTime?: string; kind?: EventKind } = {}) {
  const day = o.day ?? '2023-05-01';
  const start = Date.parse(`${day}T00:00:00Z`);
  return db.insert(events).values({
    id: randomUUID(), investigationId, occurred: day, sortStart: start, sortEnd: start + 86_399_999, precision: 'day',
    kind: o.kind ?? 'event', description: o.description ?? 'Nursery reported a bruise to the social care front door',
    knownAtTime: o.knownAtTime ?? '', createdAt: at, updatedAt: at,
  }).returning().get();
}

/** Inserts a source, optionally cited by events. */
export function buildSource(db: Db, investigationId: string, citedBy: string[] = [], title = 'Case record') {
  const row = db.insert(sources).values({ id: randomUUID(), investigationId, title, kind: 'case_record', createdAt: at, updatedAt: at }).returning().get();
  for (const eventId of citedBy) db.insert(eventSources).values({ eventId, sourceId: row.id }).run();
  return row;
}

/** Inserts a key practice episode. */
export function buildEpisode(db: Db, investigationId: string, o: { title?: string; knownAtTime?: string; localRationality?: string } = {}) {
  return db.insert(episodes).values({
    id: randomUUID(), investigationId, title: o.title ?? 'Closure of the assessment', knownAtTime: o.knownAtTime ?? '',
    localRationality: o.localRationality ?? '', createdAt: at, updatedAt: at,
  }).returning().get();
}

/** Moves an investigation to a stage. */
export function setStage(db: Db, investigationId: string, status: InvestigationStatus) {
  db.update(investigations).set({ status }).where(eq(investigations.id, investigationId)).run();
}

/** Records a factor through the service, with sensible defaults. */
export function buildFactor(db: Db, investigationId: string, o: Partial<FactorCreateInput> = {}): Factor {
  return createFactor(db, actor, investigationId, {
    level: 'organisational', category: 'workload', statement: 'Caseloads were above the agency limit', description: '',
    influence: 'hindered', confidence: 'likely', contextTags: [], eventIds: [], sourceIds: [], reviewStatus: 'proposed', ...o,
  });
}

/** Records a causal link through the service. */
export function buildLink(db: Db, investigationId: string, fromFactorId: string, to: { factor?: string; event?: string; outcome?: true }, rationale = ''): FactorLink {
  const input: FactorLinkCreateInput = to.factor ? { fromFactorId, toKind: 'factor', toFactorId: to.factor, toEventId: null, rationale }
    : to.event ? { fromFactorId, toKind: 'event', toFactorId: null, toEventId: to.event, rationale }
      : { fromFactorId, toKind: 'outcome', toFactorId: null, toEventId: null, rationale };
  return createLink(db, actor, investigationId, input);
}

/** A factor as plain data for pure tests. */
export function factorData(id: string, o: Partial<Factor> = {}): Factor {
  return {
    id, level: 'organisational', category: 'workload', statement: `Factor ${id}`, description: '', influence: 'hindered',
    confidence: 'likely', contextTags: [], eventIds: ['e1'], sourceIds: [], reviewStatus: 'proposed',
    createdAt: at, updatedAt: at, version: 1, ...o,
  };
}

/** A causal link as plain data: `to` is a factor id, `event:<id>` or `outcome`. */
export function linkData(id: string, from: string, to: string, rationale = ''): FactorLink {
  if (to === 'outcome') return { id, fromFactorId: from, toKind: 'outcome', toFactorId: null, toEventId: null, rationale, version: 1 };
  if (to.startsWith('event:')) return { id, fromFactorId: from, toKind: 'event', toFactorId: null, toEventId: to.slice(6), rationale, version: 1 };
  return { id, fromFactorId: from, toKind: 'factor', toFactorId: to, toEventId: null, rationale, version: 1 };
}

/** A chronology entry as plain data. */
export function eventData(id: string, o: Partial<SnapshotEvent> = {}): SnapshotEvent {
  return { id, occurred: '2023-05-01', start: 0, kind: 'event', agencyId: null, description: `Event ${id}`, knownAtTime: '', sourceCount: 1, ...o };
}

/** A check snapshot as plain data with an investigation at analysis stage. */
export function snapshotData(o: Partial<AnalysisSnapshot> = {}): AnalysisSnapshot {
  return {
    investigation: { id: 'inv', title: 'Test investigation', status: 'analysis', outcome: 'Child was seriously harmed' },
    factors: [], links: [], events: [eventData('e1')], episodes: [], findings: [], recommendations: [], ...o,
  };
}
