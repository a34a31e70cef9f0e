import type { Block } from '../document';
import type { ReportModel } from '../model';
import { PURPOSE_STATEMENT } from '../fixedText';
import { cell, list, note, refs, sub, table } from './blocks';

/** Section 5: safety action already taken by agencies. */
export function safetyActions(model: ReportModel): Block[] {
  return [
    note('Safety action already taken by an agency is often better than a recommendation.'),
    table([['Agency', 2], ['Date', 1], ['Action taken', 5]],
      model.safetyActions.map((a) => [cell(a.agency), cell(a.takenOn), cell(a.description, { kind: 'safety_action', id: a.id, field: 'description' })]),
      'No safety action has been recorded.'),
  ];
}

/** The recommendations table: identifier, addressee, text, intended outcome, measure, findings addressed. */
export function recommendationsTable(model: ReportModel): Block {
  const src = (id: string, field: string) => ({ kind: 'recommendation' as const, id, field });
  return table([['Identifier', 1.1], ['Addressee', 1.5], ['Recommendation', 3.4], ['Intended outcome', 2], ['Measure', 1.8], ['Findings', 1]],
    model.recommendations.map((r) => [
      { text: r.ref, bold: true },
      cell(r.addressee),
      cell(r.text, src(r.id, 'text')),
      cell(r.intendedOutcome, src(r.id, 'intendedOutcome')),
      cell(r.measure, src(r.id, 'measure')),
      cell(refs(r.findingRefs)),
    ]),
    'No safety recommendations have been made.');
}

/** Section 6: safety recommendations, addressed to organisations, and questions for the board. */
export function recommendations(model: ReportModel): Block[] {
  const questions = model.findings.flatMap((f) => f.boardQuestions.map((q) => ({ text: `${q} (${f.ref})` })));
  return [
    note(`Recommendations are addressed to organisations, never to individuals. ${PURPOSE_STATEMENT.replace('The sole purpose of this review', 'The purpose of a recommendation')}`),
    sub('Safety recommendations', [recommendationsTable(model)]),
    sub('Questions for the board', questions.length > 0 ? [list(questions, true)] : [note('No questions for the board were recorded.')]),
  ];
}
