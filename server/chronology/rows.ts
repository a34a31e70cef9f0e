import type { EventKind } from '../../schema/contracts/enums';
import { parseEdtf, type ParsedEdtf } from '../../schema/edtf';
import { readAgencyDate, type DateOrder } from './agencyDates';
import { readChildSeen, readKind } from './cellValues';
import type { ColumnIndex, ImportField } from './columns';

/** One data row of an agency file as understood, before it becomes an entry. */
export interface ReadRow {
  rowNumber: number;
  dateText: string;
  occurred: ParsedEdtf;
  kind: EventKind;
  /** The entry text cell as written. */
  text: string;
  /** The entry text with the outcome, practitioner and any unmapped columns appended as "Header: value". */
  description: string;
  knownAtTime: string;
  childSeen: boolean | null;
  childWords: string;
  sharedWith: string;
  source: string;
  actor: string;
  outcome: string;
}

/** A reason one row cannot be imported; `row` is the spreadsheet row number (the header is row 1). */
export interface RowError { row: number; field: string; message: string }

/** Rows understood, rows refused, and how many blank rows were passed over. */
export interface ReadRows { rows: ReadRow[]; errors: RowError[]; blank: number }

const MAX_TEXT = 20_000;
const MAX_SOURCE = 300;
const APPENDED: ImportField[] = ['outcome', 'actor'];

/**
 * Reads every data row after the header: dates at their written precision, kind and child-seen cells, and the
 * entry text. Every bad row is reported with its spreadsheet row number; blank rows are passed over.
 */
export function readRows(records: readonly string[][], headerAt: number, headers: readonly string[], columns: ColumnIndex, order: DateOrder): ReadRows {
  const rows: ReadRow[] = [];
  const errors: RowError[] = [];
  let blank = 0;
  const mapped = new Set(Object.values(columns));
  const extra = headers.map((_, i) => i).filter((i) => !mapped.has(i));
  const cell = (rec: readonly string[], field: ImportField) => {
    const at = columns[field];
    return at === undefined ? '' : (rec[at] ?? '').trim();
  };
  for (let r = headerAt + 1; r < records.length; r++) {
    const rec = records[r]!;
    const rowNumber = r + 1;
    if (rec.every((c) => c.trim() === '')) { blank++; continue; }
    const fail = (field: string, message: string) => errors.push({ row: rowNumber, field, message });
    const dateText = cell(rec, 'date');
    const date = readAgencyDate(dateText, cell(rec, 'time'), order);
    if (!date.ok) fail(date.field, date.message);
    const kind = readKind(cell(rec, 'kind'));
    if (!kind.ok) fail('kind', kind.message);
    const seen = readChildSeen(cell(rec, 'childSeen'));
    if (!seen.ok) fail('childSeen', seen.message);
    const text = cell(rec, 'description');
    if (text === '') fail('description', 'the entry text is empty');
    const lines = [text];
    for (const field of APPENDED) {
      const value = cell(rec, field);
      if (value) lines.push(`${headers[columns[field]!]!.trim()}: ${value}`);
    }
    for (const at of extra) {
      const value = (rec[at] ?? '').trim();
      if (value) lines.push(`${headers[at]!.trim() || `Column ${at + 1}`}: ${value}`);
    }
    for (let at = headers.length; at < rec.length; at++) {
      const value = rec[at]!.trim();
      if (value) lines.push(`Column ${at + 1}: ${value}`);
    }
    const description = lines.join('\n');
    if (description.length > MAX_TEXT) fail('description', `the entry is longer than ${MAX_TEXT} characters`);
    const source = cell(rec, 'source');
    if (source.length > MAX_SOURCE) fail('source', `the source is longer than ${MAX_SOURCE} characters`);
    if (!date.ok || !kind.ok || !seen.ok || text === '' || description.length > MAX_TEXT || source.length > MAX_SOURCE) continue;
    rows.push({
      rowNumber, dateText, occurred: parseEdtf(date.edtf), kind: kind.value, text, description,
      knownAtTime: cell(rec, 'knownAtTime'), childSeen: seen.value, childWords: cell(rec, 'childWords'),
      sharedWith: cell(rec, 'sharedWith'), source, actor: cell(rec, 'actor'), outcome: cell(rec, 'outcome'),
    });
  }
  return { rows, errors, blank };
}
