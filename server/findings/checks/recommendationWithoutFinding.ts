import type { CheckRule } from '../../analysis/checks/types';
import { targetKey } from '../../analysis/checks/types';
import { excerpt } from '../../analysis/snapshot';

/** A label for a recommendation in check results: its identifier once issued, otherwise its text. */
export const recommendationLabel = (r: { identifier: string | null; text: string }) => r.identifier ?? excerpt(r.text);

/** A recommendation that addresses no finding. */
export const recommendationWithoutFinding: CheckRule = {
  id: 'recommendation-without-finding',
  severity: 'warning',
  summary: 'A recommendation that addresses no finding',
  run({ recommendations }) {
    return recommendations.filter((r) => r.findingIds.length === 0).map((r) => {
      const target = { kind: 'recommendation' as const, id: r.id, label: recommendationLabel(r) };
      return {
        key: targetKey(target),
        target,
        message: `The recommendation "${target.label}" does not address any finding.`,
        suggestion: 'Tie each recommendation to the finding(s) it responds to, so its reason can be traced to the analysis.',
      };
    });
  },
};
