import type { CheckRule } from '../../analysis/checks/types';
import { targetKey } from '../../analysis/checks/types';
import { activeFactors, excerpt } from '../../analysis/snapshot';

/** A finding that rests on no factor (or only on factors the panel rejected). */
export const findingWithoutFactors: CheckRule = {
  id: 'finding-without-factors',
  severity: 'warning',
  summary: 'A finding that rests on no factor',
  run({ findings, factors }) {
    const active = new Set(activeFactors(factors).map((f) => f.id));
    return findings.filter((f) => !f.factorIds.some((id) => active.has(id))).map((f) => {
      const target = { kind: 'finding' as const, id: f.id, label: excerpt(f.statement) };
      const onlyRejected = f.factorIds.length > 0;
      return {
        key: targetKey(target),
        target,
        message: onlyRejected
          ? `The finding "${target.label}" rests only on factors that were rejected.`
          : `The finding "${target.label}" does not rest on any factor.`,
        suggestion: 'Link the contributory factors this finding is drawn from; a finding about the system is backed by the analysis.',
      };
    });
  },
};
