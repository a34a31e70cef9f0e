import { h } from '../../dom';

/** The excerpt as text and <mark> elements around every case-insensitive occurrence of the phrase (never innerHTML). */
export function markedExcerpt(excerpt: string, phrase: string): (Node | string)[] {
  const needle = phrase.trim().toLowerCase();
  if (!needle) return [excerpt];
  const lower = excerpt.toLowerCase();
  const out: (Node | string)[] = [];
  let from = 0;
  for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, from)) {
    if (at > from) out.push(excerpt.slice(from, at));
    out.push(h('mark', { class: 'sl-mark' }, excerpt.slice(at, at + needle.length)));
    from = at + needle.length;
  }
  if (from < excerpt.length) out.push(excerpt.slice(from));
  return out;
}
