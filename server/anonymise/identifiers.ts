import { DATE_LIKE, readDateLike } from './dates';
import { dropInvisible, findOnVisible } from './invisible';
import { insideOpaqueId } from './normalise';
import { replaceSpans } from './replaceSpans';

/** Replaces registered dates of birth (in any written style) and registered identifiers. */
export interface IdentifierRedactor {
  replace(text: string): string;
  find(text: string): { start: number; end: number; found: string; replacement: string }[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Builds a redactor for the registered dates of birth and identifier values. */
export function buildIdentifierRedactor(datesOfBirth: readonly string[], identifiers: readonly string[]): IdentifierRedactor {
  const dobs = new Set(datesOfBirth);
  const compact = [...new Set(identifiers.map((v) => dropInvisible(v).replace(/[\s-]/g, '')).filter((v) => v.length >= 3))];
  compact.sort((a, b) => b.length - a.length);
  const idPattern = compact.length
    ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${compact.map((v) => [...v].map(escape).join('[\\s.-]{0,3}')).join('|')})(?![\\p{L}\\p{N}])`, 'giu')
    : null;
  const findVisible = (text: string) => {
    const out: { start: number; end: number; found: string; replacement: string }[] = [];
    if (dobs.size) {
      for (const m of text.matchAll(DATE_LIKE)) {
        if (readDateLike(m[0]).some((d) => dobs.has(d))) {
          out.push({ start: m.index, end: m.index + m[0].length, found: m[0], replacement: '[date of birth]' });
        }
      }
    }
    if (idPattern) {
      const inId = insideOpaqueId(text);
      for (const m of text.matchAll(idPattern)) {
        if (inId(m.index)) continue;
        out.push({ start: m.index, end: m.index + m[0].length, found: m[0], replacement: '[identifier]' });
      }
    }
    return out.sort((a, b) => a.start - b.start);
  };
  /** Dates and identifiers are matched as the text reads, characters that print as nothing removed. */
  const find = (text: string) => findOnVisible(text, findVisible);
  return {
    find,
    replace: (text) => replaceSpans(text, find(text)),
  };
}
