import type { ReportStandard } from './standard';
import { learningReview } from './standards/learningReview';
import { preliminary } from './standards/preliminary';
import { rapidReview } from './standards/rapidReview';

/** Every report standard Sightline ships; adding a standard is adding a file and one line here. */
export const standards: readonly ReportStandard[] = [
  learningReview,
  preliminary,
  rapidReview,
];

/** The standard with this id, or undefined. */
export function findStandard(id: string): ReportStandard | undefined {
  return standards.find((s) => s.id === id);
}
