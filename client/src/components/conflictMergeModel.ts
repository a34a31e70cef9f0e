import { formatValue } from './changes';

/** A field the merge screen compares: its name in the record, its label, and how to show a value in words. */
export interface MergeField {
  name: string;
  label: string;
  format?: (value: unknown) => string;
}

/** Which version a field's value is taken from. */
export type MergeSide = 'mine' | 'theirs';

/** One row of the side-by-side comparison. */
export interface MergeRow {
  name: string;
  label: string;
  mine: string;
  theirs: string;
  differs: boolean;
}

/** The same value as JSON with object keys sorted, so key order never makes two values differ. */
export function canonical(value: unknown): string {
  if (value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** True when two stored values are the same; '' and null (an empty optional field) count as the same. */
export function sameValue(a: unknown, b: unknown): boolean {
  const blank = (v: unknown) => v === undefined || v === null || v === '';
  if (blank(a) && blank(b)) return true;
  return canonical(a) === canonical(b);
}

/** The fields side by side, in the order given, with each value in words and whether the versions differ. */
export function compareFields(fields: readonly MergeField[], mine: Record<string, unknown>, theirs: Record<string, unknown>): MergeRow[] {
  return fields.map((f) => {
    const show = f.format ?? formatValue;
    return { name: f.name, label: f.label, mine: show(mine[f.name]), theirs: show(theirs[f.name]), differs: !sameValue(mine[f.name], theirs[f.name]) };
  });
}

/** The starting choice for each differing field: the user's own value, so nothing they typed is dropped unasked. */
export function initialChoices(rows: readonly MergeRow[], side: MergeSide = 'mine'): Record<string, MergeSide> {
  return Object.fromEntries(rows.filter((r) => r.differs).map((r) => [r.name, side]));
}

/**
 * The merged record: for each field, the chosen version's value (theirs when the versions agree or no
 * choice was made). Only the listed fields are returned, ready to send with the current version.
 */
export function mergeValues(
  fields: readonly MergeField[], mine: Record<string, unknown>, theirs: Record<string, unknown>, choices: Record<string, MergeSide>,
): Record<string, unknown> {
  return Object.fromEntries(fields.map((f) => [f.name, choices[f.name] === 'mine' ? mine[f.name] : theirs[f.name]]));
}

/** True when the merged values equal the saved ones, so there is nothing to save. */
export function sameAsSaved(fields: readonly MergeField[], merged: Record<string, unknown>, theirs: Record<string, unknown>): boolean {
  return fields.every((f) => sameValue(merged[f.name], theirs[f.name]));
}

/** How many differing fields take each version, for the screen's summary ("2 of yours, 1 of theirs"). */
export function countChoices(choices: Record<string, MergeSide>): { mine: number; theirs: number } {
  const values = Object.values(choices);
  return { mine: values.filter((v) => v === 'mine').length, theirs: values.filter((v) => v === 'theirs').length };
}

/**
 * The fields the user actually changed from the version they opened: only these are offered on the
 * merge screen and saved again, so a field someone else changed and the user left alone keeps their value.
 */
export function editedFields(fields: readonly MergeField[], opened: Record<string, unknown>, mine: Record<string, unknown>): MergeField[] {
  return fields.filter((f) => f.name in mine && !sameValue(opened[f.name], mine[f.name]));
}
