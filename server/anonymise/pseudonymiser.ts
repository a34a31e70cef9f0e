import { dropInvisible, findOnVisible } from './invisible';
import { foldName } from './normalise';
import { addProtectedTerms } from './protectedTerms';
import { replaceSpans } from './replaceSpans';
import { leadingStart, longestMatch, type TermHit, type TermTable, type Token } from './termMatch';
import { RecentWords, TokenQueue } from './scanState';
import { StartFilter, WordScanner, opaqueIdTest } from './wordScanner';

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

/** A word of a term: letters and marks, joined by single hyphens or apostrophes of any style (as wordScanner.ts reads text). */
const WORD = /[\p{L}\p{M}]+(?:[-'’‘`´][\p{L}\p{M}]+)*/gu;
const AMBIGUOUS = '[name withheld]';

/** What the scan needs from the registered terms. */
interface Terms {
  table: TermTable;
  maxWords: number;
  /** First words of the keys, exactly and as a bit set for plain words. */
  starts: Set<string>;
  filter: StartFilter;
  /** Hyphenated words that appear in multi-word keys ("Mary-Jane Smith"): kept whole so the longer key can match. */
  compounds: Set<string>;
}

/**
 * Builds a pseudonymiser from terms. Multi-word terms match whole; a term registered to two different
 * replacements (a shared surname) is replaced with a neutral placeholder. Protected names (agencies) are matched like
 * terms but left as written, so the longer agency name wins over a name inside it (see protectedTerms.ts). Text is
 * matched as it reads: characters that print as nothing inside a name are matched through and replaced with it.
 */
export function buildPseudonymiser(terms: readonly Term[], protectedNames: readonly string[] = []): Pseudonymiser {
  const table = new Map<string, string | null>();
  const compounds = new Set<string>();
  let maxWords = 1;
  const keyOf = (text: string) => {
    const words = dropInvisible(text).match(WORD);
    if (!words || words.length === 0) return undefined;
    const folded = words.map(foldName);
    maxWords = Math.max(maxWords, words.length);
    if (words.length > 1) for (const w of folded) if (w.includes('-')) compounds.add(w);
    return folded.join(' ');
  };
  for (const term of terms) {
    const key = keyOf(term.text);
    if (key === undefined || key.length < 2) continue;
    const existing = table.get(key);
    table.set(key, existing && existing !== term.replacement ? AMBIGUOUS : term.replacement);
  }
  addProtectedTerms(table, protectedNames.flatMap((name) => keyOf(name) ?? []));
  const starts = new Set([...table.keys()].map((k) => k.split(' ')[0]!));
  const index: Terms = { table, maxWords, starts, filter: new StartFilter(starts), compounds };
  const find = (text: string) => (table.size === 0 ? [] : findOnVisible(text.normalize('NFC'), (visible) => scan(visible, index)));
  return {
    find,
    replace(text) {
      const normalised = text.normalize('NFC');
      return replaceSpans(normalised, find(normalised));
    },
  };
}

const foldCache = new Map<string, string>();
/** foldName with a bounded cache: case text repeats the same words, and folding (NFD and mark stripping) is costly. */
function fold(word: string): string {
  let folded = foldCache.get(word);
  if (folded === undefined) {
    if (foldCache.size > 100_000) foldCache.clear();
    folded = foldName(word);
    foldCache.set(word, folded);
  }
  return folded;
}

const stripped = (folded: string) => [folded, folded.replace(/'s$/, ''), folded.replace(/s$/, '')];

function mayStart(folded: string, starts: Set<string>): boolean {
  if (starts.has(folded)) return true;
  if (!folded.endsWith('s')) return false;
  return starts.has(folded.slice(0, -1)) || (folded.endsWith("'s") && starts.has(folded.slice(0, -2)));
}

/** "Zoe-Louise", "the Thornbury-Fowler household": each half of an unregistered compound is checked alone. */
function parts(token: Token): Token[] {
  const out: Token[] = [];
  let at = token.start;
  for (const part of token.text.split('-')) {
    out.push({ start: at, end: at + part.length, text: part, folded: fold(part) });
    at += part.length + 1;
  }
  return out;
}

/**
 * One pass over the text. Plain words whose hashed forms start no term are skipped without a string being made; the
 * rest become tokens (a hyphenated word split into its halves unless a term names it whole), and at each token that
 * may start a term the longest term is looked up over the next few words. The last words passed are kept for the
 * titles and initials a match takes with it.
 */
function scan(text: string, terms: Terms): TermMatch[] {
  const { table, maxWords, starts, filter, compounds } = terms;
  const scanner = new WordScanner(text);
  const inOpaqueId = opaqueIdTest(text);
  const recent = new RecentWords();
  /** Turns the word the scanner has just read into tokens. */
  const readWord = (queue: TokenQueue) => {
    const { start, end } = scanner;
    if (inOpaqueId(start)) return;
    const word = text.slice(start, end);
    const folded = fold(word);
    if (!word.includes('-') || stripped(folded).some((k) => table.has(k))) queue.push({ start, end, text: word, folded });
    else if (stripped(folded).some((k) => compounds.has(k))) queue.push({ start, end, text: word, folded, splittable: true });
    else for (const part of parts({ start, end, text: word, folded })) queue.push(part);
  };
  /** Skips plain words that start no term, then reads the first other word; false at the end of the text. */
  const skipToCandidate = (queue: TokenQueue): boolean => {
    while (scanner.next()) {
      if (scanner.plain && !filter.mayStart(scanner)) recent.add(scanner.start, scanner.end);
      else { readWord(queue); return true; }
    }
    return false;
  };

  const out: TermMatch[] = [];
  const queue = new TokenQueue();
  const advance = (n: number) => { for (const t of queue.take(n)) recent.add(t.start, t.end); };
  for (;;) {
    if (queue.length === 0 && !skipToCandidate(queue)) break;
    if (queue.length === 0) continue;
    const token = queue.peek(1)[0]!;
    if (!mayStart(token.folded, starts) && !token.splittable) { advance(1); continue; }
    while (queue.length < maxWords && scanner.next()) readWord(queue);
    const hit = bestMatch(text, queue.peek(maxWords), terms);
    if (!hit) {
      if (token.splittable) queue.replaceFront(1, parts(token));
      else advance(1);
      continue;
    }
    if (hit.split) queue.replaceFront(hit.split.replaced, hit.split.tokens);
    if (hit.replacement === null) { advance(hit.words); continue; }
    const start = leadingStart(text, queue.peek(1)[0]!, recent.nearestFirst(), fold, inOpaqueId);
    out.push({ start, end: hit.end, found: text.slice(start, hit.end), replacement: hit.replacement });
    advance(hit.words);
  }
  return out;
}

/** A hit, and when it was found with hyphenated words split: how many tokens to replace with which. */
type BestHit = TermHit & { split?: { replaced: number; tokens: Token[] } };

/**
 * The longest term at tokens[0], with hyphenated words kept whole for a longer term ("Stoke-on-Trent Road") or split
 * into their halves ("Zoë Thornbury" in "Zoë Thornbury-Fowler"), whichever reaches further.
 */
function bestMatch(text: string, tokens: readonly Token[], terms: Terms): BestHit | undefined {
  const { table, maxWords, starts } = terms;
  const whole = mayStart(tokens[0]!.folded, starts) ? longestMatch(text, tokens, table, maxWords) : undefined;
  const last = tokens.findLastIndex((t) => t.splittable);
  if (last < 0) return whole;
  const split = tokens.slice(0, last + 1).flatMap((t) => (t.splittable ? parts(t) : [t]));
  const halves = mayStart(split[0]!.folded, starts) ? longestMatch(text, [...split, ...tokens.slice(last + 1)], table, maxWords) : undefined;
  if (!halves || (whole && whole.end >= halves.end)) return whole;
  return { ...halves, split: { replaced: last + 1, tokens: split } };
}
