import type { CheckRule } from '../../analysis/checks/types';
import { targetKey } from '../../analysis/checks/types';
import { activeFactors, excerpt } from '../../analysis/snapshot';

/**
 * An organisational or systemic factor that hindered and that no finding rests on. Raised once the
 * first finding has been written, so the analysis is not asked for findings before it is ready.
 */
export const systemFactorWithoutFinding: CheckRule = {
  id: 'system-factor-without-finding',
  severity: 'warning',
  summary: 'An organisational or systemic factor that hindered and that no finding addresses',
  run({ factors, findings }) {
    if (findings.length === 0) return [];
    const addressed = new Set(findings.flatMap((f) => f.factorIds));
    return activeFactors(factors)
      .filter((f) => (f.level === 'organisational' || f.level === 'systemic') && f.influence === 'hindered' && !addressed.has(f.id))
      .map((f) => {
        const target = { kind: 'factor' as const, id: f.id, label: excerpt(f.statement) };
        return {
          key: targetKey(target),
          target,
          message: `The ${f.level} factor "${target.label}" hindered practice, but no finding rests on it.`,
          suggestion: 'Say what this condition means for the system in a finding (or in an existing one), or record why it does not need one.',
        };
      });
  },
};
