import type { PersonKind } from '../../schema/contracts/enums';

/** Existing pseudonyms and role codes in one investigation. */
export interface TakenNames { pseudonyms: Set<string>; roleCodes: Set<string> }

const KNOWN_ROLES: [RegExp, string, string][] = [
  [/social\s*worker/i, 'SW', 'Social Worker'],
  [/health\s*visitor/i, 'HV', 'Health Visitor'],
  [/\bgp\b|general\s*practi/i, 'GP', 'GP'],
  [/midwife/i, 'MW', 'Midwife'],
  [/police|constable|officer|detective/i, 'PC', 'Police Officer'],
  [/teacher|head\s*teacher|headteacher/i, 'TE', 'Teacher'],
  [/safeguarding\s*lead|dsl/i, 'DSL', 'Designated Safeguarding Lead'],
  [/school\s*nurse/i, 'SN', 'School Nurse'],
  [/nurse/i, 'NU', 'Nurse'],
  [/paediatrician|doctor|consultant/i, 'DR', 'Doctor'],
  [/team\s*manager|manager/i, 'TM', 'Team Manager'],
  [/housing/i, 'HO', 'Housing Officer'],
  [/probation/i, 'PO', 'Probation Officer'],
  [/family\s*support/i, 'FSW', 'Family Support Worker'],
];

const RELATIONSHIPS = ['mother', 'father', 'stepfather', 'stepmother', "mother's partner", "father's partner", 'grandmother', 'grandfather', 'aunt', 'uncle'];

function firstFree(base: string, taken: Set<string>, numbered: boolean): string {
  if (!numbered && !taken.has(base)) return base;
  for (let n = numbered ? 1 : 2; ; n++) {
    const candidate = `${base} ${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

function letterCode(n: number): string {
  let s = '';
  for (let k = n; k >= 0; k = Math.floor(k / 26) - 1) s = String.fromCharCode(65 + (k % 26)) + s;
  return s;
}

/** Suggests a pseudonym and role code that are free in the investigation (DOMAIN.md §9). */
export function suggestPseudonym(kind: PersonKind, relationship: string, jobTitle: string, taken: TakenNames) {
  if (kind === 'child') {
    for (let n = 0; ; n++) {
      const candidate = `Child ${letterCode(n)}`;
      if (!taken.pseudonyms.has(candidate)) return { pseudonym: candidate, roleCode: null };
    }
  }
  if (kind === 'family_member') {
    const rel = relationship.trim().toLowerCase();
    if (/sibling|brother|sister/.test(rel)) return { pseudonym: firstFree('Sibling', taken.pseudonyms, true), roleCode: null };
    const known = RELATIONSHIPS.find((r) => r === rel);
    if (known) return { pseudonym: firstFree(known[0]!.toUpperCase() + known.slice(1), taken.pseudonyms, false), roleCode: null };
    return { pseudonym: firstFree('Family member', taken.pseudonyms, true), roleCode: null };
  }
  if (kind === 'practitioner') {
    const [, prefix, title] = KNOWN_ROLES.find(([re]) => re.test(jobTitle)) ?? [null, 'PR', 'Practitioner'];
    for (let n = 1; ; n++) {
      const code = `${prefix}${n}`;
      const pseudonym = `${title} ${n}`;
      if (!taken.roleCodes.has(code) && !taken.pseudonyms.has(pseudonym)) return { pseudonym, roleCode: code };
    }
  }
  return { pseudonym: firstFree('Adult', taken.pseudonyms, true), roleCode: null };
}
