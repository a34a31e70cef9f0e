import { describe, expect, it } from 'vitest';
import { recommendationStatuses } from '../../../schema/contracts/enums';
import { canTransition, transitionProblem } from '../../../server/findings/status';

describe('canTransition', () => {
  it('allows only open to closed and open to superseded', () => {
    const allowed = recommendationStatuses.flatMap((from) => recommendationStatuses.filter((to) => canTransition(from, to)).map((to) => `${from}->${to}`));
    expect(allowed).toEqual(['open->closed', 'open->superseded']);
  });
});

describe('transitionProblem', () => {
  it('explains a refused change, naming the status field', () => {
    expect(transitionProblem('open', 'closed')).toBeUndefined();
    expect(transitionProblem('draft', 'open')).toBe('status: a draft recommendation is issued, not opened; issue it first');
    expect(transitionProblem('closed', 'closed')).toBe('status: the recommendation is already closed');
    expect(transitionProblem('superseded', 'open')).toBe('status: a superseded recommendation cannot become open; only an open recommendation can be closed or superseded');
    expect(transitionProblem('open', 'draft')).toBe('status: an open recommendation cannot become draft; only an open recommendation can be closed or superseded');
  });
});
