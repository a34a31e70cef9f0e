import type { CheckAcknowledgement, CheckReport, CheckResult } from '../../../schema/contracts/analysis';
import type { AnalysisSnapshot } from '../snapshot';
import type { CheckRule } from './types';
import { checkRules } from './index';

const ackKey = (ruleId: string, key: string) => `${ruleId}\u0000${key}`;

/** Runs the rules over the snapshot; results with an acknowledgement show as considered. */
export function runChecks(
  snapshot: AnalysisSnapshot, acknowledgements: readonly CheckAcknowledgement[], rules: readonly CheckRule[] = checkRules,
): CheckReport {
  const acks = new Map(acknowledgements.map((a) => [ackKey(a.ruleId, a.key), a]));
  const results: CheckResult[] = [];
  for (const rule of rules) {
    for (const hit of rule.run(snapshot)) {
      const acknowledgement = acks.get(ackKey(rule.id, hit.key)) ?? null;
      results.push({
        ruleId: rule.id, key: hit.key, severity: rule.severity, target: hit.target, message: hit.message,
        suggestion: hit.suggestion, wording: hit.wording ?? null,
        status: acknowledgement ? 'considered' : 'open', acknowledgement,
      });
    }
  }
  const considered = results.filter((r) => r.status === 'considered').length;
  return { results, counts: { open: results.length - considered, considered } };
}
