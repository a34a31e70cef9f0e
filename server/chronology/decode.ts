/** A decoded upload: its text and the encoding it was read as. */
export interface DecodedText { text: string; encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252' }

/** The outcome of decoding: text, or why the bytes are not a text file we can read. */
export type DecodeResult = { ok: true; value: DecodedText } | { ok: false; message: string };

const startsWith = (b: Uint8Array, ...bytes: number[]) => bytes.every((x, i) => b[i] === x);

/**
 * Decodes an uploaded spreadsheet export: UTF-8 with or without BOM, UTF-16 with BOM (Excel's "Unicode text"),
 * and otherwise Windows-1252 (Excel's default "CSV" on Windows), so "Zoë" survives either way.
 */
export function decodeUpload(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, message: 'file: the file is empty' };
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) return { ok: false, message: 'file: this is an Excel workbook (.xlsx); save it as CSV first (File › Save As › CSV)' };
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) return { ok: false, message: 'file: this is an old Excel workbook (.xls); save it as CSV first (File › Save As › CSV)' };
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) return { ok: false, message: 'file: this is a PDF; the import needs a CSV or tab-separated file' };
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) return decodeWith('utf-8', bytes.subarray(3), 'utf-8-bom');
  if (startsWith(bytes, 0xff, 0xfe)) return decodeWith('utf-16le', bytes.subarray(2), 'utf-16le');
  if (startsWith(bytes, 0xfe, 0xff)) return decodeWith('utf-16be', bytes.subarray(2), 'utf-16be');
  try {
    return { ok: true, value: { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' } };
  } catch {
    return { ok: true, value: { text: decodeWindows1252(bytes), encoding: 'windows-1252' } };
  }
}

function decodeWith(label: string, bytes: Uint8Array, encoding: DecodedText['encoding']): DecodeResult {
  try {
    return { ok: true, value: { text: new TextDecoder(label, { fatal: true }).decode(bytes), encoding } };
  } catch {
    return { ok: false, message: `file: the file starts with a ${encoding} marker but is not valid ${encoding} text` };
  }
}

/** What Windows-1252 puts at 0x80–0x9F (Node's decoder reads those bytes as Latin-1 control characters). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Decodes Windows-1252 bytes, including its curly quotes, dashes and euro sign. */
export function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('latin1').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}
