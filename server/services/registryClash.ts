import { buildPseudonymiser, type Pseudonymiser } from '../anonymise/pseudonymiser';
import { personTerms } from '../anonymise/registryRedactor';

/** The registry fields that decide what the redactor replaces and with what. */
export interface ClashEntry {
  realName: string;
  aliases: readonly string[];
  pseudonym: string;
  roleCode: string | null;
}

const namesOf = (realName: string, aliases: readonly string[]): Pseudonymiser =>
  buildPseudonymiser(personTerms({ realName, aliases: [...aliases], dateOfBirth: null, identifiers: [], pseudonym: '' }));
const wholeNames = (realName: string, aliases: readonly string[]): Pseudonymiser =>
  buildPseudonymiser([realName, ...aliases].map((text) => ({ text, replacement: '' })));

type Hit = { field: string; value: string; found: string; whole: boolean };

/** The first registered name found in the entry's pseudonym or role code: the field, and whether it is all of the value. */
function nameIn(entry: ClashEntry, names: Pseudonymiser): Hit | null {
  for (const [field, value] of [['pseudonym', entry.pseudonym], ['roleCode', entry.roleCode]] as const) {
    const hit = value ? names.find(value)[0] : undefined;
    if (hit && value) return { field, value, found: hit.found, whole: hit.found.length === value.trim().length };
  }
  return null;
}

/** The person's own full name or alias anywhere in its pseudonym, or one part of the name as the whole pseudonym ("Zoe"). */
function ownNameIn(entry: ClashEntry): Hit | null {
  const full = nameIn(entry, wholeNames(entry.realName, entry.aliases));
  if (full) return full;
  const part = nameIn(entry, namesOf(entry.realName, entry.aliases));
  return part?.whole ? part : null;
}

/**
 * Why an entry cannot stand in the registry beside the others, or null. Every name and alias of the registry is
 * replaced in all that panel members and the published edition read, so a pseudonym or role code must not contain
 * a registered name: another person's (it would be shown as that person's pseudonym) or its own person's full name or
 * alias, or a part of the name standing alone (it would reveal who it stands for; "Child A" for a Ms Child is left
 * alone). The message starts with the field to change.
 */
export function registryClash(entry: ClashEntry, others: readonly ClashEntry[]): string | null {
  const own = ownNameIn(entry);
  if (own) return `${own.field}: "${own.value}" contains "${own.found}", a name of this person; a ${label(own.field)} must not reveal who it stands for`;
  for (const other of others) {
    const hit = nameIn(entry, namesOf(other.realName, other.aliases));
    if (hit) {
      return `${hit.field}: "${hit.value}" contains "${hit.found}", a name of another registered person (${other.pseudonym}), `
        + `so it would be shown as "${other.pseudonym}" to panel members and in the published edition; choose another ${label(hit.field)}`;
    }
  }
  const fields: [string, Pseudonymiser][] = [
    ['realName', namesOf(entry.realName, [])],
    ...entry.aliases.map((alias, i): [string, Pseudonymiser] => [`aliases[${i}]`, buildPseudonymiser([{ text: alias, replacement: '' }])]),
  ];
  for (const other of others) {
    for (const [field, names] of fields) {
      const hit = nameIn(other, names);
      if (hit) {
        return `${field}: "${hit.found}" is also in the ${label(hit.field)} "${hit.value}" of another entry, where it would be replaced `
          + `in what panel members and the published edition read; give that entry another ${label(hit.field)} first`;
      }
    }
  }
  return null;
}

const label = (field: string) => (field === 'roleCode' ? 'role code' : 'pseudonym');
