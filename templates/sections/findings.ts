import type { Block } from '../document';
import type { ModelFinding, ReportModel } from '../model';
import { fields, list, note, para, refs, sub } from './blocks';

function findingBlock(f: ModelFinding, model: ReportModel): Block {
  const src = (field: string) => ({ kind: 'finding' as const, id: f.id, field });
  const dissent = model.dissent.filter((d) => d.targetKind === 'finding' && d.targetRef === f.ref);
  return sub(`${f.ref}: ${f.typeLabel.toLowerCase()}`, [
    para([{ text: f.statement, bold: true }], src('statement')),
    ...(f.inThisCase.trim() ? [para([{ text: 'How it showed in this case. ', bold: true }, { text: f.inThisCase }], src('inThisCase'))] : []),
    ...(f.notUnique.trim() ? [para([{ text: 'Why it is not unique to this case. ', bold: true }, { text: f.notUnique }], src('notUnique'))] : []),
    ...(f.whyItMatters.trim() ? [para([{ text: 'Why it matters. ', bold: true }, { text: f.whyItMatters }], src('whyItMatters'))] : []),
    fields([
      { label: 'Confidence', value: f.confidenceLabel },
      { label: 'Rests on factors', value: refs(f.factorRefs) },
      { label: 'Evidence', value: refs(f.entryRefs) },
    ]),
    ...(f.boardQuestions.length > 0 ? [note([{ text: 'Questions for the board', bold: true }]), list(f.boardQuestions.map((q) => ({ text: q })), true)] : []),
    ...dissent.map((d) => note(`Dissent: a ${d.role.toLowerCase()} recorded the view "${d.status}": ${d.reason}`)),
  ]);
}

/** Section 4: the findings, typed, each citing the factors and entries it rests on. */
export function findings(model: ReportModel): Block[] {
  if (model.findings.length === 0) return [note('No findings have been recorded yet.')];
  return [
    note('Findings are about the multi-agency system. Each cites the factors (F-) and chronology entries (C-) it rests on.'),
    ...model.findings.map((f) => findingBlock(f, model)),
  ];
}
