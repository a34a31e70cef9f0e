import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Conn } from '../../db/open';
import {
  agencies, episodes, eventPeople, events, eventSources, factorEvidence, factorLinks, factors, findingFactors, findings, people,
  recommendationFindings, recommendationResponses, recommendations, reviewDecisions, safetyActions, sources,
} from '../../../schema/tables';
import { getInvestigation } from '../../services/investigations';
import { getAnalysisGraph } from '../../services/analysisGraph';
import type { WhyChain } from '../../../schema/contracts/analysis';

/** Every row a report needs from one investigation. */
export interface ReportRows {
  investigation: ReturnType<typeof getInvestigation>;
  agencies: (typeof agencies.$inferSelect)[];
  people: (typeof people.$inferSelect)[];
  events: (typeof events.$inferSelect)[];
  eventPeople: (typeof eventPeople.$inferSelect)[];
  eventSources: { eventId: string; title: string }[];
  episodes: (typeof episodes.$inferSelect)[];
  factors: (typeof factors.$inferSelect)[];
  evidence: { factorId: string; eventId: string | null; sourceTitle: string | null }[];
  links: (typeof factorLinks.$inferSelect)[];
  whyChains: WhyChain[];
  findings: (typeof findings.$inferSelect)[];
  findingFactors: (typeof findingFactors.$inferSelect)[];
  recommendations: (typeof recommendations.$inferSelect)[];
  recommendationFindings: (typeof recommendationFindings.$inferSelect)[];
  responses: (typeof recommendationResponses.$inferSelect)[];
  safetyActions: (typeof safetyActions.$inferSelect)[];
  decisions: (typeof reviewDecisions.$inferSelect)[];
}

/** Reads the rows of an investigation's report in a fixed order (404 when the investigation does not exist). */
export function loadReportRows(db: Conn, id: string): ReportRows {
  return {
    investigation: getInvestigation(db, id),
    agencies: db.select().from(agencies).where(eq(agencies.investigationId, id)).orderBy(asc(agencies.name)).all(),
    people: db.select().from(people).where(eq(people.investigationId, id)).orderBy(asc(people.kind), asc(people.pseudonym)).all(),
    events: db.select().from(events).where(eq(events.investigationId, id)).orderBy(asc(events.sortStart), asc(events.sequence), asc(events.id)).all(),
    eventPeople: db.select({ row: eventPeople }).from(eventPeople).innerJoin(events, eq(events.id, eventPeople.eventId))
      .where(eq(events.investigationId, id)).orderBy(asc(eventPeople.eventId), asc(eventPeople.personId)).all().map((r) => r.row),
    eventSources: db.select({ eventId: eventSources.eventId, title: sources.title }).from(eventSources)
      .innerJoin(sources, eq(sources.id, eventSources.sourceId)).where(eq(sources.investigationId, id)).orderBy(asc(sources.title), asc(sources.id)).all(),
    episodes: db.select().from(episodes).where(eq(episodes.investigationId, id)).orderBy(asc(episodes.position), asc(episodes.createdAt), asc(episodes.id)).all(),
    factors: db.select().from(factors).where(eq(factors.investigationId, id)).orderBy(asc(factors.createdAt), asc(factors.id)).all(),
    evidence: db.select({ factorId: factorEvidence.factorId, eventId: factorEvidence.eventId, sourceTitle: sources.title }).from(factorEvidence)
      .innerJoin(factors, eq(factors.id, factorEvidence.factorId)).leftJoin(sources, eq(sources.id, factorEvidence.sourceId))
      .where(eq(factors.investigationId, id)).orderBy(asc(factorEvidence.id)).all(),
    links: db.select().from(factorLinks).where(eq(factorLinks.investigationId, id)).orderBy(asc(factorLinks.createdAt), asc(factorLinks.id)).all(),
    whyChains: getAnalysisGraph(db, id).whyChains,
    findings: db.select().from(findings).where(eq(findings.investigationId, id)).orderBy(asc(findings.position), asc(findings.createdAt), asc(findings.id)).all(),
    findingFactors: db.select({ row: findingFactors }).from(findingFactors).innerJoin(findings, eq(findings.id, findingFactors.findingId))
      .where(eq(findings.investigationId, id)).all().map((r) => r.row),
    recommendations: db.select().from(recommendations).where(eq(recommendations.investigationId, id))
      .orderBy(asc(recommendations.position), asc(recommendations.createdAt), asc(recommendations.id)).all(),
    recommendationFindings: db.select({ row: recommendationFindings }).from(recommendationFindings)
      .innerJoin(recommendations, eq(recommendations.id, recommendationFindings.recommendationId)).where(eq(recommendations.investigationId, id)).all().map((r) => r.row),
    responses: db.select({ row: recommendationResponses }).from(recommendationResponses)
      .innerJoin(recommendations, eq(recommendations.id, recommendationResponses.recommendationId)).where(eq(recommendations.investigationId, id))
      .orderBy(asc(recommendationResponses.receivedOn), asc(recommendationResponses.createdAt), asc(recommendationResponses.id)).all().map((r) => r.row),
    safetyActions: db.select().from(safetyActions).where(eq(safetyActions.investigationId, id)).orderBy(asc(safetyActions.takenOn), asc(safetyActions.id)).all(),
    decisions: db.select().from(reviewDecisions).where(and(eq(reviewDecisions.investigationId, id), inArray(reviewDecisions.status, ['disputed', 'rejected'])))
      .orderBy(asc(reviewDecisions.createdAt), asc(reviewDecisions.id)).all(),
  };
}
