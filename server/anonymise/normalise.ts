/** Letters that carry no combining mark to strip but have a plain spelling in English text ("Łukasz" = "Lukasz"). */
const PLAIN_LETTERS: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', ħ: 'h' };

/** Folds case and accents so "Zoë", "ZOE" and "zoe" compare equal. */
export function foldName(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase()
    .replace(/[łøđðþßæœıħ]/g, (c) => PLAIN_LETTERS[c]!)
    .replace(/[’‘`´ʼ]/g, "'");
}

/** Month names that are also given names: next to a number they are a date ("May 2023", "3 April"), not a name. */
export const monthNames = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/** Words that are also given names or surnames: such a name is matched only when written with a capital. */
export const commonWordNames = new Set([
  'hope', 'grace', 'mark', 'will', 'faith', 'joy', 'rose', 'may', 'june', 'april', 'summer', 'dawn', 'bill',
  'pat', 'sue', 'rob', 'jack', 'frank', 'sky', 'ivy', 'amber', 'ruby', 'daisy', 'holly', 'lily', 'violet',
  'iris', 'hazel', 'heather', 'robin', 'rich', 'guy', 'drew', 'chase', 'hunter', 'mason', 'baker', 'taylor',
  'cook', 'brown', 'green', 'white', 'black', 'young', 'king', 'hill', 'wood', 'ward', 'lane', 'long', 'bell',
  'page', 'rice', 'day', 'field', 'hall', 'park', 'price', 'stone', 'moss', 'fox', 'bird', 'lamb', 'hunt',
  'storm', 'river', 'brook', 'penny', 'sunny', 'honey', 'star', 'destiny', 'harmony', 'liberty', 'patience',
  'unity', 'charity', 'mercy', 'carol', 'norman', 'dean', 'chance', 'miles', 'august', 'major', 'earl',
  'sterling', 'price', 'noble', 'gay', 'ray', 'art', 'don', 'ken', 'jay', 'kit', 'van', 'wade', 'reed',
]);

/** Courtesy titles that may precede a name ("Mr Smith", "Ms K. Smith"). */
export const titles = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'master', 'sir', 'dame', 'prof', 'rev']);

const OPAQUE_IDS = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|(?<![0-9a-z])[0-9a-f]{32,}(?![0-9a-z])/gi;

/** The UUIDs and hex digests in text as sorted [start, end) spans. */
export function opaqueIdSpans(text: string): [number, number][] {
  if (!/[0-9a-f]{8}/i.test(text)) return [];
  return [...text.matchAll(OPAQUE_IDS)].map((m) => [m.index, m.index + m[0].length]);
}

/** Whether index falls inside one of the sorted spans (binary search). */
export function withinSpans(spans: readonly (readonly [number, number])[], index: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [from, to] = spans[mid]!;
    if (index < from) hi = mid - 1;
    else if (index >= to) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Tells whether a position in text falls inside a UUID or hex digest, whose letters and digits are never names or identifiers. */
export function insideOpaqueId(text: string): (index: number) => boolean {
  const spans = opaqueIdSpans(text);
  return spans.length === 0 ? () => false : (index) => withinSpans(spans, index);
}
