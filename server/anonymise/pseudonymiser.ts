import { commonWordNames, foldName, titles } from './normalise';

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

function scan(text: string, table: Map<string, string>, maxWords: number): TermMatch[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    tokens.push({ start: m.index, end: m.index + m[0].length, text: m[0], folded: foldName(m[0]) });
  }
  const out: TermMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    const hit = longestMatch(text, tokens, i, table, maxWords);
    if (!hit) { i += 1; continue; }
    const first = tokens[i]!;
    const start = titleStart(text, tokens, i) ?? first.start;
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
    if (direct !== undefined && acceptable(run, key)) {
      return { end: last.end, replacement: direct, next: i + n };
    }
    const possessive = /^(.*)'s$/.exec(key);
    if (possessive && possessive[1]) {
      const base = table.get(possessive[1]);
      if (base !== undefined && acceptable(run, possessive[1])) {
        const suffix = last.text.slice(-2);
        return { end: last.end, replacement: base + suffix, next: i + n };
      }
    }
  }
  return undefined;
}

/** A name that is also an ordinary word is taken as a name only when capitalised. */
function acceptable(run: Token[], key: string): boolean {
  if (run.length > 1 || !commonWordNames.has(key)) return true;
  const first = run[0]!.text[0] ?? '';
  return first !== first.toLowerCase();
}

function separatedBySpaces(text: string, run: Token[]): boolean {
  for (let k = 1; k < run.length; k++) {
    if (!/^\s+$/.test(text.slice(run[k - 1]!.end, run[k]!.start))) return false;
  }
  return true;
}

/** Extends a match back over a title and an initial: "Ms K. Smith". */
function titleStart(text: string, tokens: Token[], i: number): number | undefined {
  let j = i - 1;
  let start: number | undefined;
  const gap = (a: Token, b: number) => text.slice(a.end, b);
  if (j >= 0 && tokens[j]!.text.length === 1 && /^\.?\s+$/.test(gap(tokens[j]!, tokens[j + 1]!.start))) j -= 1;
  if (j >= 0 && titles.has(tokens[j]!.folded) && /^\.?\s+(?:\p{Lu}\.?\s+)?$/u.test(gap(tokens[j]!, tokens[i]!.start))) {
    start = tokens[j]!.start;
  }
  return start;
}
