import { eq, inArray } from 'drizzle-orm';
import type { Conn } from '../db/open';
import {
  checkAcknowledgements, episodes, findingFactors, findings, recommendationFindings, recommendations,
} from '../../schema/tables';
import type { CheckAcknowledgement, CheckReport } from '../../schema/contracts/analysis';
import type { InvestigationStatus } from '../../schema/contracts/enums';
import type { AnalysisSnapshot } from '../analysis/snapshot';
import { runChecks } from '../analysis/checks/run';
import { checkRules } from '../analysis/checks';
import type { CheckHit } from '../analysis/checks/types';
import { getInvestigation } from './investigations';
import { listFactors } from './factors';
import { listLinks } from './factorLinks';
import { loadAnalysisEvents } from './analysisGraph';

type AckRow = typeof checkAcknowledgements.$inferSelect;

/** An acknowledgement as returned by the API. */
export function presentAcknowledgement(row: AckRow): CheckAcknowledgement {
  return { id: row.id, ruleId: row.ruleId, key: row.targetKey, reason: row.reason, userId: row.userId, createdAt: row.createdAt, version: row.version };
}

function groupIds<K extends string, V extends string>(rows: { k: K; v: V }[]): Map<K, V[]> {
  const out = new Map<K, V[]>();
  for (const { k, v } of rows) {
    const list = out.get(k);
    if (list) list.push(v);
    else out.set(k, [v]);
  }
  return out;
}

/** Loads everything the check rules read, with a fixed number of queries whatever the size of the analysis. */
export function loadAnalysisSnapshot(db: Conn, investigationId: string): AnalysisSnapshot {
  const inv = getInvestigation(db, investigationId);
  const findingRows = db.select().from(findings).where(eq(findings.investigationId, investigationId)).all();
  const recRows = db.select().from(recommendations).where(eq(recommendations.investigationId, investigationId)).all();
  const findingIds = findingRows.map((f) => f.id);
  const recIds = recRows.map((r) => r.id);
  const factorsOf = groupIds(findingIds.length === 0 ? [] : db.select({ k: findingFactors.findingId, v: findingFactors.factorId })
    .from(findingFactors).where(inArray(findingFactors.findingId, findingIds)).all());
  const findingsOf = groupIds(recIds.length === 0 ? [] : db.select({ k: recommendationFindings.recommendationId, v: recommendationFindings.findingId })
    .from(recommendationFindings).where(inArray(recommendationFindings.recommendationId, recIds)).all());
  return {
    investigation: { id: inv.id, title: inv.title, status: inv.status as InvestigationStatus, outcome: inv.outcome },
    factors: listFactors(db, investigationId),
    links: listLinks(db, investigationId),
    events: loadAnalysisEvents(db, investigationId),
    episodes: db.select({ id: episodes.id, title: episodes.title, knownAtTime: episodes.knownAtTime, localRationality: episodes.localRationality })
      .from(episodes).where(eq(episodes.investigationId, investigationId)).all(),
    findings: findingRows.map((f) => ({
      id: f.id, type: f.type, statement: f.statement, inThisCase: f.inThisCase, notUnique: f.notUnique,
      whyItMatters: f.whyItMatters, factorIds: factorsOf.get(f.id) ?? [],
    })),
    recommendations: recRows.map((r) => ({
      id: r.id, identifier: r.identifier, text: r.text, addresseeName: r.addresseeName,
      addresseeAgencyId: r.addresseeAgencyId, findingIds: findingsOf.get(r.id) ?? [],
    })),
  };
}

/** Acknowledgements recorded in an investigation. */
export function listAcknowledgements(db: Conn, investigationId: string): CheckAcknowledgement[] {
  return db.select().from(checkAcknowledgements).where(eq(checkAcknowledgements.investigationId, investigationId)).all()
    .map(presentAcknowledgement);
}

/** The current check results of an investigation, each open or considered. */
export function getCheckReport(db: Conn, investigationId: string): CheckReport {
  return runChecks(loadAnalysisSnapshot(db, investigationId), listAcknowledgements(db, investigationId));
}

/** The current result of one rule with this key, if the rule raises it now. */
export function findCurrentHit(db: Conn, investigationId: string, ruleId: string, key: string): CheckHit | undefined {
  const rule = checkRules.find((r) => r.id === ruleId);
  if (!rule) return undefined;
  return rule.run(loadAnalysisSnapshot(db, investigationId)).find((h) => h.key === key);
}

/** True when a rule with this id is registered. */
export function isCheckRule(ruleId: string): boolean {
  return checkRules.some((r) => r.id === ruleId);
}
