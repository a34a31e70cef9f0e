import type { Edition } from '../../../templates/model';

/** The registry fields naming needs. */
export interface NamedPerson {
  kind: string;
  realName: string;
  pseudonym: string;
  roleCode: string | null;
}

/** How the edition names a person: real name (with role code for practitioners) or pseudonym / role code only. */
export function personName(p: NamedPerson, edition: Edition): string {
  if (edition === 'published') return p.kind === 'practitioner' ? p.roleCode ?? p.pseudonym : p.pseudonym;
  return p.kind === 'practitioner' && p.roleCode ? `${p.realName} (${p.roleCode})` : p.realName;
}

/** How the edition names the subject child: the child's real name or pseudonym, or "the child" when none is registered. */
export function childName(people: readonly NamedPerson[], edition: Edition): string {
  const child = people.find((p) => p.kind === 'child');
  if (!child) return 'the child';
  return edition === 'published' ? child.pseudonym : child.realName;
}

/** A reference with a zero-padded number wide enough for the whole list: C-001 … C-2000. */
export function reference(prefix: string, index: number, count: number, minWidth: number): string {
  return `${prefix}${String(index + 1).padStart(Math.max(minWidth, String(count).length), '0')}`;
}
