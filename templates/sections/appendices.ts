import type { Block } from '../document';
import type { ReportModel } from '../model';
import { cell, list, note, refs, sub, table } from './blocks';
import { chronologyTable } from './chronology';

/** The terms of reference: the questions the review set out to answer. */
export function termsOfReference(model: ReportModel): Block {
  const tor = model.investigation.termsOfReference;
  return sub('Terms of reference', tor.length > 0
    ? [list(tor.map((t, i) => ({ text: t, source: { kind: 'investigation' as const, id: model.investigation.id, field: `termsOfReference[${i}]` } })), true)]
    : [note('No terms of reference were recorded.')]);
}

/** Agencies and the people in the registry, as this edition names them. */
export function agenciesAndPeople(model: ReportModel): Block {
  const restricted = model.edition === 'restricted';
  return sub('Agencies and people', [
    table([['Agency', 3], ['Kind', 2], ['Entries', 1]], model.agencies.map((a) => [cell(a.name), cell(a.kindLabel), cell(String(a.entryCount))]), 'No agencies are recorded.'),
    table(restricted ? [['Name', 2.4], ['Pseudonym', 1.6], ['Role code', 1], ['Relationship or role', 2], ['Agency', 2.4]] : [['Named in this report as', 2.4], ['Role code', 1], ['Relationship or role', 2], ['Agency', 2.4]],
      model.people.map((p) => [
        ...(restricted ? [cell(p.name), cell(p.pseudonym)] : [cell(p.pseudonym)]),
        cell(p.roleCode ?? '—'), cell(p.role), cell(p.agency ?? '—'),
      ]),
      'No people are registered.'),
  ]);
}

/** The glossary of terms. */
export function glossary(model: ReportModel): Block {
  return sub('Glossary', [table([['Term', 1], ['Meaning', 3]], model.glossary.map((g) => [{ text: g.term, bold: true }, cell(g.definition)]), 'No terms are defined.')]);
}

/** Every recommendation with its status, responses and their assessment. */
export function responseTable(model: ReportModel): Block {
  const rows = model.recommendations.flatMap((r) => {
    const head = [{ text: r.ref, bold: true }, cell(r.addressee), cell(r.statusLabel), cell(r.responseDue ?? '—')];
    if (r.responses.length === 0) return [[...head, cell('No response yet'), cell(r.assessmentLabel)]];
    return r.responses.map((resp) => [...head, cell(`${resp.receivedOn}, ${resp.organisation}: ${resp.text}`, { kind: 'response' as const, id: resp.id, field: 'text' }), cell(resp.assessmentLabel)]);
  });
  return sub('Recommendation response table', [
    table([['Identifier', 1.1], ['Addressee', 1.8], ['Status', 1], ['Response due', 1.2], ['Response', 4], ['Assessment', 1.3]], rows, 'No safety recommendations have been made.'),
  ]);
}

/** Open language flags, listed in drafts so the panel sees what is still to be considered. */
export function openFlags(model: ReportModel): Block[] {
  if (model.stage === 'final') return [];
  return [sub('Open language flags', [
    note('Wording flagged as judgemental or counterfactual (hindsight) that is neither rewritten nor marked considered. A final report cannot be generated while any remain.'),
    table([['Where', 1.3], ['Phrase', 1.6], ['Why it is a problem', 2.6], ['Reframe as', 3]],
      model.languageFlags.map((f) => [cell([f.section, f.ref ?? ''].filter(Boolean).join('\n')), { text: `"${f.phrase}"`, bold: true }, cell(f.reason), cell(f.suggestion)]),
      'There are no open language flags.'),
  ])];
}

const dateNote = {
  exact: 'Dates are shown at the precision recorded; "c." marks an approximate date and "(uncertain)" a date the record is unsure of.',
  month: 'Dates are shown at month precision to protect the identity of the child and family.',
  relative: 'Dates are shown relative to the incident to protect the identity of the child and family.',
} as const;

/** Section 7 of the full report. */
export function appendices(model: ReportModel): Block[] {
  return [
    termsOfReference(model),
    sub('Integrated chronology', [note(dateNote[model.dateStyle]), chronologyTable(model)], { newPage: true }),
    agenciesAndPeople(model),
    glossary(model),
    responseTable(model),
    ...openFlags(model),
  ];
}
