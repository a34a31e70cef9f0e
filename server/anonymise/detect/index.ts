import { buildPseudonymiser } from '../pseudonymiser';
import { buildIdentifierRedactor } from '../identifiers';
import { personTerms, type RegistryPerson, type RegistryPlace } from '../registryRedactor';
import { findPatterns, type PatternKind } from './patterns';
import { findSuspectedNames } from './suspectedNames';

/** What a detection is: a registered identity, an identifier by its shape, or a capitalised word that may be a name. */
export type DetectionKind = 'registered_name' | 'date_of_birth' | 'registered_identifier' | PatternKind | 'suspected_name';

/** One detection in one string, with offsets into that string. */
export interface Detection {
  kind: DetectionKind;
  start: number;
  end: number;
  found: string;
  /** For a suspected name, the folded word that a dismissal names. */
  key?: string;
}

/** Which detections to look for: registered identities always; suspected names only when a vocabulary is given. */
export interface DetectorOptions {
  /** Report registered names, aliases and places (true for published text, false when scanning the restricted text). */
  registeredNames: boolean;
  /** Ordinary words of the corpus (lower-case vocabulary, pseudonyms, role codes, agency names); omit to skip suspected names. */
  vocabulary?: ReadonlySet<string>;
  /** Folded suspected names that were dismissed as not identifying. */
  dismissed?: ReadonlySet<string>;
  /** The agencies' names: left as written, so a registered name inside one is not a detection (see protectedTerms.ts). */
  agencies?: readonly string[];
}

/** Finds every identifying thing in one string. */
export interface Detector { detect(text: string): Detection[] }

/** Builds a detector for one investigation's registry. */
export function buildDetector(people: readonly RegistryPerson[], places: readonly RegistryPlace[], options: DetectorOptions): Detector {
  const terms = [...people.flatMap(personTerms), ...places.map((p) => ({ text: p.realName, replacement: p.replacement }))];
  const names = buildPseudonymiser(terms, options.agencies ?? []);
  const ids = buildIdentifierRedactor(
    people.flatMap((p) => (p.dateOfBirth ? [p.dateOfBirth] : [])),
    people.flatMap((p) => p.identifiers.map((i) => i.value)),
  );
  const vocabulary = options.vocabulary;
  const dismissed = options.dismissed ?? new Set<string>();
  return {
    detect(text) {
      const normal = text.normalize('NFC');
      const registered = names.find(normal);
      const out: Detection[] = options.registeredNames
        ? registered.map((m) => ({ kind: 'registered_name' as const, start: m.start, end: m.end, found: m.found }))
        : [];
      for (const m of ids.find(normal)) {
        out.push({ kind: m.replacement === '[date of birth]' ? 'date_of_birth' : 'registered_identifier', start: m.start, end: m.end, found: m.found });
      }
      const overlaps = (start: number, end: number) => out.some((d) => start < d.end && end > d.start);
      for (const hit of findPatterns(normal)) if (!overlaps(hit.start, hit.end)) out.push(hit);
      if (vocabulary) {
        const known = (start: number, end: number) => overlaps(start, end) || registered.some((m) => start < m.end && end > m.start);
        for (const s of findSuspectedNames(normal, { known: vocabulary }, known)) {
          if (!dismissed.has(s.key)) out.push({ kind: 'suspected_name', start: s.start, end: s.end, found: s.found, key: s.key });
        }
      }
      return out.sort((a, b) => a.start - b.start);
    },
  };
}

export { validNhsNumber, findPatterns } from './patterns';
export { findSuspectedNames, lowerCaseVocabulary, nameKey } from './suspectedNames';
