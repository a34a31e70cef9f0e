import { buildPseudonymiser, type Term } from './pseudonymiser';
import { buildIdentifierRedactor } from './identifiers';
import { titles } from './normalise';

/** The registry fields the redactor needs. */
export interface RegistryPerson {
  realName: string;
  aliases: string[];
  dateOfBirth: string | null;
  identifiers: { kind: string; value: string }[];
  pseudonym: string;
}
export interface RegistryPlace { realName: string; replacement: string }

/** Replaces every registered identity in text with its pseudonym. */
export interface Redactor { replace(text: string): string }

/** The terms a person contributes: full name, each name part (and each half of a hyphenated one), and aliases. */
export function personTerms(person: RegistryPerson): Term[] {
  const terms: Term[] = [{ text: person.realName, replacement: person.pseudonym }];
  const long = (p: string) => p.replace(/[^\p{L}]/gu, '').length >= 2;
  const parts = person.realName.split(/\s+/).filter((p) => long(p) && !titles.has(p.toLowerCase().replace('.', '')));
  const halves = parts.flatMap((p) => (p.includes('-') ? p.split('-').filter(long) : []));
  if (parts.length > 1 || halves.length > 0) {
    for (const part of [...parts, ...halves]) terms.push({ text: part, replacement: person.pseudonym });
  }
  for (const alias of person.aliases) terms.push({ text: alias, replacement: person.pseudonym });
  return terms;
}

/**
 * Builds the redactor for one investigation's registry. The agencies' names are left as written where they appear
 * whole ("St Mary's Hospital" with a "Mary" registered), unless a registered name would slip out through one.
 */
export function buildRegistryRedactor(people: readonly RegistryPerson[], places: readonly RegistryPlace[], agencies: readonly string[] = []): Redactor {
  const terms = [
    ...people.flatMap(personTerms),
    ...places.map((p) => ({ text: p.realName, replacement: p.replacement })),
  ];
  const names = buildPseudonymiser(terms, agencies);
  const ids = buildIdentifierRedactor(
    people.flatMap((p) => (p.dateOfBirth ? [p.dateOfBirth] : [])),
    people.flatMap((p) => p.identifiers.map((i) => i.value)),
  );
  return { replace: (text) => names.replace(ids.replace(text)) };
}

/** Ids and digests (UUIDs, hex hashes) are never names; redacting inside them would only break them. */
const OPAQUE_ID = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{32,})$/i;

/** Applies a redactor to every string inside a JSON-like value (keys, ids and digests are left alone). */
export function redactDeep<T>(value: T, redactor: Redactor): T {
  if (typeof value === 'string') return (OPAQUE_ID.test(value) ? value : redactor.replace(value)) as T;
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, redactor)) as T;
  if (value && typeof value === 'object' && !(value instanceof Date) && !Buffer.isBuffer(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = redactDeep(v, redactor);
    return out as T;
  }
  return value;
}
