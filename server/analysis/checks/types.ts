import type { CheckSeverity, CheckTarget } from '../../../schema/contracts/analysis';
import type { AnalysisSnapshot } from '../snapshot';

/** Flagged wording in one field of a target. */
export interface CheckWording {
  field: string;
  matches: { ruleId: string; start: number; end: number; phrase: string }[];
}

/** One thing a rule found. `key` must be stable while the target exists (acknowledgements refer to it). */
export interface CheckHit {
  key: string;
  target: CheckTarget;
  message: string;
  suggestion: string;
  wording?: CheckWording;
}

/** A check rule: a pure function of the analysis snapshot. Add one by listing it in ./index.ts. */
export interface CheckRule {
  id: string;
  severity: CheckSeverity;
  /** One line saying what the rule looks for. */
  summary: string;
  run(snapshot: AnalysisSnapshot): CheckHit[];
}

/** The usual key of a rule that raises at most one result per target. */
export const targetKey = (target: CheckTarget): string => `${target.kind}:${target.id}`;
