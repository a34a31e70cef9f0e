import type { ReportModel } from '../../templates/model';
import type { RegistryPerson, RegistryPlace } from '../anonymise/registryRedactor';
import { buildDetector, lowerCaseVocabulary, nameKey, type DetectionKind } from '../anonymise/detect';
import { describeLocation, modelTexts, type TextLocation } from './modelText';

/** One identifying string found in a published edition, and where. */
export interface Leak {
  kind: DetectionKind;
  found: string;
  /** Where a person finds it: "event <id>: description", "PDF page 4", "PDF metadata: Title", "slug". */
  where: string;
  /** The entity and field, when the leak is in the published model (for jump-to-fix). */
  location: TextLocation | null;
  start: number;
  end: number;
}

/** Everything that will be published: the model, the slug, the PDF's extracted text and its metadata. */
export interface PublishedEdition {
  model: ReportModel;
  slug: string;
  pdfPages: readonly string[];
  pdfMetadata: Readonly<Record<string, string>>;
}

/** The registry and what the investigator has dismissed. */
export interface LeakCheckContext {
  people: readonly RegistryPerson[];
  places: readonly RegistryPlace[];
  /** Folded words dismissed as not names (rule 'unregistered_name'). */
  dismissedNames: ReadonlySet<string>;
}

/** Ordinary words of a published model: what it writes in lower case, pseudonyms, role codes, agency and area names, labels. */
export function modelVocabulary(model: ReportModel): Set<string> {
  const known = lowerCaseVocabulary(modelTexts(model).map((t) => t.text));
  const add = (text: string | null | undefined) => {
    for (const word of (text ?? '').split(/[^\p{L}'’-]+/u)) if (word) known.add(nameKey(word));
  };
  model.people.forEach((p) => { add(p.pseudonym); add(p.roleCode); add(p.name); add(p.role); });
  model.agencies.forEach((a) => add(a.name));
  model.factors.forEach((f) => { add(f.categoryLabel); add(f.levelLabel); });
  add(model.investigation.publishingArea);
  add(model.investigation.commissioningBody);
  model.glossary.forEach((g) => add(g.term));
  return known;
}

/**
 * The leak check over the whole published edition. Every string of the model, the slug and the PDF metadata are
 * searched for registered names, aliases, places, dates of birth and identifiers (any case, possessive, accents
 * folded) and for identifiers by shape; strings of the model also for unregistered capitalised names not dismissed.
 * The text extracted back out of the PDF is searched again for everything but suspected names (its fixed report
 * wording is not case data). Text is read as it shows: a name split by characters that print as nothing ("Pri\u00ADya")
 * is a leak. The edition's agency names are left as written where they appear whole, as the redactor leaves them
 * ("St Mary's Hospital" is not a leak of a registered "Mary"), unless one holds a whole registered name of two or more
 * words. The publisher scrubs identifiers found by shape into placeholders, so any reported here survived that step
 * (a PDF line break that made a new one, say). An empty list means the edition may be published.
 */
export function checkEdition(edition: PublishedEdition, context: LeakCheckContext): Leak[] {
  const agencies = edition.model.agencies.map((a) => a.name);
  const strict = buildDetector(context.people, context.places, { registeredNames: true, agencies });
  const withNames = buildDetector(context.people, context.places, {
    registeredNames: true, vocabulary: modelVocabulary(edition.model), dismissed: context.dismissedNames, agencies,
  });
  const leaks: Leak[] = [];
  for (const { text, location } of modelTexts(edition.model)) {
    for (const d of withNames.detect(text)) leaks.push({ kind: d.kind, found: d.found, where: describeLocation(location), location, start: d.start, end: d.end });
  }
  const plain = (text: string, where: string) => {
    for (const d of strict.detect(text)) leaks.push({ kind: d.kind, found: d.found, where, location: null, start: d.start, end: d.end });
  };
  plain(edition.slug.replace(/-/g, ' '), 'slug');
  for (const [key, value] of Object.entries(edition.pdfMetadata)) plain(value, `PDF metadata: ${key}`);
  edition.pdfPages.forEach((page, i) => plain(page, `PDF page ${i + 1}`));
  return leaks;
}
