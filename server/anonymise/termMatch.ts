import { commonWordNames, monthNames, titles } from './normalise';

/** A word of the text as the matcher sees it; `splittable` marks a hyphenated word kept whole only for a longer term. */
export interface Token { start: number; end: number; text: string; folded: string; splittable?: boolean }

/** The longest term found at the first token: where it ends, its replacement (null: a protected term), and how many tokens it took. */
export interface TermHit { end: number; replacement: string | null; words: number }

/** Folded terms and their replacements, keyed by words joined with single spaces; null marks a protected term, left as written. */
export type TermTable = ReadonlyMap<string, string | null>;

/** Finds the longest registered term starting at tokens[0]: whole, possessive ("Sarah's") or without its apostrophe ("Kayleighs"). */
export function longestMatch(text: string, tokens: readonly Token[], table: TermTable, maxWords: number): TermHit | undefined {
  // A multi-word term is only matched across plain spaces, or a full stop after an abbreviation ("St. Mary's"): stop at the first other gap.
  let words = 1;
  while (words < Math.min(maxWords, tokens.length) && joinsTerm(text, tokens[words - 1]!, tokens[words]!)) words++;
  const keys = [tokens[0]!.folded];
  for (let n = 1; n < words; n++) keys.push(`${keys[n - 1]!} ${tokens[n]!.folded}`);
  for (let n = words; n >= 1; n--) {
    const run = tokens.slice(0, n);
    const last = run[n - 1]!;
    const key = keys[n - 1]!;
    const direct = table.get(key);
    if (direct !== undefined && acceptable(text, run, key)) {
      return { end: last.end, replacement: direct, words: n };
    }
    if (!key.endsWith('s')) continue;
    const owner = key.endsWith("'s") && key.length > 2 ? key.slice(0, -2) : undefined;
    const ownerReplacement = owner === undefined ? undefined : table.get(owner);
    if (ownerReplacement !== undefined && acceptable(text, run, owner!)) {
      return { end: last.end, replacement: ownerReplacement === null ? null : `${ownerReplacement}${last.text.at(-2)}s`, words: n };
    }
    // "Kayleighs flat", "the Thornburys": a possessive without its apostrophe, or a plural surname.
    const plain = owner === undefined && key.length >= 4 ? key.slice(0, -1) : undefined;
    const base = plain && !commonWordNames.has(plain.slice(plain.lastIndexOf(' ') + 1)) ? table.get(plain) : undefined;
    if (base !== undefined && acceptable(text, run, plain!)) {
      return { end: last.end, replacement: base, words: n };
    }
  }
  return undefined;
}

const SPACES = /^\s+$/;
const ABBREVIATION_GAP = /^\.\s+$/;
/** Whether two words may be words of one term: only spaces between them, or a full stop after a word of up to three letters. */
const joinsTerm = (text: string, before: Token, after: Token) => {
  const gap = text.slice(before.end, after.start);
  return SPACES.test(gap) || (before.end - before.start <= 3 && ABBREVIATION_GAP.test(gap));
};

/** A name that is also an ordinary word is taken as a name only when capitalised, and a month next to a number is a date. */
function acceptable(text: string, run: readonly Token[], key: string): boolean {
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

const joins = (text: string, before: { end: number }, after: { start: number }) => /^\.?\s+$/.test(text.slice(before.end, after.start));

/**
 * Extends a match back over initials and a courtesy title: "Ms K. Smith", "J. R. Smith", "Mr. Smith". `before` holds
 * the words just before the match, nearest first; a word inside an opaque id ends the walk.
 */
export function leadingStart(
  text: string, token: { start: number }, before: readonly { start: number; end: number }[],
  fold: (word: string) => string, inOpaqueId: (start: number) => boolean,
): number {
  let start = token.start;
  // Every join ends in whitespace, and no initial or title is longer than six letters: most matches stop here.
  const previous = before[0];
  if (!previous || previous.end - previous.start > 6 || !/\s/.test(text[token.start - 1] ?? '')) return start;
  let next: { start: number } = token;
  let k = 0;
  for (; k < 3 && k < before.length; k++) {
    const word = before[k]!;
    if (!/^\p{Lu}$/u.test(text.slice(word.start, word.end)) || !joins(text, word, next) || inOpaqueId(word.start)) break;
    start = word.start;
    next = word;
  }
  const title = before[k];
  if (title && titles.has(fold(text.slice(title.start, title.end))) && joins(text, title, next) && !inOpaqueId(title.start)) start = title.start;
  return start;
}
