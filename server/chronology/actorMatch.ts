import { foldAccents } from './similarity';

/** A registry practitioner as the actor matcher sees it. */
export interface Practitioner { id: string; realName: string; aliases: string[]; roleCode: string | null }

const fold = (text: string) => ` ${foldAccents(text).toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()} `;

/**
 * Finds the registry practitioners named in an agency's "worker" cell: by full name, alias or role code as whole
 * words. The cell text itself is kept as written; this only links entries to the registry.
 */
export function buildActorMatcher(practitioners: readonly Practitioner[]): (text: string) => string[] {
  const terms = practitioners.flatMap((p) => [p.realName, ...p.aliases, ...(p.roleCode ? [p.roleCode] : [])]
    .map((t) => ({ id: p.id, term: fold(t) }))
    .filter((t) => t.term.trim().length >= 2));
  const cache = new Map<string, string[]>();
  return (text) => {
    if (terms.length === 0 || text.trim() === '') return [];
    const known = cache.get(text);
    if (known) return known;
    const cell = fold(text);
    const ids = [...new Set(terms.filter((t) => cell.includes(t.term)).map((t) => t.id))];
    cache.set(text, ids);
    return ids;
  };
}
