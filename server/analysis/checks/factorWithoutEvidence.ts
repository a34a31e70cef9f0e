import type { CheckRule } from './types';
import { targetKey } from './types';
import { activeFactors, excerpt } from '../snapshot';

/** A factor with no linked event or source. */
export const factorWithoutEvidence: CheckRule = {
  id: 'factor-without-evidence',
  severity: 'warning',
  summary: 'A factor with no evidence (no linked event or source)',
  run(snapshot) {
    return activeFactors(snapshot.factors)
      .filter((f) => f.eventIds.length === 0 && f.sourceIds.length === 0)
      .map((f) => {
        const target = { kind: 'factor' as const, id: f.id, label: excerpt(f.statement) };
        return {
          key: targetKey(target),
          target,
          message: `"${target.label}" has no evidence linked to it.`,
          suggestion: 'Link the chronology entries or sources that show this factor, or record a lower confidence until evidence is found.',
        };
      });
  },
};
