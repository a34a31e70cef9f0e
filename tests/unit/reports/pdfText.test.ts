import { describe, expect, it } from 'vitest';
import PDFDocument from 'pdfkit';
import { registerFonts, FONT } from '../../../server/reports/pdf/fonts';
import { wrapText } from '../../../server/reports/pdf/lines';
import { paginateContents } from '../../../server/reports/pdf/contents';

function doc() {
  const d = new PDFDocument({ autoFirstPage: false });
  registerFonts(d);
  return d.font(FONT.cond).fontSize(10);
}

describe('wrapText', () => {
  it('breaks at spaces within the width and keeps explicit newlines', () => {
    const d = doc();
    const width = Math.max(d.widthOfString('alpha beta'), d.widthOfString('gamma delta')) + 1;
    expect(wrapText(d, 'alpha beta gamma delta\nepsilon', width)).toEqual(['alpha beta', 'gamma delta', 'epsilon']);
  });

  it('breaks a word longer than the line between characters', () => {
    const d = doc();
    const lines = wrapText(d, 'abcdefghij', d.widthOfString('abcd') + 0.5);
    expect(lines).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('measures Unicode names with the embedded font', () => {
    const d = doc();
    expect(d.widthOfString('Łukasz Zoë')).toBeGreaterThan(d.widthOfString('Lukasz Zoe') - 0.01);
    expect(wrapText(d, 'Łukasz Zoë', 1000)).toEqual(['Łukasz Zoë']);
  });
});

describe('paginateContents', () => {
  it('fills the first page below the heading, then whole pages', () => {
    const entries = Array.from({ length: 5 }, (_, i) => ({ number: String(i), title: 'x', depth: 0, anchor: `a${i}` }));
    expect(paginateContents(entries, 40, 60).map((p) => p.map((e) => e.number))).toEqual([['0', '1'], ['2', '3', '4']]);
  });
});
