import type { ReportDocument } from '../../../templates/document';
import { editionLabels, stageLabels } from '../../../templates/fixedText';
import type { Flow } from './flow';
import { FONT } from './fonts';
import { theme } from './theme';

/** Writes the running header, the footer with "Page x of y" and, on restricted editions, the banner on every page. */
export function drawFurniture(flow: Flow, doc: ReportDocument): void {
  const pdf = flow.doc;
  const range = pdf.bufferedPageRange();
  const total = range.count;
  for (let i = range.start; i < range.start + total; i++) {
    pdf.switchToPage(i);
    const { width, height } = pdf.page;
    const left = flow.left;
    const right = flow.right;
    flow.withoutBottomMargin(() => flow.artifact(() => {
      if (doc.banner) {
        pdf.font(FONT.bold).fontSize(8).fillColor(theme.colour.banner);
        pdf.text(doc.banner, 0, 16, { width, align: 'center', lineBreak: false });
        pdf.text(doc.banner, 0, height - 22, { width, align: 'center', lineBreak: false });
      }
      pdf.font(FONT.body).fontSize(theme.size.furniture).fillColor(theme.colour.muted);
      if (i > range.start) {
        pdf.text(doc.runningTitle, left, 36, { width: (right - left) * 0.62, lineBreak: false, ellipsis: true, height: 10 });
        const edition = `${editionLabels[doc.edition]} · ${stageLabels[doc.stage]}`;
        pdf.text(edition, right - pdf.widthOfString(edition), 36, { lineBreak: false });
        pdf.moveTo(left, 50).lineTo(right, 50).lineWidth(0.5).strokeColor(theme.colour.rule).stroke();
      }
      const pageLabel = `Page ${i - range.start + 1} of ${total}`;
      pdf.moveTo(left, height - 44).lineTo(right, height - 44).lineWidth(0.5).strokeColor(theme.colour.rule).stroke();
      pdf.text(doc.cover.kicker, left, height - 38, { lineBreak: false });
      pdf.text(pageLabel, right - pdf.widthOfString(pageLabel), height - 38, { lineBreak: false });
    }, 'Pagination'));
  }
}
