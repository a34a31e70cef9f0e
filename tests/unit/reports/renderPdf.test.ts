import { beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { buildDocument } from '../../../templates/standard';
import { learningReview } from '../../../templates/standards/learningReview';
import { preliminary } from '../../../templates/standards/preliminary';
import { rapidReview } from '../../../templates/standards/rapidReview';
import { numberDocument } from '../../../templates/numbering';
import { renderPdf } from '../../../server/reports/pdf/renderPdf';
import { buildReportModel } from '../../helpers/reportFixtures';
import { keepOutput, pdfInfo, pdfPages, pdfText } from '../../helpers/pdfTools';
import { pdfStructureText } from '../../helpers/pdfStructure';

const DATE = new Date('2026-03-01T09:00:00Z');
const model = buildReportModel({ entries: 60, factors: 16, findings: 3 });
const document = buildDocument(learningReview, model);
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const flat = (s: string) => s.replace(/\s+/g, ' ');

let pdf: Buffer;
let text: string;
let pages: string[];

beforeAll(async () => {
  pdf = await renderPdf(document, { creationDate: DATE });
  keepOutput('learning-review-restricted-fixture.pdf', pdf);
  text = flat(pdfText(pdf));
  pages = pdfPages(pdf);
});

describe('renderPdf: the learning review', () => {
  it('contains every section and subsection heading with its number', () => {
    const { contents } = numberDocument(document);
    expect(contents.length).toBeGreaterThan(30);
    for (const entry of contents) expect(text).toContain(flat(`${entry.number} ${entry.title}`));
  });

  it('contains every chronology entry by reference, every factor statement, finding and recommendation identifier', () => {
    for (const e of model.chronology) expect(text).toContain(e.ref);
    for (const f of model.factors) expect(text).toContain(flat(`${f.ref} ${f.statement}`));
    for (const f of model.findings) expect(text).toContain(f.ref);
    for (const r of model.recommendations) expect(text).toContain(r.identifier!);
  });

  it('keeps Unicode names intact: "Zoë" and "Łukasz" extract as written', () => {
    expect(text).toContain('Zoë Thornbury');
    expect(text).toContain('Łukasz Nowak');
  });

  it('numbers every page "Page x of y" and lists the contents with page numbers', () => {
    pages.forEach((page, i) => expect(page).toContain(`Page ${i + 1} of ${pages.length}`));
    const contents = flat(pages[1]!);
    expect(contents).toMatch(/Contents .*0 Front matter \d+/);
    const appendixPage = Number(/7 Appendices (\d+)/.exec(contents)![1]);
    expect(flat(pages[appendixPage - 1]!)).toContain('7 Appendices');
  });

  it('repeats the chronology header row on every page the chronology spans', () => {
    const laidOut = pdfPages(pdf, true);
    const first = laidOut.findIndex((p) => p.includes('7.2 Integrated chronology') && !p.includes('Contents'));
    const last = laidOut.findIndex((p) => p.includes('7.3 Agencies and people') && !p.includes('Contents'));
    const chronologyPages = laidOut.slice(first, last + 1).filter((p) => /C-\d{3}/.test(p));
    expect(chronologyPages.length).toBeGreaterThan(3);
    for (const p of chronologyPages) expect(p).toMatch(/Ref\s+Date and kind\s+Agency and\s+Entry\s+Known at the time\s+Source/);
  });

  it('continues a row too long for one page on the next, marked as continued', () => {
    const long = model.chronology.find((e) => e.description.length > 2000)!;
    expect(text).toContain(`${long.ref} (cont.)`);
  });

  it('has one bookmark per contents entry, nested under its section', () => {
    const raw = pdf.toString('latin1');
    const { contents } = numberDocument(document);
    expect((raw.match(/\/Title [(<]/g) ?? []).length).toBe(contents.length);
    expect(raw).toContain('/Title (2.1  Summary of events)');
    const sections = contents.filter((c) => c.depth === 0 && contents.some((d) => d.depth === 1 && d.number.startsWith(`${c.number}.`)));
    expect((raw.match(/\/First \d+ 0 R/g) ?? []).length).toBe(sections.length + 1);
  });

  it('carries the restricted banner on every page of the restricted edition', () => {
    for (const page of pages) expect(page).toContain('RESTRICTED — contains personal data');
  });

  it('is a tagged A4 PDF with its title, author, subject, keywords and fixed dates', () => {
    const { info, metadata } = pdfInfo(pdf);
    expect(info.Tagged).toBe('yes');
    expect(info['Page size']).toContain('A4');
    expect(info.Title).toBe('Learning review report: Zoë Thornbury');
    expect(info.Author).toBe('Northbridge Safeguarding Children Partnership (fictional)');
    expect(info.Keywords).toContain('DEMO-2024-01');
    expect(info.CreationDate).toContain('2026');
    expect(metadata).toContain('<xmp:CreateDate>2026-03-01T09:00:00Z</xmp:CreateDate>');
    expect(pdf.toString('latin1')).toMatch(/\/Lang \(en-GB\)/);
    expect(pdf.toString('latin1')).toMatch(/\/Outlines \d+ 0 R/);
  });

  it('gives byte-identical files for the same document and date', async () => {
    const again = await renderPdf(document, { creationDate: DATE });
    expect(sha(again)).toBe(sha(pdf));
    const later = await renderPdf(document, { creationDate: new Date('2026-03-02T09:00:00Z') });
    expect(sha(later)).not.toBe(sha(pdf));
  });

  it('escapes "&" and "<" in metadata so the XMP packet stays valid', async () => {
    const odd = buildDocument(learningReview, { ...model, investigation: { ...model.investigation, title: 'Health & <Care> review' } });
    const { info, metadata } = pdfInfo(await renderPdf(odd, { creationDate: DATE }));
    expect(info.Title).toBe('Learning review report: Health & <Care> review');
    expect(metadata).toContain('Health &amp; &lt;Care&gt; review');
  });
});

describe('renderPdf: a long report, written out page by page', () => {
  const long = buildDocument(learningReview, buildReportModel({ entries: 400, factors: 40, findings: 6 }));
  let first: Buffer;
  let longPages: string[];

  beforeAll(async () => {
    first = await renderPdf(long, { creationDate: DATE });
    longPages = pdfPages(first);
  });

  it('gives the right total in the footer of the first and the last page', () => {
    const total = Number(pdfInfo(first).info.Pages);
    expect(total).toBeGreaterThan(40);
    expect(longPages).toHaveLength(total);
    expect(longPages[0]).toContain(`Page 1 of ${total}`);
    expect(longPages[total - 1]).toContain(`Page ${total} of ${total}`);
    expect(longPages[total - 1]).toContain('RESTRICTED — contains personal data');
  });

  it('gives the page of a late section in the contents', () => {
    const appendixPage = Number(/7\.2 Integrated chronology (\d+)/.exec(flat(longPages[1]!))![1]);
    expect(flat(longPages[appendixPage - 1]!)).toContain('7.2 Integrated chronology');
  });

  it('keeps the tagged structure on pages written out early: the last entry is read from its own table cell', () => {
    expect(pdfStructureText(first)).toMatch(/\n *TR\n *TD\n *"C-400"\n/);
  });

  it('gives byte-identical files for two generations', async () => {
    const second = await renderPdf(long, { creationDate: DATE });
    expect(sha(second)).toBe(sha(first));
  });
});

describe('renderPdf: the other standards', () => {
  it('renders the preliminary report with facts only', async () => {
    const out = await renderPdf(buildDocument(preliminary, model), { creationDate: DATE });
    keepOutput('preliminary-restricted-fixture.pdf', out);
    const t = flat(pdfText(out));
    expect(t).toContain('3 Integrated chronology');
    expect(t).toContain(model.chronology[59]!.ref);
    expect(t).not.toContain('Contributory factors');
    expect(t).not.toContain(model.findings[0]!.statement);
  });

  it('renders the rapid review summary on a few pages without contents', async () => {
    const out = await renderPdf(buildDocument(rapidReview, model), { creationDate: DATE });
    keepOutput('rapid-review-restricted-fixture.pdf', out);
    const p = pdfPages(out);
    expect(p.length).toBeLessThanOrEqual(4);
    expect(flat(p.join(' '))).toContain(`${model.findings[0]!.ref} ${model.findings[0]!.statement}`);
    expect(p.join(' ')).not.toContain('Contents');
  });
});
