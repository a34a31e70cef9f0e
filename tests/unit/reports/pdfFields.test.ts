import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../templates/standard';
import { learningReview } from '../../../templates/standards/learningReview';
import { rapidReview } from '../../../templates/standards/rapidReview';
import { fields } from '../../../templates/sections/blocks';
import { renderPdf } from '../../../server/reports/pdf/renderPdf';
import { buildReportModel } from '../../helpers/reportFixtures';
import { pdfPages, pdfText } from '../../helpers/pdfTools';

const DATE = new Date('2026-03-01T09:00:00Z');
const model = buildReportModel({ entries: 4, factors: 2, findings: 1 });
const flat = (s: string) => s.replace(/\s+/g, ' ');

describe('renderPdf: label and value fields', () => {
  it('prints the "Publishing partnership:" label of the front matter whole, beside its value', async () => {
    const pdf = await renderPdf(buildDocument(learningReview, model), { creationDate: DATE });
    const front = pdfPages(pdf, true).find((p) => p.includes('About this report') && !p.includes('Contents'))!;
    expect(front).toMatch(/Publishing partnership:\s+Northbridge/);
  });

  it('wraps a label longer than its column onto a second line without losing a word', async () => {
    const label = 'Date the commissioning partnership agreed the revised terms of reference';
    const document = buildDocument(rapidReview, model);
    const sections = [{ number: '0', title: 'Front matter', newPage: true, blocks: [fields([{ label, value: '4 March 2026' }, { label: 'Edition', value: 'Published' }])] }];
    const text = flat(pdfText(await renderPdf({ ...document, sections }, { creationDate: DATE })));
    expect(text).toContain(`${label}:`);
    expect(text).toContain('Edition:');
  });
});
