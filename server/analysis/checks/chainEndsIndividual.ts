import type { CheckRule } from './types';
import { targetKey } from './types';
import { activeFactors, excerpt } from '../snapshot';

/** A hindering individual-level factor that nothing explains: the chain's deepest "why" is about a person. */
export const chainEndsIndividual: CheckRule = {
  id: 'chain-ends-individual',
  severity: 'warning',
  summary: 'A chain whose deepest factor is at the individual level',
  run(snapshot) {
    const factors = activeFactors(snapshot.factors);
    const active = new Set(factors.map((f) => f.id));
    const explained = new Set(snapshot.links
      .filter((l) => l.toKind === 'factor' && active.has(l.fromFactorId))
      .map((l) => l.toFactorId));
    return factors
      .filter((f) => f.level === 'individual' && f.influence === 'hindered' && !explained.has(f.id))
      .map((f) => {
        const target = { kind: 'factor' as const, id: f.id, label: excerpt(f.statement) };
        return {
          key: targetKey(target),
          target,
          message: `Nothing yet explains "${target.label}": this chain's deepest "why" is an individual factor.`,
          suggestion: 'Ask what team, organisational or systemic conditions made that action make sense at the time, and link them to this factor.',
        };
      });
  },
};
