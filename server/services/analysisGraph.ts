import { asc, count, eq } from 'drizzle-orm';
import type { Conn } from '../db/open';
import { events, eventSources } from '../../schema/tables';
import type { AnalysisGraph } from '../../schema/contracts/analysis';
import type { EventKind } from '../../schema/contracts/enums';
import type { SnapshotEvent } from '../analysis/snapshot';
import { buildAnalysisGraph } from '../analysis/graph';
import { whyChains } from '../analysis/whyChains';
import { getInvestigation } from './investigations';
import { listFactors } from './factors';
import { listLinks } from './factorLinks';

/** At most this many why-chains are listed; a dense graph can hold far more paths. */
export const MAX_WHY_CHAINS = 1000;

/** Every chronology entry of an investigation as the analysis sees it, with its count of sources (two queries). */
export function loadAnalysisEvents(db: Conn, investigationId: string): SnapshotEvent[] {
  const sourceCounts = new Map(db.select({ eventId: eventSources.eventId, n: count() }).from(eventSources)
    .innerJoin(events, eq(events.id, eventSources.eventId)).where(eq(events.investigationId, investigationId))
    .groupBy(eventSources.eventId).all().map((r) => [r.eventId, r.n]));
  return db.select({
    id: events.id, occurred: events.occurred, start: events.sortStart, kind: events.kind, agencyId: events.agencyId,
    description: events.description, knownAtTime: events.knownAtTime,
  }).from(events).where(eq(events.investigationId, investigationId)).orderBy(asc(events.sortStart), asc(events.sequence)).all()
    .map((e) => ({ ...e, kind: e.kind as EventKind, sourceCount: sourceCounts.get(e.id) ?? 0 }));
}

/** The causal graph of an investigation, ready to draw, with its why-chains. */
export function getAnalysisGraph(db: Conn, investigationId: string): AnalysisGraph {
  const investigation = getInvestigation(db, investigationId);
  const { nodes, edges } = buildAnalysisGraph({
    factors: listFactors(db, investigationId),
    links: listLinks(db, investigationId),
    events: loadAnalysisEvents(db, investigationId),
    outcome: investigation.outcome || 'Outcome',
  });
  const { chains, truncated } = whyChains(nodes, edges, MAX_WHY_CHAINS);
  return { nodes, edges, whyChains: chains, chainsTruncated: truncated };
}
