import type { Factor, FactorLink } from '../../schema/contracts/analysis';
import type { EventKind, InvestigationStatus } from '../../schema/contracts/enums';

/** A chronology entry as the analysis sees it. */
export interface SnapshotEvent {
  id: string;
  occurred: string;
  start: number;
  kind: EventKind;
  agencyId: string | null;
  description: string;
  knownAtTime: string;
  sourceCount: number;
}

/** A key practice episode's analysis text. */
export interface SnapshotEpisode {
  id: string;
  title: string;
  knownAtTime: string;
  localRationality: string;
}

/** A finding with the factors it rests on. */
export interface SnapshotFinding {
  id: string;
  type: string;
  statement: string;
  inThisCase: string;
  notUnique: string;
  whyItMatters: string;
  factorIds: string[];
}

/** A recommendation with its addressee and the findings it addresses. */
export interface SnapshotRecommendation {
  id: string;
  identifier: string | null;
  text: string;
  addresseeName: string;
  addresseeAgencyId: string | null;
  findingIds: string[];
}

/**
 * Everything the analysis checks read, loaded once per request so that rules are pure functions
 * of plain data (no per-factor queries).
 */
export interface AnalysisSnapshot {
  investigation: { id: string; title: string; status: InvestigationStatus; outcome: string };
  factors: Factor[];
  links: FactorLink[];
  events: SnapshotEvent[];
  episodes: SnapshotEpisode[];
  findings: SnapshotFinding[];
  recommendations: SnapshotRecommendation[];
}

/** Factors that count in the analysis: rejected factors stay on record but explain nothing. */
export function activeFactors(factors: readonly Factor[]): Factor[] {
  return factors.filter((f) => f.reviewStatus !== 'rejected');
}

/** A short single-line excerpt of a text for labels and messages. */
export function excerpt(text: string, max = 80): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`;
}
