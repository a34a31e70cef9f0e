import { assessments } from '../../schema/contracts/enums';
import type { AnnualSummary } from '../../schema/contracts/findings';
import { yearOf } from './dates';

/** What the annual summary needs to know about one issued recommendation. */
export interface SummaryInput {
  issuedAt: string;
  status: string;
  assessment: string;
  responseCount: number;
  overdue: boolean;
}

const issuedStatuses = ['open', 'closed', 'superseded'] as const;

function emptyYear(year: number): AnnualSummary {
  return {
    year, issued: 0, responded: 0, responsesReceived: 0, overdue: 0,
    assessments: Object.fromEntries(assessments.map((a) => [a, 0])) as AnnualSummary['assessments'],
    statuses: Object.fromEntries(issuedStatuses.map((s) => [s, 0])) as AnnualSummary['statuses'],
  };
}

/** Counts issued recommendations per year of issue: responses, assessments, statuses and overdue; oldest year first. */
export function annualSummary(rows: readonly SummaryInput[]): AnnualSummary[] {
  const years = new Map<number, AnnualSummary>();
  for (const row of rows) {
    const year = yearOf(row.issuedAt);
    let y = years.get(year);
    if (!y) years.set(year, (y = emptyYear(year)));
    y.issued += 1;
    if (row.responseCount > 0) y.responded += 1;
    y.responsesReceived += row.responseCount;
    if (row.overdue) y.overdue += 1;
    if (row.assessment in y.assessments) y.assessments[row.assessment as keyof AnnualSummary['assessments']] += 1;
    if (row.status in y.statuses) y.statuses[row.status as keyof AnnualSummary['statuses']] += 1;
  }
  return [...years.values()].sort((a, b) => a.year - b.year);
}
