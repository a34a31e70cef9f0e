import type { CheckRule } from '../../analysis/checks/types';
import { findingWithoutFactors } from './findingWithoutFactors';
import { recommendationWithoutFinding } from './recommendationWithoutFinding';
import { recommendationToPerson } from './recommendationToPerson';
import { systemFactorWithoutFinding } from './systemFactorWithoutFinding';
import { findingsLanguage } from './findingsLanguage';

/** The checks on findings and recommendations, registered in the analysis check registry. */
export const findingCheckRules: readonly CheckRule[] = [
  findingWithoutFactors,
  recommendationWithoutFinding,
  recommendationToPerson,
  systemFactorWithoutFinding,
  findingsLanguage,
];
