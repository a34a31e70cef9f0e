/** Characters that make spreadsheet programs treat a cell as a formula. */
const FORMULA_START = /^(?:[\t\r]|\s*[=+\-@＝＋－＠])/;

/**
 * One CSV cell: text that a spreadsheet would run as a formula is prefixed with an apostrophe,
 * and cells with separators, quotes or line breaks are quoted.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV document: a header row and data rows, CRLF line ends, with a BOM so spreadsheets read UTF-8. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | boolean | null)[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
