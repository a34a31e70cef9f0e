import type { CheckRule } from '../../analysis/checks/types';
import { targetKey } from '../../analysis/checks/types';
import { titles } from '../../anonymise/normalise';
import { recommendationLabel } from './recommendationWithoutFinding';

/** Courtesy titles that put a person's name after them ("master" is left out: "Master Data Team"). */
const PERSON_TITLES = new Set([...titles].filter((t) => t !== 'master'));

/** True when the name has a courtesy title followed by a name: "Dr Smith", "Ms J. Okafor", "attention of Mr Reid". */
export function readsAsPerson(name: string): boolean {
  const words = name.split(/\s+/).filter(Boolean);
  return words.some((w, i) => PERSON_TITLES.has(w.toLowerCase().replace(/\.$/, '')) && /^\p{L}/u.test(words[i + 1] ?? ''));
}

/**
 * A recommendation addressed, by name, to what reads as a person rather than an organisation. Registered people are
 * refused when the recommendation is written; this catches people who are not in the identity registry.
 */
export const recommendationToPerson: CheckRule = {
  id: 'recommendation-to-person',
  severity: 'warning',
  summary: 'A recommendation addressed to what reads as a person',
  run({ recommendations }) {
    return recommendations.filter((r) => !r.addresseeAgencyId && readsAsPerson(r.addresseeName)).map((r) => {
      const target = { kind: 'recommendation' as const, id: r.id, label: recommendationLabel(r) };
      return {
        key: targetKey(target),
        target,
        message: `The recommendation "${target.label}" is addressed to "${r.addresseeName}", which reads as a person.`,
        suggestion: 'Address it to the organisation that can change the system; a recommendation to a person reads as blame. Name the role in the text if it matters.',
      };
    });
  },
};
