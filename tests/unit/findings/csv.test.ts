import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../../server/findings/csv';

describe('csvCell', () => {
  it('prefixes text a spreadsheet would run as a formula with an apostrophe', () => {
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvCell('+44 20')).toBe("'+44 20");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell('  =1+1')).toBe("'  =1+1");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('＝1')).toBe("'＝1");
  });

  it('quotes separators, quotes and line breaks, and leaves plain text and numbers alone', () => {
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "no"')).toBe('"say ""no"""');
    expect(csvCell('line 1\nline 2')).toBe('"line 1\nline 2"');
    expect(csvCell('=A1,"x"')).toBe(`"'=A1,""x"""`);
    expect(csvCell('Plain')).toBe('Plain');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(null)).toBe('');
  });
});

describe('toCsv', () => {
  it('writes a BOM, the header and rows with CRLF line ends', () => {
    expect(toCsv(['A', 'B'], [['1', null], ['x,y', 2]])).toBe('\uFEFFA,B\r\n1,\r\n"x,y",2\r\n');
  });
});
