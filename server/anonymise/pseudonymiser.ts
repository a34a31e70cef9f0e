import { commonWordNames, foldName, insideOpaqueId, monthNames, titles } from './normalise';

/** A registered piece of identifying text and what replaces it. */
export interface Term {
  text: string;
  replacement: string;
}

/** One occurrence of a registered term found in text. */
export interface TermMatch {
  start: number;
  end: number;
  found: string;
  replacement: string;
}

/** Replaces registered names in text in one pass; see README "Pseudonymisation rules". */
export interface Pseudonymiser {
  replace(text: string): string;
  find(text: string): TermMatch[];
}

const WORD = /[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*/gu;
const AMBIGUOUS = '[name withheld]';

/**
 * Builds a pseudonymiser from terms. Multi-word terms match whole; a term registered to two different
 * replacements (a shared surname) is replaced with a neutral placeholder.
 */
export function buildPseudonymiser(terms: readonly Term[]): Pseudonymiser {
  const table = new Map<string, string>();
  let maxWords = 1;
  for (const term of terms) {
    const words = term.text.match(WORD);
    if (!words || words.length === 0) continue;
    const key = words.map(foldName).join(' ');
    if (key.length < 2) continue;
    maxWords = Math.max(maxWords, words.length);
    const existing = table.get(key);
    table.set(key, existing && existing !== term.replacement ? AMBIGUOUS : term.replacement);
  }
  const find = (text: string) => (table.size === 0 ? [] : scan(text.normalize('NFC'), table, maxWords));
  return {
    find,
    replace(text) {
      const normalised = text.normalize('NFC');
      const matches = find(normalised);
      if (matches.length === 0) return normalised;
      let out = '';
      let at = 0;
      for (const m of matches) {
        out += normalised.slice(at, m.start) + m.replacement;
        at = m.end;
      }
      return out + normalised.slice(at);
    },
  };
}

interface Token { start: number; end: number; text: string; folded: string }

const foldCache = new Map<string, string>();
/** foldName with a bounded cache: case text repeats the same words, and folding (NFD and mark stripping) is the hot path. */
function fold(word: string): string {
  let folded = foldCache.get(word);
  if (folded === undefined) {
    if (foldCache.size > 100_000) foldCache.clear();
    folded = foldName(word);
    foldCache.set(word, folded);
  }
  return folded;
}

const firstWordsOf = new WeakMap<Map<string, string>, Set<string>>();
/** The first word of every key: a run can only match when its first token is one of them (or, alone, a possessive of one). */
function firstWords(table: Map<string, string>): Set<string> {
  let set = firstWordsOf.get(table);
  if (!set) {
    set = new Set([...table.keys()].map((k) => k.split(' ')[0]!));
    firstWordsOf.set(table, set);
  }
  return set;
}

function mayStart(folded: string, starts: Set<string>): boolean {
  if (starts.has(folded)) return true;
  if (!folded.endsWith('s')) return false;
  return starts.has(folded.slice(0, -1)) || (folded.endsWith("'s") && starts.has(folded.slice(0, -2)));
}

function scan(text: string, table: Map<string, string>, maxWords: number): TermMatch[] {
  const inId = insideOpaqueId(text);
  const starts = firstWords(table);
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    if (inId(m.index)) continue;
    const folded = fold(m[0]);
    if (!m[0].includes('-') || [folded, folded.replace(/'s$/, ''), folded.replace(/s$/, '')].some((k) => table.has(k))) {
      tokens.push({ start: m.index, end: m.index + m[0].length, text: m[0], folded });
      continue;
    }
    // "Zoe-Louise", "the Thornbury-Fowler household": each half of an unregistered compound is checked alone.
    let at = m.index;
    for (const part of m[0].split('-')) {
      tokens.push({ start: at, end: at + part.length, text: part, folded: fold(part) });
      at += part.length + 1;
    }
  }
  const out: TermMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!mayStart(tokens[i]!.folded, starts)) { i += 1; continue; }
    const hit = longestMatch(text, tokens, i, table, maxWords);
    if (!hit) { i += 1; continue; }
    const start = leadingStart(text, tokens, i);
    out.push({ start, end: hit.end, found: text.slice(start, hit.end), replacement: hit.replacement });
    i = hit.next;
  }
  return out;
}

function longestMatch(text: string, tokens: Token[], i: number, table: Map<string, string>, maxWords: number) {
  for (let n = Math.min(maxWords, tokens.length - i); n >= 1; n--) {
    const run = tokens.slice(i, i + n);
    if (!separatedBySpaces(text, run)) continue;
    const last = run[run.length - 1]!;
    const key = run.map((t) => t.folded).join(' ');
    const direct = table.get(key);
    if (direct !== undefined && acceptable(text, run, key)) {
      return { end: last.end, replacement: direct, next: i + n };
    }
    const possessive = /^(.*)'s$/.exec(key);
    const owner = possessive?.[1] ? table.get(possessive[1]) : undefined;
    if (owner !== undefined && acceptable(text, run, possessive![1]!)) {
      return { end: last.end, replacement: `${owner}${last.text.at(-2)}s`, next: i + n };
    }
    // "Kayleighs flat", "the Thornburys": a possessive without its apostrophe, or a plural surname.
    const plain = /^(.*[^'])s$/.exec(key)?.[1];
    const base = plain && plain.length >= 3 && !commonWordNames.has(plain.split(' ').at(-1)!) ? table.get(plain) : undefined;
    if (base !== undefined && acceptable(text, run, plain!)) {
      return { end: last.end, replacement: base, next: i + n };
    }
  }
  return undefined;
}

/** A name that is also an ordinary word is taken as a name only when capitalised, and a month next to a number is a date. */
function acceptable(text: string, run: Token[], key: string): boolean {
  if (run.length > 1) return true;
  const token = run[0]!;
  if (monthNames.has(key) && (/(?<!\d)\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?[\s,.]*$/i.test(text.slice(Math.max(0, token.start - 10), token.start))
    || /^(?:'s)?[\s,.]*\d/.test(text.slice(token.end, token.end + 8)))) return false;
  if (!commonWordNames.has(key)) return true;
  const first = token.text[0] ?? '';
  if (first === first.toLowerCase()) return false;
  // "Mark the date", "Will this help", "Hope it helps": a sentence opening with the word as a verb.
  const atSentenceStart = /(?:^|[.!?:;]\s+|\n\s*)$/.test(text.slice(Math.max(0, token.start - 3), token.start));
  const next = /^\s+([a-z]+)\b/.exec(text.slice(token.end, token.end + 12))?.[1];
  return !(atSentenceStart && next !== undefined && VERB_FOLLOWERS.has(next));
}

/** Words that follow a common-word name used as a verb at the start of a sentence ("Mark the date", "Will it …"). */
const VERB_FOLLOWERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'them', 'your', 'our', 'their', 'all', 'each', 'every', 'any', 'you', 'we', 'they', 'there', 'not']);

function separatedBySpaces(text: string, run: Token[]): boolean {
  for (let k = 1; k < run.length; k++) {
    if (!/^\s+$/.test(text.slice(run[k - 1]!.end, run[k]!.start))) return false;
  }
  return true;
}

/** Extends a match back over initials and a courtesy title: "Ms K. Smith", "J. R. Smith", "Mr. Smith". */
function leadingStart(text: string, tokens: Token[], i: number): number {
  const joins = (j: number) => /^\.?\s+$/.test(text.slice(tokens[j]!.end, tokens[j + 1]!.start));
  let start = tokens[i]!.start;
  let j = i - 1;
  for (let initials = 0; initials < 3 && j >= 0 && /^\p{Lu}$/u.test(tokens[j]!.text) && joins(j); initials++, j--) {
    start = tokens[j]!.start;
  }
  if (j >= 0 && titles.has(tokens[j]!.folded) && joins(j)) start = tokens[j]!.start;
  return start;
}
