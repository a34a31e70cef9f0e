/** Folds case and accents so "Zoë", "ZOE" and "zoe" compare equal. */
export function foldName(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[’]/g, "'");
}

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
