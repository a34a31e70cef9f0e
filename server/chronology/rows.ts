import type { EventKind } from '../../schema/contracts/enums';
import type { ParsedEdtf } from '../../schema/edtf';
import { agencyDateReader, type DateOrder } from './agencyDates';
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
 * Reads every data row after the header, as `next` gives them (undefined at the end), the first being spreadsheet
 * row `firstRow`: dates at their written precision, kind and child-seen cells, and the entry text. Every bad row
 * is reported with its spreadsheet row number; blank rows are passed over.
 */
export function readRows(next: () => readonly string[] | undefined, firstRow: number, headers: readonly string[], columns: ColumnIndex, order: DateOrder): ReadRows {
  const rows: ReadRow[] = [];
  const errors: RowError[] = [];
  let blank = 0;
  const mapped = new Set(Object.values(columns));
  const extra = headers.map((_, i) => i).filter((i) => !mapped.has(i));
  const at = (field: ImportField) => columns[field] ?? -1;
  const [cDate, cTime, cKind, cSeen, cText, cSource] = (['date', 'time', 'kind', 'childSeen', 'description', 'source'] as const).map(at);
  const [cKnown, cWords, cShared, cActor, cOutcome] = (['knownAtTime', 'childWords', 'sharedWith', 'actor', 'outcome'] as const).map(at);
  const readDate = agencyDateReader(order);
  const appended = APPENDED.filter((f) => columns[f] !== undefined).map((f) => ({ at: columns[f]!, label: headers[columns[f]!]!.trim() }));
  let rowNumber = firstRow - 1;
  for (let rec = next(); rec; rec = next()) {
    rowNumber++;
    if (isBlank(rec)) { blank++; continue; }
    const before = errors.length;
    const dateText = cell(rec, cDate!);
    const date = readDate(dateText, cell(rec, cTime!));
    if (!date.ok) errors.push({ row: rowNumber, field: date.field, message: date.message });
    const kind = readKind(cell(rec, cKind!));
    if (!kind.ok) errors.push({ row: rowNumber, field: 'kind', message: kind.message });
    const seen = readChildSeen(cell(rec, cSeen!));
    if (!seen.ok) errors.push({ row: rowNumber, field: 'childSeen', message: seen.message });
    const text = cell(rec, cText!);
    if (text === '') errors.push({ row: rowNumber, field: 'description', message: 'the entry text is empty' });
    let description = text;
    for (const a of appended) {
      const value = cell(rec, a.at);
      if (value) description += `\n${a.label}: ${value}`;
    }
    for (const i of extra) {
      const value = cell(rec, i);
      if (value) description += `\n${headers[i]!.trim() || `Column ${i + 1}`}: ${value}`;
    }
    for (let i = headers.length; i < rec.length; i++) {
      const value = cell(rec, i);
      if (value) description += `\nColumn ${i + 1}: ${value}`;
    }
    if (description.length > MAX_TEXT) errors.push({ row: rowNumber, field: 'description', message: `the entry is longer than ${MAX_TEXT} characters` });
    const source = cell(rec, cSource!);
    if (source.length > MAX_SOURCE) errors.push({ row: rowNumber, field: 'source', message: `the source is longer than ${MAX_SOURCE} characters` });
    if (errors.length > before || !date.ok || !kind.ok || !seen.ok) continue;
    rows.push({
      rowNumber, dateText, occurred: date.occurred, kind: kind.value, text, description,
      knownAtTime: cell(rec, cKnown!), childSeen: seen.value, childWords: cell(rec, cWords!),
      sharedWith: cell(rec, cShared!), source, actor: cell(rec, cActor!), outcome: cell(rec, cOutcome!),
    });
  }
  return { rows, errors, blank };
}

function cell(rec: readonly string[], at: number): string {
  if (at < 0) return '';
  const value = rec[at];
  return value === undefined ? '' : value.trim();
}

function isBlank(rec: readonly string[]): boolean {
  for (const c of rec) if (c.trim() !== '') return false;
  return true;
}
