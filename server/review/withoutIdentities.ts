import type { RegistryPerson, RegistryPlace } from '../anonymise/registryRedactor';

type Item = Record<string, unknown>;
type ContentLike = Record<string, unknown> & { people?: unknown; places?: unknown };

const items = (value: unknown): Item[] =>
  Array.isArray(value) ? value.filter((v): v is Item => !!v && typeof v === 'object') : [];

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/**
 * Content with the registry's real-identity fields withheld, as for roles that may not see identities:
 * people keep pseudonym and role code but lose realName, aliases, dateOfBirth and identifiers; places lose realName.
 */
export function withoutIdentities<C extends ContentLike>(content: C): C {
  return {
    ...content,
    people: items(content.people).map((p) => ({ ...p, realName: null, aliases: null, dateOfBirth: null, identifiers: null })),
    places: items(content.places).map((p) => ({ ...p, realName: null })),
  };
}

/** The registry entries a stored content holds, in the shape the redactor takes (malformed entries skipped). */
export function registryOf(content: ContentLike): { people: RegistryPerson[]; places: RegistryPlace[] } {
  const people = items(content.people)
    .filter((p) => typeof p.realName === 'string' && typeof p.pseudonym === 'string')
    .map((p) => ({
      realName: p.realName as string,
      pseudonym: p.pseudonym as string,
      aliases: strings(p.aliases),
      dateOfBirth: typeof p.dateOfBirth === 'string' ? p.dateOfBirth : null,
      identifiers: items(p.identifiers)
        .filter((i) => typeof i.value === 'string')
        .map((i) => ({ kind: String(i.kind ?? ''), value: i.value as string })),
    }));
  const places = items(content.places)
    .filter((p) => typeof p.realName === 'string' && typeof p.replacement === 'string')
    .map((p) => ({ realName: p.realName as string, replacement: p.replacement as string }));
  return { people, places };
}
