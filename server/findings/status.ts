import type { recommendationStatuses } from '../../schema/contracts/enums';

type Status = (typeof recommendationStatuses)[number];

/** The status changes a person may make through the status endpoint (issuing is its own step). */
const allowed: Record<Status, readonly Status[]> = {
  draft: [],
  open: ['closed', 'superseded'],
  closed: [],
  superseded: [],
};

/** True when a recommendation may move from one status to another by a status change. */
export function canTransition(from: Status, to: Status): boolean {
  return allowed[from].includes(to);
}

/** Explains why a status change is refused, or returns undefined when it is allowed. */
export function transitionProblem(from: Status, to: Status): string | undefined {
  if (canTransition(from, to)) return undefined;
  if (from === 'draft') return `status: a draft recommendation is issued, not ${to === 'open' ? 'opened' : to}; issue it first`;
  if (from === to) return `status: the recommendation is already ${to}`;
  return `status: ${/^[aeiou]/.test(from) ? 'an' : 'a'} ${from} recommendation cannot become ${to}; only an open recommendation can be closed or superseded`;
}
