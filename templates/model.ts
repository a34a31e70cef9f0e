/**
 * The report model: everything a report standard needs, as ready, plain data. It is built from the database
 * (server/reports/model), then, for the published edition, run through the registry redactor and the date
 * coarsener before any template sees it. Templates read it and never touch the database.
 */

/** Who may read the edition: the panel's restricted copy or the anonymised published copy. */
export type Edition = 'restricted' | 'published';
/** Where the report is in its life: draft, draft for consultation, or final. */
export type Stage = 'draft' | 'consultation' | 'final';
/** How dates are shown: exact as recorded (restricted), month and year, or relative to the incident. */
export type DateStyle = 'exact' | 'month' | 'relative';
/** The four factor levels, systemic first (the order of the AcciMap bands). */
export type FactorLevel = 'systemic' | 'organisational' | 'team' | 'individual';

/** Where a piece of report text comes from, so the language check can point at it. */
export interface TextSource {
  kind: 'investigation' | 'event' | 'episode' | 'factor' | 'link' | 'finding' | 'recommendation' | 'safety_action' | 'response' | 'dissent';
  id: string;
  field: string;
}

/** The investigation's own details, with dates already formatted for the edition. */
export interface ModelInvestigation {
  id: string;
  reference: string;
  title: string;
  status: string;
  /** The child's name as the edition shows it (pseudonym in the published edition). */
  childName: string;
  incidentDate: string | null;
  scope: string | null;
  commissioningBody: string;
  publishingArea: string;
  methodology: string;
  summary: string;
  outcome: string;
  parallelProcesses: string[];
  termsOfReference: string[];
}

/** An agency involved in the review. */
export interface ModelAgency {
  id: string;
  name: string;
  kind: string;
  kindLabel: string;
  entryCount: number;
}

/** A registry entry as the edition shows it: real name and pseudonym (restricted) or pseudonym only. */
export interface ModelPerson {
  id: string;
  kind: string;
  /** How the person is named throughout this edition. */
  name: string;
  pseudonym: string;
  roleCode: string | null;
  /** Relationship to the child, or job title for a practitioner. */
  role: string;
  agency: string | null;
}

/** A chronology entry with its reference (C-012) and display date. */
export interface ModelEntry {
  id: string;
  ref: string;
  date: string;
  /** Earliest and latest instants (ms, UTC); coarsened to months in the published edition. */
  start: number;
  end: number;
  uncertain: boolean;
  kind: string;
  kindLabel: string;
  agencyId: string | null;
  agency: string;
  actors: string[];
  subjects: string[];
  description: string;
  knownAtTime: string;
  childSeen: boolean | null;
  childWords: string;
  sharedWith: string;
  sources: string[];
  confidence: string;
  episodeId: string | null;
  factorRefs: string[];
}

/** A key practice episode. */
export interface ModelEpisode {
  id: string;
  title: string;
  period: string | null;
  summary: string;
  knownAtTime: string;
  localRationality: string;
  entryRefs: string[];
  factorRefs: string[];
}

/** A contributory (or supporting) factor with its reference (F-07). */
export interface ModelFactor {
  id: string;
  ref: string;
  level: FactorLevel;
  levelLabel: string;
  category: string;
  categoryLabel: string;
  statement: string;
  description: string;
  influence: 'hindered' | 'supported';
  confidence: string;
  confidenceLabel: string;
  reviewStatus: string;
  evidenceRefs: string[];
  sourceTitles: string[];
}

/** A causal link: the factor `fromId` contributed to a factor, an entry, or the outcome. */
export interface ModelLink {
  id: string;
  fromId: string;
  toKind: 'factor' | 'event' | 'outcome';
  toId: string | null;
  rationale: string;
}

/** A "why" chain: from the outcome or an entry down to the deepest factor, by reference. */
export interface ModelWhyChain {
  refs: string[];
  /** True when the deepest "why" is an individual factor (the analysis should ask one more why). */
  endsAtIndividual: boolean;
}

/** A finding with its reference and what it rests on. */
export interface ModelFinding {
  id: string;
  ref: string;
  type: string;
  typeLabel: string;
  statement: string;
  inThisCase: string;
  notUnique: string;
  whyItMatters: string;
  confidence: string;
  confidenceLabel: string;
  factorRefs: string[];
  entryRefs: string[];
  boardQuestions: string[];
  reviewStatus: string;
}

/** A response from a recommendation's addressee. */
export interface ModelResponse {
  id: string;
  receivedOn: string;
  organisation: string;
  text: string;
  assessment: string;
  assessmentLabel: string;
}

/** A safety recommendation: its identifier (YYYY-NNN) once issued, otherwise a draft reference. */
export interface ModelRecommendation {
  id: string;
  ref: string;
  identifier: string | null;
  addressee: string;
  text: string;
  intendedOutcome: string;
  measure: string;
  status: string;
  statusLabel: string;
  assessmentLabel: string;
  issuedOn: string | null;
  responseDue: string | null;
  findingRefs: string[];
  responses: ModelResponse[];
}

/** Safety action an agency has already taken. */
export interface ModelSafetyAction {
  id: string;
  agency: string;
  takenOn: string;
  description: string;
}

/** Dissent recorded by a panel member on a factor or finding, by role, never by name. */
export interface ModelDissent {
  id: string;
  targetKind: 'factor' | 'finding';
  targetRef: string;
  role: string;
  status: string;
  reason: string;
}

/** A flagged phrase of "who, not why" wording that is neither rewritten nor marked considered. */
export interface ModelLanguageFlag {
  section: string;
  source: TextSource;
  ref: string | null;
  phrase: string;
  reason: string;
  suggestion: string;
}

/** The full report model. */
export interface ReportModel {
  edition: Edition;
  stage: Stage;
  dateStyle: DateStyle;
  /** The generation date as the edition shows it. */
  generatedOn: string;
  year: number;
  investigation: ModelInvestigation;
  agencies: ModelAgency[];
  people: ModelPerson[];
  chronology: ModelEntry[];
  episodes: ModelEpisode[];
  factors: ModelFactor[];
  links: ModelLink[];
  whyChains: ModelWhyChain[];
  findings: ModelFinding[];
  recommendations: ModelRecommendation[];
  safetyActions: ModelSafetyAction[];
  dissent: ModelDissent[];
  glossary: { term: string; definition: string }[];
  probabilityWords: { word: string; meaning: string }[];
  languageFlags: ModelLanguageFlag[];
  /** The incident instant (ms), for relative dates and the timeline marker. */
  incidentAt: number | null;
}
