import type { ImportMapping } from '../../schema/contracts/chronology';
import type { DateOrder } from './agencyDates';
import { findHeaderRow, matchColumns } from './columns';
import { CsvError, parseCsv, type Delimiter } from './csv';
import { decodeUpload, type DecodedText } from './decode';
import { readRows, type ReadRow, type RowError } from './rows';

/** An agency file as understood: how it was read, the mapping used, its rows and its bad rows. */
export interface AgencyFile {
  encoding: DecodedText['encoding'];
  delimiter: Delimiter;
  headers: string[];
  mapping: ImportMapping;
  rows: ReadRow[];
  errors: RowError[];
  blank: number;
}

/** A file that cannot be read at all (not text, no header row, no rows), with the reasons. */
export interface UnreadableFile { encoding: string; delimiter: string; headers: string[]; errors: RowError[] }

/** The outcome of reading an agency file. */
export type AgencyFileReading = { ok: true; file: AgencyFile } | { ok: false; file: UnreadableFile };

const fileError = (message: string, row = 0): RowError => {
  const [field, ...rest] = message.split(': ');
  return rest.length > 0 ? { row, field: field!, message: rest.join(': ') } : { row, field: 'file', message };
};

/**
 * Reads an uploaded agency chronology end to end: decode, split into records, find and map the header row,
 * and read every data row. Nothing here touches the database.
 */
export function readAgencyFile(bytes: Uint8Array, order: DateOrder, explicit: ImportMapping = {}): AgencyFileReading {
  const decoded = decodeUpload(bytes);
  if (!decoded.ok) return { ok: false, file: { encoding: '', delimiter: '', headers: [], errors: [fileError(decoded.message)] } };
  const { text, encoding } = decoded.value;
  let parsed;
  try {
    parsed = parseCsv(text);
  } catch (e) {
    if (!(e instanceof CsvError)) throw e;
    const row = Number(/^row (\d+)/.exec(e.message)?.[1] ?? 0);
    return { ok: false, file: { encoding, delimiter: '', headers: [], errors: [{ row, field: 'file', message: e.message.replace(/^row \d+: /, '') }] } };
  }
  const { records, delimiter } = parsed;
  const headerAt = findHeaderRow(records, explicit);
  const headers = (records[headerAt] ?? []).map((h) => h.trim());
  const match = matchColumns(headers, explicit);
  if (!match.ok) return { ok: false, file: { encoding, delimiter, headers, errors: match.messages.map((m) => fileError(m, headerAt + 1)) } };
  const read = readRows(records, headerAt, headers, match.columns, order);
  if (read.rows.length === 0 && read.errors.length === 0) {
    return { ok: false, file: { encoding, delimiter, headers, errors: [fileError('file: there are no rows under the header row')] } };
  }
  return { ok: true, file: { encoding, delimiter, headers, mapping: match.mapping, ...read } };
}
