/** Cells a spreadsheet would run as a formula; they are prefixed with ' so they stay text. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: text that could start a formula is neutralised, and quotes, commas and newlines are quoted. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A whole CSV file with CRLF line ends and a UTF-8 BOM, as Excel expects. */
export function toCsv(rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  return '\uFEFF' + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
