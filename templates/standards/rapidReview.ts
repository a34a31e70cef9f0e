import type { Block } from '../document';
import type { ReportModel } from '../model';
import type { ReportStandard } from '../standard';
import { PURPOSE_STATEMENT } from '../fixedText';
import { aboutThisReport } from '../sections/frontMatter';
import { recommendationsTable } from '../sections/actions';
import { openFlags } from '../sections/appendices';
import { list, note, para, sub } from '../sections/blocks';

function circumstances(model: ReportModel): Block[] {
  const i = model.investigation;
  const n = model.chronology.length;
  return [
    ...(i.summary.trim() ? [para(i.summary, { kind: 'investigation', id: i.id, field: 'summary' })] : [note('No summary was recorded.')]),
    para(`Agencies involved: ${model.agencies.map((a) => a.name).join(', ') || 'none recorded'}. The integrated chronology holds ${n} ${n === 1 ? 'entry' : 'entries'}.`),
  ];
}

function keyFindings(model: ReportModel): Block[] {
  if (model.findings.length === 0) return [note('No findings have been recorded yet.')];
  return model.findings.map((f) => para([{ text: `${f.ref} `, bold: true }, { text: f.statement }, { text: ` (${f.confidenceLabel.toLowerCase()}; rests on ${f.factorRefs.join(', ') || 'no factors yet'})`, italic: true }], { kind: 'finding', id: f.id, field: 'statement' }));
}

/** A short rapid-review summary: circumstances, key findings and recommendations on a few pages. */
export const rapidReview: ReportStandard = {
  id: 'rapid-review',
  title: 'Rapid review summary',
  description: 'A short summary for the partnership: circumstances, key findings and recommendations.',
  contents: false,
  sections: [
    { number: '0', title: 'About this summary', render: (m) => [{ type: 'callout', text: PURPOSE_STATEMENT }, aboutThisReport(m)] },
    { number: '1', title: 'Circumstances', render: circumstances, newPage: false },
    { number: '2', title: 'Key findings', render: keyFindings, newPage: false },
    { number: '3', title: 'Recommendations', render: (m) => [
      m.recommendations.length > 0 ? recommendationsTable(m) : note('No safety recommendations have been made.'),
      ...(m.factors.some((f) => f.influence === 'supported') ? [sub('Good practice', [list(m.factors.filter((f) => f.influence === 'supported').map((f) => ({ text: `${f.ref} ${f.statement}`, source: { kind: 'factor' as const, id: f.id, field: 'statement' } })))])] : []),
      ...openFlags(m),
    ], newPage: false },
  ],
};
