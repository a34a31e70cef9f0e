import type { CheckRule } from './types';
import { targetKey } from './types';
import { activeFactors, excerpt } from '../snapshot';

/**
 * A chronology entry the analysis relies on (evidence for a factor, or a link target) that cites no source.
 * Unsourced entries the analysis does not use are the chronology view's concern.
 */
export const eventWithoutSource: CheckRule = {
  id: 'event-without-source',
  severity: 'warning',
  summary: 'An event used by the analysis that cites no source',
  run(snapshot) {
    const factors = activeFactors(snapshot.factors);
    const active = new Set(factors.map((f) => f.id));
    const used = new Set(factors.flatMap((f) => f.eventIds));
    for (const l of snapshot.links) if (l.toKind === 'event' && l.toEventId && active.has(l.fromFactorId)) used.add(l.toEventId);
    return snapshot.events
      .filter((e) => used.has(e.id) && e.sourceCount === 0)
      .map((e) => {
        const target = { kind: 'event' as const, id: e.id, label: excerpt(e.description) };
        return {
          key: targetKey(target),
          target,
          message: `The chronology entry "${target.label}" is used in the analysis but cites no source.`,
          suggestion: 'Add the record, document or interview the entry comes from, so the analysis rests on traceable evidence.',
        };
      });
  },
};
