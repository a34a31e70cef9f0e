import { canonicalJson } from './canonicalJson';
import { labelOf } from './itemLabels';

/** One field that differs between two versions of an item. */
export interface FieldChange { field: string; before: unknown; after: unknown }

/** An item that exists in only one version. */
export interface DiffItem { id: string; label: string; item: unknown }

/** What was added, removed and changed in one entity kind. */
export interface KindDiff {
  kind: string;
  added: DiffItem[];
  removed: DiffItem[];
  changed: { id: string; label: string; fields: FieldChange[] }[];
}

/** Bookkeeping fields left out of differences: they change with every edit and say nothing to a reader. */
export const BOOKKEEPING_FIELDS: readonly string[] = ['updatedAt', 'version', 'sortStart', 'sortEnd'];

type Item = Record<string, unknown>;

const asItems = (value: unknown): Item[] =>
  Array.isArray(value) ? value.filter((v): v is Item => !!v && typeof v === 'object' && !Array.isArray(v))
    : value && typeof value === 'object' ? [value as Item] : [];

const keyOf = (item: Item): string => (typeof item.id === 'string' ? item.id : canonicalJson(item));

const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

/** The fields that differ between two versions of one item, in field-name order. */
export function diffFields(before: Item, after: Item, ignored: readonly string[] = BOOKKEEPING_FIELDS): FieldChange[] {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((f) => !ignored.includes(f)).sort();
  return fields
    .filter((f) => !same(before[f], after[f]))
    .map((f) => ({ field: f, before: before[f] ?? null, after: after[f] ?? null }));
}

/** Compares one entity kind, matching items by id. */
export function diffKind(kind: string, before: unknown, after: unknown, ignored: readonly string[] = BOOKKEEPING_FIELDS): KindDiff {
  const old = new Map(asItems(before).map((i) => [keyOf(i), i]));
  const now = new Map(asItems(after).map((i) => [keyOf(i), i]));
  const result: KindDiff = { kind, added: [], removed: [], changed: [] };
  for (const [id, item] of now) if (!old.has(id)) result.added.push({ id, label: labelOf(item), item });
  for (const [id, item] of old) if (!now.has(id)) result.removed.push({ id, label: labelOf(item), item });
  for (const [id, item] of now) {
    const previous = old.get(id);
    if (!previous) continue;
    const fields = diffFields(previous, item, ignored);
    if (fields.length > 0) result.changed.push({ id, label: labelOf(item), fields });
  }
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  result.added.sort(byId);
  result.removed.sort(byId);
  result.changed.sort(byId);
  return result;
}

/**
 * Differences between two versions of an investigation's content, per entity kind: the kinds in
 * `order` first, then any others alphabetically; only kinds with a difference are listed.
 * Top-level values that are not objects or lists (such as formatVersion) are not entities and are skipped.
 */
export function diffContent(
  before: Record<string, unknown>, after: Record<string, unknown>, order: readonly string[] = [], ignored: readonly string[] = BOOKKEEPING_FIELDS,
): KindDiff[] {
  const isEntity = (v: unknown) => !!v && typeof v === 'object';
  const kinds = [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((k) => isEntity(before[k]) || isEntity(after[k]));
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  kinds.sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return kinds
    .map((k) => diffKind(k, before[k], after[k], ignored))
    .filter((d) => d.added.length + d.removed.length + d.changed.length > 0);
}
