import type { KindDiff } from '../../../../schema/contracts/review';
import { fieldLabel, itemName, quietFields, valueInWords } from './fieldWording';

/** The entity kinds of a frozen version, as headings. */
const kindTitles: Record<string, string> = {
  investigation: 'Investigation details', agencies: 'Agencies', people: 'Identity registry', places: 'Identifying places',
  sources: 'Sources', episodes: 'Key practice episodes', events: 'Chronology entries', eventLinks: 'Links between chronology entries',
  factors: 'Factors', factorLinks: 'Causal links', findings: 'Findings', recommendations: 'Recommendations',
  responses: 'Recommendation responses', safetyActions: 'Safety action', comments: 'Comments', reviewDecisions: 'Review decisions',
};

/** One field that changed, in words. */
export interface FieldInWords { field: string; before: string; after: string }

/** The differences of one entity kind, in words, ready to show. */
export interface KindInWords {
  kind: string;
  title: string;
  summary: string;
  added: string[];
  removed: string[];
  changed: { label: string; fields: FieldInWords[] }[];
}

/** A kind's heading ("Chronology entries"); unknown kinds are spelled out. */
export function kindTitle(kind: string): string {
  return kindTitles[kind] ?? fieldLabel(kind);
}

function count(n: number, what: string): string | null {
  return n > 0 ? `${n} ${what}` : null;
}

/** Names of every item the difference mentions, by id, for showing ids as names. */
export function namesFromDiff(kinds: readonly KindDiff[], extra: Iterable<[string, string]> = []): Map<string, string> {
  const names = new Map<string, string>(extra);
  for (const k of kinds) {
    for (const i of [...k.added, ...k.removed]) names.set(i.id, i.label || itemName(i.item));
    for (const c of k.changed) names.set(c.id, c.label);
  }
  return names;
}

/** Names of every item in a frozen version's content, by id. */
export function namesFromContent(content: Record<string, unknown>): Map<string, string> {
  const names = new Map<string, string>();
  for (const value of Object.values(content)) {
    if (!Array.isArray(value)) continue;
    for (const item of value) {
      const id = (item as { id?: unknown } | null)?.id;
      if (typeof id === 'string') names.set(id, itemName(item));
    }
  }
  return names;
}

/** Describes one kind's differences in words: a summary ("2 added, 1 changed"), the names added and removed, and each change field by field. */
export function describeKindDiff(diff: KindDiff, names: ReadonlyMap<string, string> = new Map()): KindInWords {
  const changed = diff.changed
    .map((c) => ({
      label: c.label || 'an item',
      fields: c.fields.filter((f) => !quietFields.includes(f.field)).map((f) => ({
        field: fieldLabel(f.field), before: valueInWords(f.field, f.before, names), after: valueInWords(f.field, f.after, names),
      })),
    }))
    .filter((c) => c.fields.length > 0);
  const summary = [count(diff.added.length, 'added'), count(diff.removed.length, 'removed'), count(changed.length, 'changed')]
    .filter((s): s is string => s !== null).join(', ');
  return {
    kind: diff.kind,
    title: kindTitle(diff.kind),
    summary: summary || 'no differences a reader would see',
    added: diff.added.map((i) => i.label || itemName(i.item)),
    removed: diff.removed.map((i) => i.label || itemName(i.item)),
    changed,
  };
}
