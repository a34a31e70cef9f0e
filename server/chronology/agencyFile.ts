import type { ImportMapping } from '../../schema/contracts/chronology';
import type { DateOrder } from './agencyDates';
import { findHeaderRow, matchColumns } from './columns';
import { CsvError, readCsv, type CsvRecords, type Delimiter } from './csv';
import { decodeUpload, type DecodedText } from './decode';
import { readRows, type ContinuedRow, type ReadRow, type RowError } from './rows';

/** An agency file as understood: how it was read, the mapping used, its rows and its bad rows. */
export interface AgencyFile {
  encoding: DecodedText['encoding'];
  delimiter: Delimiter;
  headers: string[];
  /** The header's spreadsheet row number (1 unless title or blank rows come first). */
  headerRow: number;
  /** Filled rows above the header row, passed over (a title, an export date). */
  above: number[];
  mapping: ImportMapping;
  rows: ReadRow[];
  errors: RowError[];
  /** Dateless rows joined to the entry above (merged cells). */
  continued: ContinuedRow[];
  blank: number;
}

/** A file that cannot be read at all (not text, no header row, no rows), with the reasons. */
export interface UnreadableFile { encoding: string; delimiter: string; headers: string[]; headerRow: number; errors: RowError[] }

/** The outcome of reading an agency file. */
export type AgencyFileReading = { ok: true; file: AgencyFile } | { ok: false; file: UnreadableFile };

const fileError = (message: string, row = 0): RowError => {
  const [field, ...rest] = message.split(': ');
  return rest.length > 0 ? { row, field: field!, message: rest.join(': ') } : { row, field: 'file', message };
};

/** How many records the header row is looked for in (see findHeaderRow). */
const HEADER_LOOK_AHEAD = 10;

/** How an agency file is to be read: the date order, the columns named by the person importing, and the header's row if they chose it. */
export interface ReadingChoices {
  order: DateOrder;
  mapping?: ImportMapping;
  headerRow?: number;
  /** Now (ms): later dates are refused. */
  now: number;
  /** Hears of each row once it is final, in order, while the file is still being read (see readRows). */
  onRow?: (row: ReadRow) => void;
}

/**
 * Reads an uploaded agency chronology end to end: decode, split into records, find and map the header row,
 * and read every data row. Records are read one at a time, as the rows are. Nothing here touches the database.
 */
export function readAgencyFile(bytes: Uint8Array, choices: ReadingChoices): AgencyFileReading {
  const decoded = decodeUpload(bytes);
  if (!decoded.ok) return { ok: false, file: { encoding: '', delimiter: '', headers: [], headerRow: 0, errors: [fileError(decoded.message)] } };
  const { text, encoding } = decoded.value;
  try {
    return readRecords(readCsv(text), encoding, choices);
  } catch (e) {
    if (!(e instanceof CsvError)) throw e;
    const row = Number(/^row (\d+)/.exec(e.message)?.[1] ?? 0);
    return { ok: false, file: { encoding, delimiter: '', headers: [], headerRow: 0, errors: [{ row, field: 'file', message: e.message.replace(/^row \d+: /, '') }] } };
  }
}

function readRecords(csv: CsvRecords, encoding: AgencyFile['encoding'], choices: ReadingChoices): AgencyFileReading {
  const { delimiter } = csv;
  const explicit = choices.mapping ?? {};
  const chosen = choices.headerRow === undefined ? -1 : choices.headerRow - 1;
  const head: string[][] = [];
  const wanted = Math.max(HEADER_LOOK_AHEAD, chosen + 1);
  for (let record = csv.next(); record; record = head.length < wanted ? csv.next() : undefined) head.push(record);
  let headerAt = chosen;
  if (chosen >= head.length) {
    return { ok: false, file: { encoding, delimiter, headers: [], headerRow: 0, errors: [fileError(`headerRow: the file has ${head.length} row${head.length === 1 ? '' : 's'}, so row ${chosen + 1} cannot be the header`)] } };
  }
  if (chosen < 0) {
    headerAt = findHeaderRow(head, explicit, HEADER_LOOK_AHEAD);
    if (!matchColumns(head[headerAt] ?? [], explicit).ok) {
      // No header row in the first records: the file is refused, and the message names the first filled record.
      for (let record = csv.next(); record; record = csv.next()) head.push(record);
      headerAt = findHeaderRow(head, explicit, HEADER_LOOK_AHEAD);
    }
  }
  const headers = (head[headerAt] ?? []).map((h) => h.trim());
  const headerRow = headerAt + 1;
  const match = matchColumns(headers, explicit);
  if (!match.ok) return { ok: false, file: { encoding, delimiter, headers, headerRow, errors: match.messages.map((m) => fileError(m, headerRow)) } };
  const above: number[] = [];
  for (let r = 0; r < headerAt; r++) if (head[r]!.some((c) => c.trim() !== '')) above.push(r + 1);
  let at = headerAt + 1;
  const next = () => (at < head.length ? head[at++] : csv.next());
  const read = readRows(next, headerAt + 2, headers, match.columns, choices.order, choices.now, choices.onRow);
  if (read.rows.length === 0 && read.errors.length === 0) {
    return { ok: false, file: { encoding, delimiter, headers, headerRow, errors: [fileError('file: there are no rows under the header row')] } };
  }
  return { ok: true, file: { encoding, delimiter, headers, headerRow, above, mapping: match.mapping, ...read } };
}
