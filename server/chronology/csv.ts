/** Delimiters an agency export may use. */
export type Delimiter = ',' | ';' | '\t' | '|';

/** Records of a delimited file: records[0] is spreadsheet row 1. */
export interface ParsedCsv { records: string[][]; delimiter: Delimiter }

/** Thrown when a file cannot be split into records; names the spreadsheet row. */
export class CsvError extends Error {}

const CANDIDATES: Delimiter[] = ['\t', ';', ',', '|'];
const SEP_LINE = /^sep=(.)\r?\n/i;

/** Counts delimiter candidates outside quotes in the first lines and picks the most frequent (tab, then semicolon, then comma on ties). */
export function detectDelimiter(text: string): Delimiter {
  const counts = new Map<Delimiter, number>(CANDIDATES.map((d) => [d, 0]));
  let quoted = false;
  let lines = 0;
  for (let i = 0; i < text.length && lines < 10; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === '\n') lines++;
    else if (!quoted && counts.has(c as Delimiter)) counts.set(c as Delimiter, counts.get(c as Delimiter)! + 1);
  }
  let best: Delimiter = ',';
  let most = 0;
  for (const d of CANDIDATES) if (counts.get(d)! > most) { best = d; most = counts.get(d)!; }
  return best;
}

/** Records of a delimited file read one at a time, so a large file's records need not all be held at once. */
export interface CsvRecords {
  delimiter: Delimiter;
  /** The next record, or undefined at the end of the file; throws CsvError naming the row of an unclosed quote. */
  next(): string[] | undefined;
}

/**
 * Reads delimited text record by record (RFC 4180: quoted fields may hold delimiters, doubled quotes and newlines;
 * CRLF or LF line ends). Honours Excel's `sep=;` first line. A blank line is kept as a record of one empty cell
 * so spreadsheet row numbers stay right.
 */
export function readCsv(input: string, delimiter?: Delimiter): CsvRecords {
  const sep = SEP_LINE.exec(input);
  const text = sep ? input.slice(sep[0].length) : input;
  const d = delimiter ?? (sep?.[1] as Delimiter | undefined) ?? detectDelimiter(text);
  const dc = d.charCodeAt(0);
  const n = text.length;
  let i = 0;
  let count = 0;
  const next = (): string[] | undefined => {
    if (i >= n) return undefined;
    const row: string[] = [];
    for (;;) {
      let value: string;
      if (text.charCodeAt(i) === 34) {
        let j = i + 1;
        value = '';
        for (;;) {
          const q = text.indexOf('"', j);
          if (q === -1) throw new CsvError(`row ${count + 1}: a quoted cell is never closed (a " is missing)`);
          if (text.charCodeAt(q + 1) === 34) { value += text.slice(j, q + 1); j = q + 2; continue; }
          value += text.slice(j, q);
          i = q + 1;
          break;
        }
        const k = endOfCell(text, i, dc);
        value += text.slice(i, k);
        // Line breaks inside a cell are the cell's own; Windows files write them as CRLF.
        if (value.includes('\r')) value = value.replace(/\r\n?/g, '\n');
        i = k;
      } else {
        const k = endOfCell(text, i, dc);
        value = text.slice(i, k);
        i = k;
      }
      row.push(value);
      if (i >= n) break;
      const c = text.charCodeAt(i);
      if (c === dc) {
        i++;
        if (i === n) { row.push(''); break; }
        continue;
      }
      i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      break;
    }
    count++;
    return row;
  };
  return { delimiter: d, next };
}

/** Splits delimited text into all its records (see readCsv). */
export function parseCsv(input: string, delimiter?: Delimiter): ParsedCsv {
  const reader = readCsv(input, delimiter);
  const records: string[][] = [];
  for (let record = reader.next(); record; record = reader.next()) records.push(record);
  return { records, delimiter: reader.delimiter };
}

function endOfCell(text: string, from: number, dc: number): number {
  let k = from;
  for (; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === dc || c === 10 || c === 13) break;
  }
  return k;
}
