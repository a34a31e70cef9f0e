import type { ImportMapping } from '../../schema/contracts/chronology';

/** A field of an imported row. */
export type ImportField = keyof ImportMapping & string;

/** Which column index holds each field. */
export type ColumnIndex = Partial<Record<ImportField, number>>;

/** The result of matching a header row: columns by field, or the reasons it cannot be used. */
export type ColumnMatch = { ok: true; columns: ColumnIndex; mapping: ImportMapping } | { ok: false; messages: string[] };

/**
 * Header names agencies use for each field. Whole-header matches win over headers that merely contain one of
 * the words (so "Date of contact" beats "Date recorded" for the date).
 */
const SYNONYMS: Record<ImportField, { exact: string[]; words: string[] }> = {
  date: {
    exact: ['date', 'dates', 'date of contact', 'contact date', 'event date', 'date of event', 'date of entry', 'entry date',
      'date time', 'datetime', 'date and time', 'when', 'date of incident', 'incident date', 'date seen'],
    words: ['date'],
  },
  time: { exact: ['time', 'time of contact', 'contact time', 'start time', 'event time', 'time of event'], words: ['time'] },
  description: {
    exact: ['event', 'events', 'details', 'description', 'entry', 'narrative', 'summary', 'notes', 'note', 'contact details',
      'what happened', 'event details', 'details of contact', 'details of event', 'case note', 'record of contact', 'event description'],
    words: ['details', 'description', 'narrative', 'event', 'entry', 'notes', 'summary'],
  },
  source: {
    exact: ['source', 'sources', 'record', 'records', 'document', 'documents', 'source document', 'source of information',
      'record reference', 'source reference', 'document reference', 'evidence'],
    words: ['source', 'record', 'document'],
  },
  actor: {
    exact: ['worker', 'practitioner', 'author', 'staff', 'staff member', 'professional', 'officer', 'recorded by', 'by', 'who',
      'completed by', 'entered by', 'worker name', 'practitioner name', 'name of worker', 'professional involved', 'lead professional'],
    words: ['worker', 'practitioner', 'author', 'staff', 'professional', 'officer'],
  },
  outcome: {
    exact: ['action', 'actions', 'outcome', 'outcomes', 'action taken', 'actions taken', 'outcome action', 'action outcome',
      'next steps', 'result', 'outcome of contact'],
    words: ['action', 'outcome'],
  },
  kind: { exact: ['kind', 'entry kind', 'event kind', 'entry type'], words: [] },
  knownAtTime: { exact: ['known at the time', 'known at time', 'what was known', 'information known', 'information available'], words: ['known'] },
  childSeen: { exact: ['child seen', 'seen', 'was the child seen', 'child seen y n', 'seen child', 'child seen yes no'], words: ['seen'] },
  childWords: {
    exact: ["child's words", 'childs words', 'child said', 'voice of the child', "child's voice", 'childs voice', 'what the child said'],
    words: ['voice'],
  },
  sharedWith: { exact: ['shared with', 'information shared with', 'shared', 'information shared'], words: ['shared'] },
};

/** Lower-case, accents, apostrophes and punctuation removed, spaces collapsed: "Child’s words" → "childs words". */
export function normaliseHeader(header: string): string {
  return header.normalize('NFKD').replace(/[\u0300-\u036f'’]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

function score(field: ImportField, header: string): number {
  const h = normaliseHeader(header);
  const s = SYNONYMS[field];
  if (s.exact.some((e) => normaliseHeader(e) === h)) return 3;
  const words = new Set(h.split(' '));
  return s.words.some((w) => words.has(w)) ? 1 : 0;
}

const FIELDS = Object.keys(SYNONYMS) as ImportField[];

/**
 * Matches a header row to fields: first the explicit mapping (field → header name, case-insensitive), then
 * the best remaining header for every other field. Date and description are required.
 */
export function matchColumns(headers: readonly string[], explicit: ImportMapping = {}): ColumnMatch {
  const columns: ColumnIndex = {};
  const used = new Set<number>();
  const messages: string[] = [];
  for (const [field, name] of Object.entries(explicit) as [ImportField, string][]) {
    const at = headers.findIndex((h) => normaliseHeader(h) === normaliseHeader(name));
    if (at < 0) messages.push(`mapping.${field}: no column called "${name}" (the columns are ${headers.map((h) => `"${h}"`).join(', ')})`);
    else if (used.has(at)) messages.push(`mapping.${field}: column "${name}" is already mapped to another field`);
    else { columns[field] = at; used.add(at); }
  }
  const candidates: { field: ImportField; at: number; score: number }[] = [];
  for (const field of FIELDS) {
    if (field in explicit) continue;
    headers.forEach((h, at) => {
      const s = score(field, h);
      if (s > 0) candidates.push({ field, at, score: s });
    });
  }
  candidates.sort((a, b) => b.score - a.score || a.at - b.at || FIELDS.indexOf(a.field) - FIELDS.indexOf(b.field));
  for (const c of candidates) {
    if (columns[c.field] !== undefined || used.has(c.at)) continue;
    columns[c.field] = c.at;
    used.add(c.at);
  }
  if (columns.date === undefined && !messages.some((m) => m.startsWith('mapping.date'))) messages.push('mapping.date: no column looks like the date; name it in the mapping');
  if (columns.description === undefined && !messages.some((m) => m.startsWith('mapping.description'))) messages.push('mapping.description: no column looks like the entry text; name it in the mapping');
  if (messages.length > 0) return { ok: false, messages };
  const mapping: ImportMapping = {};
  for (const [field, at] of Object.entries(columns) as [ImportField, number][]) mapping[field] = headers[at]!;
  return { ok: true, columns, mapping };
}

/** How strongly a record reads as a header row: the sum of each cell's best match to a field's header names. */
export function headerScore(record: readonly string[]): number {
  let total = 0;
  for (const cell of record) {
    if (cell.trim() === '') continue;
    let best = 0;
    for (const field of FIELDS) best = Math.max(best, score(field, cell));
    total += best;
  }
  return total;
}

/**
 * Finds the header row among the first records: of those whose headers give a date and a description, the one
 * whose cells match known header names best (the earliest on a tie), so a title row such as "Date of export:
 * 01/04/2023, Case notes" above the real header is passed over. Without one, the first filled record.
 */
export function findHeaderRow(records: readonly string[][], explicit: ImportMapping = {}, lookAhead = 10): number {
  const limit = Math.min(records.length, lookAhead);
  let found = -1;
  let best = -1;
  for (let r = 0; r < limit; r++) {
    if (!matchColumns(records[r]!, explicit).ok) continue;
    const s = headerScore(records[r]!);
    if (s > best) { best = s; found = r; }
  }
  if (found >= 0) return found;
  const firstFilled = records.findIndex((rec) => rec.some((c) => c.trim() !== ''));
  return firstFilled < 0 ? 0 : firstFilled;
}
