import { foldName, titles } from '../anonymise/normalise';

/** The registry fields that identify a person, for telling a person from an organisation. */
export interface RegisteredPerson {
  realName: string;
  aliases: readonly string[];
  pseudonym: string;
  roleCode: string | null;
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Letters that carry no combining accent, so case-and-accent folding leaves them alone ("Łukasz"). */
const LETTERS: Record<string, string> = { 'ł': 'l', 'ø': 'o', 'đ': 'd', 'ħ': 'h', 'ı': 'i', 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'þ': 'th' };

/** Folded words of a text, possessive endings dropped: "Mr FOWLER's" -> ["mr", "fowler"]. */
function words(text: string): string[] {
  const folded = foldName(text).replace(/[łøđħıßæœþ]/g, (c) => LETTERS[c]!);
  return (folded.match(WORD) ?? []).map((w) => w.replace(/'s$/, ''));
}

const isTitle = (w: string) => titles.has(w);
const isInitial = (w: string) => w.length === 1;

/** Drops a leading courtesy title and initials: "mr d fowler" -> "fowler". */
function withoutTitle(ws: string[]): string[] {
  let i = 0;
  if (i < ws.length && isTitle(ws[i]!)) i += 1;
  while (i < ws.length - 1 && isInitial(ws[i]!)) i += 1;
  return ws.slice(i);
}

function containsRun(haystack: string[], needle: string[]): boolean {
  if (needle.length === 0 || needle.length > haystack.length) return false;
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let k = 0; k < needle.length; k++) if (haystack[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

/** A title followed (after optional initials) by one of the given names, anywhere: "… attention of Dr H. Okafor". */
function titledName(ws: string[], names: Set<string>): boolean {
  for (let i = 0; i < ws.length; i++) {
    if (!isTitle(ws[i]!)) continue;
    let j = i + 1;
    while (j < ws.length - 1 && isInitial(ws[j]!)) j += 1;
    if (j < ws.length && names.has(ws[j]!)) return true;
  }
  return false;
}

/**
 * True when an addressee names a registered person rather than an organisation: the whole name is a
 * person's real name, one of its parts, an alias, pseudonym or role code (any case, with or without a
 * title such as "Mr"), or it contains a full name, a several-word alias or pseudonym, a role code, or a
 * title followed by a name.
 */
export function namesRegisteredPerson(addressee: string, people: readonly RegisteredPerson[]): boolean {
  const all = words(addressee);
  if (all.length === 0) return false;
  const core = withoutTitle(all).join(' ');
  for (const p of people) {
    const full = words(p.realName).filter((w) => !isTitle(w));
    const parts = full.filter((w) => w.length >= 2);
    const aliases = p.aliases.map(words).filter((a) => a.length > 0);
    const pseudonym = words(p.pseudonym);
    const code = p.roleCode ? words(p.roleCode) : [];
    const exact = [full, ...parts.map((w) => [w]), ...aliases, pseudonym, code].filter((t) => t.length > 0).map((t) => t.join(' '));
    if (exact.includes(core) || exact.includes(all.join(' '))) return true;
    const runs = [full, ...aliases, pseudonym].filter((t) => t.length > 1);
    if (runs.some((r) => containsRun(all, r))) return true;
    if (code.length > 0 && containsRun(all, code)) return true;
    const single = new Set([...parts, ...aliases.filter((a) => a.length === 1).map((a) => a[0]!)]);
    if (titledName(all, single)) return true;
  }
  return false;
}
