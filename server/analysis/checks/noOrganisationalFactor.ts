import type { CheckRule } from './types';
import { targetKey } from './types';
import { activeFactors } from '../snapshot';
import type { InvestigationStatus } from '../../../schema/contracts/enums';

/** Stages at which the analysis is expected to be under way (DOMAIN.md §3). */
const ANALYSIS_STAGES: readonly InvestigationStatus[] = ['analysis', 'review', 'published'];

/** An investigation at analysis stage or later with no organisational or systemic factor. */
export const noOrganisationalFactor: CheckRule = {
  id: 'no-organisational-factor',
  severity: 'warning',
  summary: 'An investigation at analysis stage with no organisational or systemic factor',
  run({ investigation, factors }) {
    if (!ANALYSIS_STAGES.includes(investigation.status)) return [];
    if (activeFactors(factors).some((f) => f.level === 'organisational' || f.level === 'systemic')) return [];
    const target = { kind: 'investigation' as const, id: investigation.id, label: investigation.title };
    return [{
      key: targetKey(target),
      target,
      message: 'The analysis has no organisational or systemic factor yet.',
      suggestion: 'Keep asking why: which caseloads, procedures, tools, supervision arrangements, commissioning decisions or guidance shaped what happened?',
    }];
  },
};
