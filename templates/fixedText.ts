import type { Edition, Stage } from './model';

/** The purpose statement every report carries (DOMAIN.md §8, after ICAO Annex 13). */
export const PURPOSE_STATEMENT =
  'The sole purpose of this review is learning and prevention; it does not apportion blame or liability.';

/** Printed on every page of a restricted edition. */
export const RESTRICTED_BANNER = 'RESTRICTED — contains personal data';

/** How each edition is named on the cover and in the running header. */
export const editionLabels: Record<Edition, string> = {
  restricted: 'Restricted edition',
  published: 'Published edition (anonymised)',
};

/** How each stage is named. */
export const stageLabels: Record<Stage, string> = {
  draft: 'Draft',
  consultation: 'Draft for consultation',
  final: 'Final',
};

/** The probability words used instead of "clearly" or "undoubtedly" (after TAIC), most to least likely. */
export const PROBABILITY_WORDS: { word: string; meaning: string }[] = [
  { word: 'Virtually certain', meaning: 'There is almost no doubt; more than 99 in 100.' },
  { word: 'Very likely', meaning: 'Strong evidence supports it; about 90 to 99 in 100.' },
  { word: 'Likely', meaning: 'The evidence points this way; about 66 to 90 in 100.' },
  { word: 'About as likely as not', meaning: 'The evidence is balanced; about 33 to 66 in 100.' },
  { word: 'Unlikely', meaning: 'The evidence points the other way; about 10 to 33 in 100.' },
  { word: 'Very unlikely', meaning: 'Strong evidence points the other way; about 1 to 10 in 100.' },
];

/** Terms every report explains. */
export const STANDARD_GLOSSARY: { term: string; definition: string }[] = [
  { term: 'AcciMap', definition: 'A diagram of contributory factors in horizontal bands by level, systemic at the top and events at the bottom, with arrows showing how conditions higher up shaped what happened below.' },
  { term: 'Contributory factor', definition: 'A condition or action that made the outcome, or another factor, more likely. A supporting factor made it less likely.' },
  { term: 'Finding', definition: 'A statement about the multi-agency system, resting on contributory factors and evidence from this case.' },
  { term: 'Integrated chronology', definition: "All agencies' records of their contacts, merged into one timeline, each entry keeping its source." },
  { term: 'Key practice episode', definition: 'A group of chronology entries analysed together: what was known at the time and why actions made sense then.' },
  { term: 'Non-event', definition: 'Something planned or expected that did not happen, such as a visit that did not take place.' },
  { term: 'Pseudonym', definition: 'The name used in place of a real name, such as "Child A"; practitioners are named by role code, such as SW1.' },
  { term: 'Safety action', definition: 'A change an agency has already made in response to what the review found.' },
  { term: 'Safety recommendation', definition: 'A proposal to an organisation, not a person, to change the system; identified in the form YYYY-NNN. It does not imply blame or liability.' },
];
