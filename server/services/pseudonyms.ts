import type { PersonKind } from '../../schema/contracts/enums';

/** Existing pseudonyms and role codes in one investigation, in lower case. */
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

/** How relationships are written in records, and the pseudonym each gets (DOMAIN.md §9); the first match wins. */
const RELATIONSHIPS: [RegExp, string, boolean][] = [
  [/\b(?:mum|mom|mummy|mam|mother)(?:'?s)?\s+(?:partner|boyfriend|girlfriend|husband|wife)\b/, "Mother's partner", false],
  [/\b(?:dad|daddy|father)(?:'?s)?\s+(?:partner|boyfriend|girlfriend|husband|wife)\b/, "Father's partner", false],
  [/\bstep[-\s]?(?:father|dad)\b/, 'Stepfather', false],
  [/\bstep[-\s]?(?:mother|mum|mom)\b/, 'Stepmother', false],
  [/\bgrand(?:mother|ma|mum|mom)\b|\bnan(?:a|na|ny)?\b|\bgran(?:ny)?\b/, 'Grandmother', false],
  [/\bgrand(?:father|pa|dad)\b|\bgrandad\b/, 'Grandfather', false],
  [/sibling|brother|sister/, 'Sibling', true],
  [/\b(?:mum|mom|mummy|mam|mother)\b/, 'Mother', false],
  [/\b(?:dad|daddy|father)\b/, 'Father', false],
  [/\baunt(?:ie|y)?\b/, 'Aunt', false],
  [/\buncle\b/, 'Uncle', false],
  [/\bcousin\b/, 'Cousin', true],
];

/** The first free name: "Base", then "Base 2", … or, when numbered, "Base 1", "Base 2", … (taken names are compared ignoring case). */
function firstFree(base: string, taken: Set<string>, numbered: boolean): string {
  if (!numbered && !taken.has(base.toLowerCase())) return base;
  for (let n = numbered ? 1 : 2; ; n++) {
    const candidate = `${base} ${n}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
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
      if (!taken.pseudonyms.has(candidate.toLowerCase())) return { pseudonym: candidate, roleCode: null };
    }
  }
  if (kind === 'family_member') {
    const rel = relationship.trim().toLowerCase().replace(/[’‘]/g, "'");
    const [, base, numbered] = RELATIONSHIPS.find(([re]) => re.test(rel)) ?? [null, 'Family member', true];
    return { pseudonym: firstFree(base, taken.pseudonyms, numbered), roleCode: null };
  }
  if (kind === 'practitioner') {
    const [, prefix, title] = KNOWN_ROLES.find(([re]) => re.test(jobTitle)) ?? [null, 'PR', 'Practitioner'];
    for (let n = 1; ; n++) {
      const code = `${prefix}${n}`;
      const pseudonym = `${title} ${n}`;
      if (!taken.roleCodes.has(code.toLowerCase()) && !taken.pseudonyms.has(pseudonym.toLowerCase())) return { pseudonym, roleCode: code };
    }
  }
  return { pseudonym: firstFree('Adult', taken.pseudonyms, true), roleCode: null };
}
