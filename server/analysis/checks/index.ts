import type { CheckRule } from './types';
import { chainEndsIndividual } from './chainEndsIndividual';
import { factorWithoutEvidence } from './factorWithoutEvidence';
import { noOrganisationalFactor } from './noOrganisationalFactor';
import { eventWithoutSource } from './eventWithoutSource';
import { blameLanguage } from './blameLanguage';
import { findingCheckRules } from '../../findings/checks';

/** Every check rule, in the order results are listed. Add a rule with one line here. */
export const checkRules: readonly CheckRule[] = [
  noOrganisationalFactor,
  chainEndsIndividual,
  factorWithoutEvidence,
  eventWithoutSource,
  blameLanguage,
  ...findingCheckRules,
];
