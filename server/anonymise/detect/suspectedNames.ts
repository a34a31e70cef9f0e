import { dropInvisible, findOnVisible, hasInvisible } from '../invisible';
import { foldName, titles } from '../normalise';
import { commonCapitalisedWords } from './commonWords';

/** A capitalised word that may be the name of a person not in the registry. */
export interface SuspectedName { start: number; end: number; found: string; key: string }

/** What the detector knows besides its dictionary: words seen written in lower case, pseudonyms, role codes, agency names. */
export interface NameVocabulary {
  /** Folded words that are ordinary vocabulary for this text (never flagged). */
  known: ReadonlySet<string>;
}

const WORD = /[\p{L}][\p{L}\p{M}'’-]*/gu;
const SENTENCE_START = /(?:^|[.!?:;•\n]\s*|[.!?]["'”’)]\s*|^["'“‘(]\s*)$/u;

/** Keys of words already folded: a case file repeats its words, and folding (Unicode decomposition) is the cost. */
const keys = new Map<string, string>();
const MAX_KEYS = 100_000;

/** The word without a possessive ending, folded: "Bramble's" → "bramble". */
export function nameKey(word: string): string {
  let key = keys.get(word);
  if (key === undefined) {
    key = foldName(word).replace(/['’]s$/, '').replace(/['’]$/, '');
    if (keys.size >= MAX_KEYS) keys.clear();
    keys.set(word, key);
  }
  return key;
}

/** Collects the words a corpus writes in lower case somewhere: such a word is ordinary vocabulary, not a name. */
export function lowerCaseVocabulary(texts: Iterable<string>): Set<string> {
  const out = new Set<string>();
  const seen = new Set<string>();
  for (const text of texts) {
    // A report model repeats many strings whole (dates, kinds, sources); each is read once.
    if (seen.has(text)) continue;
    seen.add(text);
    for (const m of dropInvisible(text).matchAll(WORD)) {
      if (m[0][0] === m[0][0]!.toLowerCase()) out.add(nameKey(m[0]));
    }
  }
  return out;
}

/**
 * Finds capitalised words that look like names of people not in the registry: a Titlecase word of three or more
 * letters that is not in the dictionary or the vocabulary, either not at the start of a sentence or straight after a
 * courtesy title ("Dr Okafor"). All-capital words (acronyms) are not flagged. Words are read as they show, through
 * characters that print as nothing; `skip` is given offsets into the text as passed.
 */
export function findSuspectedNames(text: string, vocabulary: NameVocabulary, skip: (start: number, end: number) => boolean = () => false): SuspectedName[] {
  if (!hasInvisible(text)) return findVisibleNames(text, vocabulary, skip);
  // skip is asked about spans of the visible text: keep every candidate, then ask it about the spans mapped back.
  return findOnVisible(text, (visible) => findVisibleNames(visible, vocabulary, () => false))
    .filter((s) => !skip(s.start, s.end)).map((s) => ({ ...s, found: s.found.replace(/['’]s$/, '') }));
}

function findVisibleNames(text: string, vocabulary: NameVocabulary, skip: (start: number, end: number) => boolean): SuspectedName[] {
  const out: SuspectedName[] = [];
  let previous: { end: number; key: string } | null = null;
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    const start = m.index;
    const end = start + word.length;
    const key = nameKey(word);
    const afterTitle = previous !== null && titles.has(previous.key) && /^\.?\s+$/.test(text.slice(previous.end, start));
    previous = { end, key };
    if (!/^\p{Lu}\p{Ll}/u.test(word) || key.replace(/[^a-z]/g, '').length < 3) continue;
    if (commonCapitalisedWords.has(key) || vocabulary.known.has(key) || titles.has(key)) continue;
    if (key.split('-').every((part) => commonCapitalisedWords.has(part) || vocabulary.known.has(part))) continue;
    if (!afterTitle && SENTENCE_START.test(text.slice(Math.max(0, start - 4), start))) continue;
    if (skip(start, end)) continue;
    out.push({ start, end, found: word.replace(/['’]s$/, ''), key });
  }
  return out;
}
