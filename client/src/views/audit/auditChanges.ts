import { sameValue } from '../../components/conflictMergeModel';
import { itemName, quietFields } from '../review/fieldWording';

/** One audit entry as the API returns it. */
export interface AuditEntry {
  id: number;
  at: string;
  userId: string | null;
  userName: string | null;
  entity: string;
  entityId: string;
  action: string;
  before: unknown;
  after: unknown;
}

/** A field of an audited item, with its value before and after the change (null where the item did not exist). */
export interface AuditFieldChange { field: string; before: unknown; after: unknown }

const asRecord = (v: unknown): Record<string, unknown> | null => (v && typeof v === 'object' && !Array.isArray(v) ? v as Record<string, unknown> : null);
const blank = (v: unknown) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

/**
 * The fields a change touched, in the order the item lists them: for an edit, those whose value differs;
 * for an addition, those given a value; for a removal, those that had one. Bookkeeping fields are left out.
 */
export function auditFieldChanges(before: unknown, after: unknown): AuditFieldChange[] {
  const b = asRecord(before);
  const a = asRecord(after);
  const fields = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])].filter((f) => !quietFields.includes(f));
  return fields
    .map((field) => ({ field, before: b ? b[field] ?? null : null, after: a ? a[field] ?? null : null }))
    .filter((c) => !sameValue(c.before, c.after) && !(blank(c.before) && blank(c.after)));
}

/** The name of the item an entry is about, from its values after (or before) the change. */
export function auditItemName(entry: Pick<AuditEntry, 'before' | 'after'>): string {
  const name = itemName(entry.after ?? entry.before);
  return name === 'an item' ? itemName(entry.before) : name;
}

/** Names of every item the entries show, by id, so references between them read as names. */
export function namesFromEntries(entries: readonly AuditEntry[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const e of entries) {
    const name = auditItemName(e);
    if (name !== 'an item') names.set(e.entityId, name);
  }
  return names;
}

/** The filters of the audit viewer, as kept in the page's address. */
export interface AuditFilters { person: string; entity: string; action: string; from: string; to: string; page: number }

/** Reads the filters from the address (?person=&entity=&action=&from=&to=&page=), ignoring malformed values. */
export function readFilters(params: URLSearchParams): AuditFilters {
  const day = (v: string | null) => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : '');
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  return {
    person: params.get('person') ?? '', entity: params.get('entity') ?? '', action: params.get('action') ?? '',
    from: day(params.get('from')), to: day(params.get('to')), page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

/** The API query for a page of entries under these filters. */
export function auditQuery(f: AuditFilters, pageSize: number): URLSearchParams {
  const q = new URLSearchParams();
  if (f.person) q.set('userId', f.person);
  if (f.entity) q.set('entity', f.entity);
  if (f.action) q.set('action', f.action);
  if (f.from) q.set('from', f.from);
  if (f.to) q.set('to', f.to);
  q.set('limit', String(pageSize));
  q.set('offset', String((f.page - 1) * pageSize));
  return q;
}
