/** Words too common in chronologies to say two entries are about the same occasion. */
const STOP = new Set(('a an and are as at be been by for from had has have he her his in into is it its of on or she that the their '
  + 'them they this to was were which who with about between regarding re child childs would will not no yes than then there '
  + 'also after before during over under up out per via').split(' '));

const WORD = /[\p{L}\p{N}]+/gu;

/** Letters that Unicode does not decompose but people type without their marks ("Łukasz" as "Lukasz"). */
const PLAIN: Record<string, string> = { ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ß: 'ss', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ı: 'i' };

/** Removes accents and marks so "Zoë", "Zoe" and "ZOE" compare equal once lower-cased. */
export function foldAccents(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[łŁøØđĐßæÆœŒı]/g, (c) => PLAIN[c]!);
}

/** The content words of an entry: lower-case, accents folded, common words dropped, a plural "s" trimmed. */
export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  const words = foldAccents(text).toLowerCase().match(WORD) ?? [];
  for (const w of words) {
    if (w.length < 2 || STOP.has(w)) continue;
    out.add(w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);
  }
  return out;
}

/** Token-set similarity (Dice coefficient) of two word sets: 1 for the same words, 0 for none shared. */
export function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** Text as compared for duplicates: Unicode-normalised, lower-case, whitespace collapsed. */
export function normaliseText(text: string): string {
  if (isPlainAscii(text)) return text.toLowerCase();
  const folded = ASCII.test(text) ? text : text.normalize('NFKC');
  return folded.toLowerCase().replace(/\s+/g, ' ').trim();
}

const ASCII = /^[\x00-\x7f]*$/;

/** ASCII with single spaces between words and none at the ends: nothing to normalise but case (the common entry). */
function isPlainAscii(text: string): boolean {
  let previous = 32;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 127 || (c >= 9 && c <= 13) || (c === 32 && previous === 32)) return false;
    previous = c;
  }
  return previous !== 32;
}
