import { labels } from '../../../schema/contracts/enums';
import type { DateStyle, ModelFinding, ModelRecommendation, ModelSafetyAction } from '../../../templates/model';
import { formatCalendarDate } from '../edition/dates';
import type { ReportRows } from './load';

const label = (v: string) => labels[v] ?? v;

/** Findings in their order, "Finding 1" …, citing factor references and the entries those factors rest on. */
export function buildFindings(rows: ReportRows, factorRef: Map<string, string>, factorEvidence: Map<string, string[]>): ModelFinding[] {
  const reported = rows.findings.filter((f) => f.reviewStatus !== 'rejected');
  return reported.map((f, i) => {
    const factorIds = rows.findingFactors.filter((ff) => ff.findingId === f.id && factorRef.has(ff.factorId)).map((ff) => ff.factorId);
    const refs = factorIds.map((id) => factorRef.get(id)!).sort();
    return {
      id: f.id, ref: `Finding ${i + 1}`, type: f.type, typeLabel: label(f.type), statement: f.statement, inThisCase: f.inThisCase,
      notUnique: f.notUnique, whyItMatters: f.whyItMatters, confidence: f.confidence, confidenceLabel: label(f.confidence),
      factorRefs: refs, entryRefs: [...new Set(factorIds.flatMap((id) => factorEvidence.get(id) ?? []))].sort(),
      boardQuestions: f.boardQuestions, reviewStatus: f.reviewStatus,
    };
  });
}

/** Recommendations with identifiers (or "Draft n"), addressee, the findings they address and responses. */
export function buildRecommendations(rows: ReportRows, findingRef: Map<string, string>, dateStyle: DateStyle, agencyName: Map<string, string>): ModelRecommendation[] {
  let drafts = 0;
  return rows.recommendations.map((r) => {
    const ref = r.identifier ?? `Draft ${++drafts}`;
    return {
      id: r.id, ref, identifier: r.identifier,
      addressee: (r.addresseeAgencyId ? agencyName.get(r.addresseeAgencyId) : undefined) ?? r.addresseeName,
      text: r.text, intendedOutcome: r.intendedOutcome, measure: r.measure, status: r.status, statusLabel: label(r.status), assessmentLabel: label(r.assessment),
      issuedOn: formatCalendarDate(r.issuedAt, dateStyle), responseDue: formatCalendarDate(r.responseDueAt, dateStyle),
      findingRefs: rows.recommendationFindings.filter((rf) => rf.recommendationId === r.id && findingRef.has(rf.findingId)).map((rf) => findingRef.get(rf.findingId)!),
      responses: rows.responses.filter((x) => x.recommendationId === r.id).map((x) => ({
        id: x.id, receivedOn: formatCalendarDate(x.receivedOn, dateStyle) ?? x.receivedOn, organisation: x.organisation, text: x.text,
        assessment: x.assessment, assessmentLabel: label(x.assessment),
      })),
    };
  });
}

/** Safety action already taken, by agency and date. */
export function buildSafetyActions(rows: ReportRows, dateStyle: DateStyle, agencyName: Map<string, string>): ModelSafetyAction[] {
  return rows.safetyActions.map((a) => ({
    id: a.id, agency: (a.agencyId ? agencyName.get(a.agencyId) : undefined) ?? 'Not recorded', takenOn: formatCalendarDate(a.takenOn, dateStyle) ?? a.takenOn, description: a.description,
  }));
}
