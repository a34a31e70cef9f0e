/** The register's filters as the page keeps them in its URL (every value a string; '' means any). */
export interface RegisterFilters {
  status: string;
  assessment: string;
  addressee: string;
  overdue: string;
  year: string;
  investigationId: string;
}

const keys = ['status', 'assessment', 'addressee', 'overdue', 'year', 'investigationId'] as const;
const allowed: Partial<Record<keyof RegisterFilters, readonly string[]>> = {
  status: ['open', 'closed', 'superseded'],
  assessment: ['adequate', 'partially_adequate', 'not_adequate', 'awaiting_response'],
  overdue: ['true', 'false'],
};

/** Reads the filters from a URL's query, dropping values the register would refuse (an unknown status, a year that is not four digits). */
export function filtersFromParams(params: URLSearchParams): RegisterFilters {
  const out = Object.fromEntries(keys.map((k) => [k, (params.get(k) ?? '').trim()])) as unknown as RegisterFilters;
  for (const [k, values] of Object.entries(allowed) as [keyof RegisterFilters, readonly string[]][]) if (!values.includes(out[k])) out[k] = '';
  if (!/^\d{4}$/.test(out.year)) out.year = '';
  out.addressee = out.addressee.slice(0, 300);
  out.investigationId = out.investigationId.slice(0, 100);
  return out;
}

/** The query string of the filters, leaving out the empty ones, with paging when past the first page. */
export function queryOf(filters: RegisterFilters, page: { offset?: number; limit?: number } = {}): URLSearchParams {
  const q = new URLSearchParams();
  for (const k of keys) if (filters[k]) q.set(k, filters[k]);
  if (page.limit !== undefined) q.set('limit', String(page.limit));
  if (page.offset) q.set('offset', String(page.offset));
  return q;
}

/** The page offset in a URL's query: a whole number from 0, or 0. */
export function offsetFromParams(params: URLSearchParams): number {
  const raw = params.get('offset') ?? '';
  return /^\d{1,7}$/.test(raw) ? Number(raw) : 0;
}

/** True when any filter is set. */
export function hasFilters(filters: RegisterFilters): boolean {
  return keys.some((k) => filters[k] !== '');
}

/** "Showing 51 to 100 of 120", or "No recommendations match" when the page is empty. */
export function pageSummary(offset: number, shown: number, total: number): string {
  if (total === 0) return 'No recommendations match.';
  if (shown === 0) return `No recommendations on this page; ${total} match in all.`;
  return `Showing ${offset + 1} to ${offset + shown} of ${total} ${total === 1 ? 'recommendation' : 'recommendations'}.`;
}
