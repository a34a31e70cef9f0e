import type { Block } from '../document';
import type { ReportModel } from '../model';
import { PURPOSE_STATEMENT, editionLabels, stageLabels } from '../fixedText';
import { cell, fields, note, sub, table } from './blocks';

/** The facts about this edition: reference, child, commissioning body, edition, stage and date. */
export function aboutThisReport(model: ReportModel): Block {
  const inv = model.investigation;
  return sub('About this report', [
    fields([
      { label: 'Review reference', value: inv.reference },
      { label: 'Child', value: inv.childName },
      { label: 'Commissioned by', value: inv.commissioningBody },
      { label: 'Publishing partnership', value: inv.publishingArea || 'Anonymous' },
      { label: 'Edition', value: editionLabels[model.edition] },
      { label: 'Status', value: stageLabels[model.stage] },
      { label: 'Date of this edition', value: model.generatedOn },
    ]),
    ...(model.edition === 'published'
      ? [note('Names are replaced by pseudonyms, practitioners are named by role and agency, and dates are shown at month precision or relative to the incident.')]
      : [note('This edition shows real identities. It is for the review panel only and must not be published.')]),
  ]);
}

/** The probability words used in the analysis, with their meanings. */
export function probabilityWords(model: ReportModel): Block {
  return sub('Probability words', [
    note('Confidence is expressed with these words instead of "clearly" or "undoubtedly".'),
    table([['Word', 1], ['Meaning', 3]], model.probabilityWords.map((p) => [cell(p.word), cell(p.meaning)]), 'No probability words are defined.'),
  ]);
}

/** Section 0 of the full report: purpose statement, about this report, probability words. */
export function frontMatter(model: ReportModel): Block[] {
  return [
    { type: 'callout', text: PURPOSE_STATEMENT },
    aboutThisReport(model),
    probabilityWords(model),
    note('A glossary of the terms used is in the appendices.'),
  ];
}
