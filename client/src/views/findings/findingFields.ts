import type { CheckResult, Factor } from '../../../../schema/contracts/analysis';
import type { Finding } from '../../../../schema/contracts/findings';
import { findingTypes, labels, probabilityWords } from '../../../../schema/contracts/enums';
import { checkboxField, checkedOf, selectField, textareaField, valueOf } from '../../components/forms';
import { textListEditor } from '../../components/listEditor';
import { mergeFields } from '../../components/conflictMerge';
import { formatValue } from '../../components/changes';
import { radioValue, radiosField, checkedValues } from '../../components/choiceFields';
import { attachFlags } from './languageFlags';
import { factorPicker } from './factorPicker';

/** What each type of finding is for (DOMAIN.md §6). */
export const findingTypeHints: Record<string, string> = {
  contributing_factor: 'A condition of the system that contributed to what happened in this case.',
  other_safety_factor: 'A condition of the system that did not contribute this time but matters for the safety of children.',
  other_key_finding: 'Anything else the system should learn from, good practice included.',
};

/** The labels of a finding's fields, for conflict screens. */
export const findingLabels: Record<string, string> = {
  type: 'Type', statement: 'Statement about the system', inThisCase: 'How it showed in this case',
  notUnique: 'Why it is not unique to this case', whyItMatters: 'Why it matters', confidence: 'Confidence',
  factorIds: 'Factors it rests on', boardQuestions: 'Questions for the commissioning board', isFinal: 'Final',
};

/** The fields of a finding for the merge screen, with factor ids shown as their statements. */
export function findingMergeFields(factors: readonly Factor[]) {
  const byId = new Map(factors.map((f) => [f.id, f.statement]));
  const word = (v: unknown) => (typeof v === 'string' ? labels[v] ?? v : formatValue(v));
  return mergeFields(findingLabels, {
    type: word, confidence: word,
    factorIds: (v) => formatValue(Array.isArray(v) ? v.map((id) => byId.get(String(id)) ?? 'A factor no longer in the analysis') : v),
  });
}

/** Every field of the finding editor (language flags beside the texts they concern), and how to read them. */
export function findingFields(o: { finding: Finding | null; factors: readonly Factor[]; flags: readonly CheckResult[]; analysisHref: string }): {
  fields: HTMLElement[]; read(form: HTMLFormElement): Record<string, unknown>;
} {
  const f = o.finding;
  const text = (name: 'statement' | 'inThisCase' | 'notUnique' | 'whyItMatters', label: string, hint: string, rows: number) =>
    attachFlags(textareaField({ name, label, hint, rows, value: f?.[name] ?? '' }), o.flags, name);
  const questions = textListEditor({
    name: 'boardQuestions', legend: 'Questions for the commissioning board (optional)', itemLabel: 'Question', addLabel: 'Add a question',
    values: f?.boardQuestions ?? [], hint: 'Questions the board should consider, where a recommendation is not the right response.',
  });
  const fields = [
    radiosField({
      name: 'type', legend: 'Type of finding', value: f?.type ?? 'contributing_factor',
      items: findingTypes.map((t) => ({ value: t, label: labels[t] ?? t, hint: findingTypeHints[t] })),
    }),
    text('statement', 'Statement about the system', 'What about the multi-agency system this shows, not about a person.', 3),
    text('inThisCase', 'How it showed in this case', 'What happened in this case that shows the condition.', 4),
    text('notUnique', 'Why it is not unique to this case', 'How widespread it is: other teams, other areas, other reviews.', 4),
    text('whyItMatters', 'Why it matters', 'What it means for the reliability of the multi-agency system.', 4),
    selectField({
      name: 'confidence', label: 'Confidence', value: f?.confidence ?? 'likely', classes: 'govuk-!-width-one-third',
      hint: 'How likely it is that this finding holds, in the probability words of the report.',
      choices: probabilityWords.map((p) => ({ value: p, label: labels[p] ?? p })),
    }),
    factorPicker({ factors: o.factors, chosen: f?.factorIds ?? [], analysisHref: o.analysisHref }),
    questions.el,
    checkboxField({ name: 'isFinal', label: 'Mark this finding as final', checked: f?.isFinal ?? false, hint: 'A final finding must rest on at least one factor.' }),
  ];
  return { fields, read: (form) => readFinding(form, questions.values()) };
}

/** Reads the finding editor; board questions come from the list editor, which drops empty rows. */
function readFinding(form: HTMLFormElement, boardQuestions: string[]): Record<string, unknown> {
  return {
    type: radioValue(form, 'type'),
    statement: valueOf(form, 'statement').trim(),
    inThisCase: valueOf(form, 'inThisCase').trim(),
    notUnique: valueOf(form, 'notUnique').trim(),
    whyItMatters: valueOf(form, 'whyItMatters').trim(),
    confidence: valueOf(form, 'confidence'),
    factorIds: checkedValues(form, 'factorIds'),
    boardQuestions,
    isFinal: checkedOf(form, 'isFinal'),
  };
}
