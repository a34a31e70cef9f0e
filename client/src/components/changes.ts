/** A field whose saved value differs from the one being submitted. */
export interface ChangedField { field: string; label: string; mine: string; theirs: string }

/** Shows a stored value as text: list items on their own lines, pairs as "kind: value", empty as "(empty)". */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(empty)';
  if (Array.isArray(value)) return value.length === 0 ? '(empty)' : value.map(formatValue).join('\n');
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if ('kind' in o && 'value' in o) return `${formatValue(o.kind)}: ${formatValue(o.value)}`;
    return Object.values(o).map(formatValue).join(', ');
  }
  return String(value);
}

/** An ISO date (2024-01-18) as UK readers expect it (18 January 2024); anything else unchanged. */
export function formatDate(iso: string | null | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  if (!m) return iso ?? '';
  const month = MONTHS[Number(m[2]) - 1];
  return month ? `${Number(m[3])} ${month} ${m[1]}` : iso!;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The labelled fields where `theirs` (saved by someone else) differs from `mine` (being submitted), in label order. */
export function changedFields(mine: Record<string, unknown>, theirs: Record<string, unknown>, labels: Record<string, string>): ChangedField[] {
  const out: ChangedField[] = [];
  for (const [field, label] of Object.entries(labels)) {
    if (!(field in mine)) continue;
    const a = formatValue(mine[field]);
    const b = formatValue(theirs[field]);
    if (a !== b) out.push({ field, label, mine: a, theirs: b });
  }
  return out;
}
