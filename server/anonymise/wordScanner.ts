import { opaqueIdSpans, withinSpans } from './normalise';

/**
 * Walks text once, word by word, with the word boundaries of pseudonymiser.ts (runs of letters and combining marks,
 * joined by single hyphens or apostrophes of any style) but without a regex or a string per word: for a plain ASCII word it keeps a
 * running hash of the lower-case form (and of that form less its last one and two characters), so the caller can rule
 * most words out before slicing or folding anything.
 */
export class WordScanner {
  /** Offsets of the word last read. */
  start = 0;
  end = 0;
  /** Whether the word last read is ASCII letters and ASCII apostrophes only (no hyphen): then the hashes below hold. */
  plain = false;
  /** Hash of the lower-case word, of the word less its last character, and less its last two. */
  hash = 0;
  hashLess1 = 0;
  hashLess2 = 0;
  /** The last two characters of the word, lower-cased (0 when shorter). */
  last = 0;
  beforeLast = 0;
  private at = 0;

  constructor(readonly text: string) {}

  /** Reads the next word; false at the end of the text. */
  next(): boolean {
    const text = this.text;
    const n = text.length;
    let i = this.at;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x80 ? ASCII_LETTER[c] === 1 : wordCharWidth(text, i) > 0) break;
    }
    if (i >= n) {
      this.at = n;
      return false;
    }
    this.start = i;
    let h = HASH_SEED;
    let h1 = 0;
    let h2 = 0;
    let last = 0;
    let beforeLast = 0;
    let plain = true;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c < 0x80 && ASCII_LETTER[c] === 1) {
        const lower = c | 0x20;
        h2 = h1; h1 = h; h = Math.imul(h ^ lower, HASH_PRIME);
        beforeLast = last; last = lower;
        i += 1;
        continue;
      }
      const width = c < 0x80 ? 0 : wordCharWidth(text, i);
      if (width > 0) {
        plain = false;
        i += width;
        continue;
      }
      if (isJoiner(c) && i + 1 < n && wordCharWidth(text, i + 1) > 0) {
        if (c !== APOSTROPHE) plain = false;
        h2 = h1; h1 = h; h = Math.imul(h ^ c, HASH_PRIME);
        beforeLast = last; last = c;
        i += 1;
        continue;
      }
      break;
    }
    this.end = i;
    this.at = i;
    this.plain = plain;
    this.hash = h; this.hashLess1 = h1; this.hashLess2 = h2;
    this.last = last; this.beforeLast = beforeLast;
    return true;
  }
}

const HASH_SEED = 0x811c9dc5 | 0;
const HASH_PRIME = 0x01000193;
const HYPHEN = 0x2d;
const APOSTROPHE = 0x27;
/** A hyphen, or a character written for an apostrophe inside a name: ' ’ ‘ ` ´ ("O’Brien", "O`Brien"). */
const isJoiner = (c: number) => c === HYPHEN || c === APOSTROPHE || c === 0x2019 || c === 0x2018 || c === 0x60 || c === 0xb4;
const LOWER_S = 0x73;

const ASCII_LETTER = new Uint8Array(128);
for (let c = 0x41; c <= 0x5a; c++) { ASCII_LETTER[c] = 1; ASCII_LETTER[c | 0x20] = 1; }

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const bmpWordChar = new Uint8Array(0x10000); // 0 not yet known, 1 letter or mark, 2 neither

/** Width in UTF-16 units of the letter or combining mark at i, or 0 when there is none. */
function wordCharWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return ASCII_LETTER[c] === 1 ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const cp = text.codePointAt(i)!;
    return cp > 0xffff && LETTER_OR_MARK.test(String.fromCodePoint(cp)) ? 2 : 0;
  }
  let known = bmpWordChar[c];
  if (known === 0) {
    known = LETTER_OR_MARK.test(String.fromCharCode(c)) ? 1 : 2;
    bmpWordChar[c] = known;
  }
  return known === 1 ? 1 : 0;
}

/** The scanner's hash of a (folded) word. */
function hashOf(word: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), HASH_PRIME);
  return h;
}

const SLOTS = 1 << 22;
const slot = (h: number) => (h ^ (h >>> 15)) & (SLOTS - 1);

/** A bit set of the folded words a term can start with: a plain word none of whose forms is in it starts nothing. */
export class StartFilter {
  private readonly bits = new Int32Array(SLOTS >>> 5);

  constructor(words: Iterable<string>) {
    for (const word of words) {
      const s = slot(hashOf(word));
      this.bits[s >>> 5]! |= 1 << (s & 31);
    }
  }

  private has(h: number): boolean {
    const s = slot(h);
    return (this.bits[s >>> 5]! & (1 << (s & 31))) !== 0;
  }

  /** For a plain word just read: whether it, or it less a final "s" or "'s" (possessive, plural), may start a term. */
  mayStart(scanner: WordScanner): boolean {
    if (this.has(scanner.hash)) return true;
    if (scanner.last !== LOWER_S) return false;
    return this.has(scanner.hashLess1) || (scanner.beforeLast === APOSTROPHE && this.has(scanner.hashLess2));
  }
}

const isHexOrHyphen = (c: number) => (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x66) || c === HYPHEN;

/**
 * Tells whether a word starting at an offset lies inside a UUID or hex digest. Most words are ruled out by looking at
 * the 32 characters either side; the document's spans are found (once) only when a word sits in a long enough hex run.
 */
export function opaqueIdTest(text: string): (start: number) => boolean {
  let spans: [number, number][] | null = null;
  return (start) => {
    const c = text.charCodeAt(start);
    if (!((c | 0x20) >= 0x61 && (c | 0x20) <= 0x66)) return false;
    let from = start;
    let to = start;
    while (from > 0 && start - from < 32 && isHexOrHyphen(text.charCodeAt(from - 1))) from--;
    while (to < text.length && to - from < 32 && isHexOrHyphen(text.charCodeAt(to))) to++;
    if (to - from < 32) return false;
    spans ??= opaqueIdSpans(text);
    return withinSpans(spans, start);
  };
}
