import { describe, expect, it } from 'vitest';
import { CsvError, detectDelimiter, parseCsv } from '../../../server/chronology/csv';
import { csvCell, toCsv } from '../../../server/chronology/csvWrite';
import { decodeUpload } from '../../../server/chronology/decode';

describe('parseCsv', () => {
  it('splits records with quoted delimiters, doubled quotes and line breaks (CRLF inside a cell becomes LF)', () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi""\r\nthere"\r\n', ',').records).toEqual([['a', 'b'], ['x, y', 'say "hi"\nthere']]);
  });

  it('keeps blank lines as records so row numbers match the spreadsheet, and a trailing empty cell', () => {
    expect(parseCsv('a,b\n\n1,\n', ',').records).toEqual([['a', 'b'], [''], ['1', '']]);
  });

  it('honours Excel\'s sep= first line', () => {
    expect(parseCsv('sep=;\na;b\n1;2\n')).toEqual({ records: [['a', 'b'], ['1', '2']], delimiter: ';' });
  });

  it('throws naming the row when a quote is never closed', () => {
    expect(() => parseCsv('a,b\n1,"open\n2,3\n', ',')).toThrow(new CsvError('row 2: a quoted cell is never closed (a " is missing)'));
  });
});

describe('detectDelimiter', () => {
  it.each([
    ['Date,Details\n1,2\n', ','],
    ['Date;Details\n1;"a, b"\n', ';'],
    ['Date\tDetails, notes\n1\t2\n', '\t'],
    ['Date|Details\n1|2\n', '|'],
    ['Details\nno delimiter at all\n', ','],
  ])('finds the delimiter of %j', (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });
});

describe('decodeUpload', () => {
  it.each([
    [[0xef, 0xbb, 0xbf, 0x5a, 0x6f, 0xc3, 0xab], 'utf-8-bom', 'Zoë'],
    [[0x5a, 0x6f, 0xc3, 0xab], 'utf-8', 'Zoë'],
    [[0x5a, 0x6f, 0xeb, 0x20, 0x96, 0x20, 0x93, 0x80, 0x94], 'windows-1252', 'Zoë – “€”'],
    [[0xff, 0xfe, 0x5a, 0x00, 0xeb, 0x00], 'utf-16le', 'Zë'],
    [[0xfe, 0xff, 0x00, 0x5a, 0x00, 0xeb], 'utf-16be', 'Zë'],
  ])('decodes %j as %s', (bytes, encoding, text) => {
    expect(decodeUpload(Uint8Array.from(bytes))).toEqual({ ok: true, value: { text, encoding } });
  });

  it('refuses empty files, workbooks and PDFs with a reason', () => {
    expect(decodeUpload(new Uint8Array())).toEqual({ ok: false, message: 'file: the file is empty' });
    expect(decodeUpload(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0]))).toMatchObject({ ok: false, message: expect.stringContaining('old Excel workbook (.xls)') });
    expect(decodeUpload(Buffer.from('%PDF-1.7'))).toMatchObject({ ok: false, message: expect.stringContaining('this is a PDF') });
  });
});

describe('csvCell and toCsv', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+44 1234', "'+44 1234"],
    ['-5', "'-5"],
    ['@cmd', "'@cmd"],
    ['plain', 'plain'],
    ['a, "b"', '"a, ""b"""'],
    ['=1,2', `"'=1,2"`],
  ])('writes %j as %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('writes numbers and booleans as they are and null as empty', () => {
    expect([csvCell(-5), csvCell(true), csvCell(null)]).toEqual(['-5', 'true', '']);
  });

  it('writes a BOM and CRLF line ends', () => {
    expect(toCsv([['a', 'b'], [1, 'x\ny']])).toBe('\uFEFFa,b\r\n1,"x\ny"\r\n');
  });
});
