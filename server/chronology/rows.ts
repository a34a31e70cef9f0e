import type { EventKind } from '../../schema/contracts/enums';
import type { ParsedEdtf } from '../../schema/edtf';
import { agencyDateReader, type DateOrder } from './agencyDates';
import { readChildSeen, readKind } from './cellValues';
import { implausibleDate } from './plausibleDates';
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

/** A row with no date whose text was joined to the entry above it (merged cells in the spreadsheet). */
export interface ContinuedRow { row: number; of: number }

/** Rows understood, rows refused, rows joined to the one above, and how many blank rows were passed over. */
export interface ReadRows { rows: ReadRow[]; errors: RowError[]; continued: ContinuedRow[]; blank: number }

const MAX_TEXT = 20_000;
const MAX_SOURCE = 300;
const APPENDED: ImportField[] = ['outcome', 'actor'];

/**
 * Reads every data row after the header, as `next` gives them (undefined at the end), the first being spreadsheet
 * row `firstRow`: dates at their written precision, kind and child-seen cells, and the entry text. Every bad row
 * is reported with its spreadsheet row number; blank rows are passed over. A row with an empty date and only
 * text (no time, kind, child seen, source or practitioner) continues the entry above it, as merged cells leave it.
 * Dates after `now`, before 1900, or the 1 January 1900 placeholder are refused. `onRow` hears of each row read once
 * it is final (no row after it can join it), in order.
 */
export function readRows(next: () => readonly string[] | undefined, firstRow: number, headers: readonly string[], columns: ColumnIndex,
  order: DateOrder, now: number, onRow?: (row: ReadRow) => void): ReadRows {
  const rows: ReadRow[] = [];
  const errors: RowError[] = [];
  const continued: ContinuedRow[] = [];
  let blank = 0;
  /** The entry a continuation row joins: the last row with a date, and what it was read as (undefined when refused). */
  let above: number | undefined;
  let previous: ReadRow | undefined;
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
    const continues = above !== undefined && dateText === '' && [cTime, cKind, cSeen, cSource, cActor].every((c) => cell(rec, c!) === '');
    const date = continues ? undefined : readDate(dateText, cell(rec, cTime!));
    if (date && !date.ok) errors.push({ row: rowNumber, field: date.field, message: date.message });
    const implausible = date?.ok ? implausibleDate(date.occurred, now) : null;
    if (implausible) errors.push({ row: rowNumber, field: 'date', message: implausible });
    const kind = readKind(cell(rec, cKind!));
    if (!kind.ok) errors.push({ row: rowNumber, field: 'kind', message: kind.message });
    const seen = readChildSeen(cell(rec, cSeen!));
    if (!seen.ok) errors.push({ row: rowNumber, field: 'childSeen', message: seen.message });
    const text = cell(rec, cText!);
    if (text === '' && !continues) errors.push({ row: rowNumber, field: 'description', message: 'the entry text is empty' });
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
    if (continues) {
      continued.push({ row: rowNumber, of: above! });
      if (!previous) continue;
      const joined = join(previous, text, description.slice(text.length), cell(rec, cKnown!), cell(rec, cWords!), cell(rec, cShared!));
      if (joined.description.length > MAX_TEXT) errors.push({ row: rowNumber, field: 'description', message: `joined to row ${above} above, the entry is longer than ${MAX_TEXT} characters` });
      else { previous = joined; rows[rows.length - 1] = joined; }
      continue;
    }
    above = rowNumber;
    previous = undefined;
    if (description.length > MAX_TEXT) errors.push({ row: rowNumber, field: 'description', message: `the entry is longer than ${MAX_TEXT} characters` });
    const source = cell(rec, cSource!);
    if (source.length > MAX_SOURCE) errors.push({ row: rowNumber, field: 'source', message: `the source is longer than ${MAX_SOURCE} characters` });
    if (errors.length > before || !date?.ok || !kind.ok || !seen.ok) continue;
    previous = {
      rowNumber, dateText, occurred: date.occurred, kind: kind.value, text, description,
      knownAtTime: cell(rec, cKnown!), childSeen: seen.value, childWords: cell(rec, cWords!),
      sharedWith: cell(rec, cShared!), source, actor: cell(rec, cActor!), outcome: cell(rec, cOutcome!),
    };
    if (onRow && rows.length > 0) onRow(rows[rows.length - 1]!);
    rows.push(previous);
  }
  if (onRow && rows.length > 0) onRow(rows[rows.length - 1]!);
  return { rows, errors, continued, blank };
}

const joinLine = (a: string, b: string) => (b === '' ? a : a === '' ? b : `${a}\n${b}`);

/** The entry above with a continuation row's text joined on a new line: the entry text first, then the appended columns. */
function join(row: ReadRow, text: string, tail: string, known: string, words: string, shared: string): ReadRow {
  const joinedText = joinLine(row.text, text);
  return {
    ...row, text: joinedText, description: joinedText + row.description.slice(row.text.length) + tail,
    knownAtTime: joinLine(row.knownAtTime, known), childWords: joinLine(row.childWords, words), sharedWith: joinLine(row.sharedWith, shared),
  };
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
