import type { Factor } from '../../../../schema/contracts/analysis';
import { influences, labels, probabilityWords, reviewStatuses } from '../../../../schema/contracts/enums';
import type { FactorLevel } from '../../../../schema/taxonomy';
import { h, replace } from '../../dom';
import { ApiFailure, api } from '../../api';
import { button, selectField, textareaField, textField, valueOf, whileSubmitting } from '../../components/forms';
import { formErrors } from '../../components/errors';
import { isConflict } from '../../components/conflict';
import { formatValue } from '../../components/changes';
import { retryAfterConflict } from '../../components/conflictMerge';
import { analysisPath, type EvidenceChoices } from './analysisData';
import { checkboxesField, checkedValues, radiosField } from '../../components/choiceFields';
import { evidencePicker } from './evidencePicker';
import { categoryPrompts } from './prompts';
import type { AnalysisView } from './viewTypes';

/** Labels of a factor's fields, in form order (used to compare values after a conflict). */
export const factorLabels: Record<string, string> = {
  level: 'Level', category: 'Category', statement: 'Statement', description: 'Description', influence: 'Influence',
  confidence: 'Confidence', reviewStatus: 'Review status', contextTags: 'Case context', eventIds: 'Evidence: chronology entries', sourceIds: 'Evidence: sources',
};

const influenceHints: Record<string, string> = {
  hindered: 'Made the outcome, or the factor it leads to, more likely.',
  supported: 'Made it less likely: good practice or a protective condition.',
};

/** The add or change form of a factor: level first, then only that level's categories with their prompt questions. */
export function factorForm(view: AnalysisView, o: { factor: Factor | null; level: FactorLevel | null; choices: EvidenceChoices }): HTMLFormElement {
  const { taxonomy } = view.data();
  const f = o.factor;
  const levels = [...taxonomy.taxonomy.levels].reverse();
  const categoryHost = h('div');
  const promptHost = h('div', { class: 'sl-prompts', 'aria-live': 'polite' });
  let level: FactorLevel | null = f?.level ?? o.level;

  function drawCategories(value: string | null): void {
    const categories = levels.find((l) => l.code === level)?.categories ?? [];
    replace(categoryHost, selectField({
      name: 'category', label: 'Category', value: value ?? categories[0]?.code ?? '', disabled: categories.length === 0,
      hint: level ? `The categories of the ${taxonomy.levelLabel(level).toLowerCase()} level.` : 'Choose a level first.',
      choices: categories.length ? categories.map((c) => ({ value: c.code, label: c.label })) : [{ value: '', label: 'Choose a level first' }],
      onchange: (code) => replace(promptHost, categoryPrompts(taxonomy.category(code))),
    }));
    replace(promptHost, categoryPrompts(taxonomy.category(value ?? categories[0]?.code ?? '')));
  }
  drawCategories(f?.category ?? null);

  const evidence = evidencePicker(o.choices, { eventIds: f?.eventIds ?? [], sourceIds: f?.sourceIds ?? [] });
  const heading = f ? 'Change the factor' : 'Add a factor';
  const form = h('form', { novalidate: true, class: 'sl-factor-form', 'aria-label': heading },
    h('h3', { class: 'govuk-heading-m', tabindex: -1 }, heading),
    radiosField({
      name: 'level', legend: 'Level (band of the diagram)', value: level, small: true,
      items: levels.map((l) => ({ value: l.code, label: l.label, hint: l.description })),
      onchange: (value) => { level = value as FactorLevel; drawCategories(null); },
    }),
    categoryHost,
    promptHost,
    textField({ name: 'statement', label: 'Statement', value: f?.statement, hint: 'One sentence about a condition rather than a person, for example “Caseloads were 40% above the agency’s own limit”.' }),
    textareaField({ name: 'description', label: 'Description (optional)', value: f?.description, rows: 4 }),
    radiosField({
      name: 'influence', legend: 'Influence', value: f?.influence ?? 'hindered', small: true,
      items: influences.map((i) => ({ value: i, label: i === 'supported' ? 'Supporting' : 'Hindering', hint: influenceHints[i] })),
    }),
    selectField({ name: 'confidence', label: 'Confidence', value: f?.confidence ?? 'likely', hint: 'How likely it is that this factor contributed, in the report’s probability words.', choices: probabilityWords.map((p) => ({ value: p, label: labels[p] ?? p })) }),
    selectField({ name: 'reviewStatus', label: 'Review status', value: f?.reviewStatus ?? 'proposed', choices: reviewStatuses.map((s) => ({ value: s, label: labels[s] ?? s })) }),
    checkboxesField({
      name: 'contextTags', legend: 'Case context (optional)', hint: 'The situation practitioners faced; context, not a cause.',
      items: taxonomy.taxonomy.contextTags.map((t) => ({ value: t.code, label: t.label })), values: f?.contextTags ?? [],
    }),
    evidence.el,
    h('div', { class: 'govuk-button-group' },
      button(f ? 'Save the factor' : 'Add the factor', { type: 'submit' }),
      button('Cancel', { variant: 'secondary', onclick: () => view.setMode({ kind: 'details' }) })));
  const errors = formErrors(form);

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    form.querySelector('[data-conflict]')?.remove();
    if (!level) return errors.show([{ field: 'level', message: 'Choose the level of the factor' }]);
    const values = {
      level, category: valueOf(form, 'category'), statement: valueOf(form, 'statement').trim(), description: valueOf(form, 'description'),
      influence: checkedValues(form, 'influence')[0] ?? 'hindered', confidence: valueOf(form, 'confidence'), reviewStatus: valueOf(form, 'reviewStatus'),
      contextTags: checkedValues(form, 'contextTags'), ...evidence.read(form),
    };
    void save(values);
  });

  async function save(values: Record<string, unknown>): Promise<void> {
    const base = analysisPath(view.investigation.id, 'factors');
    try {
      const saved = await whileSubmitting(form, () => (f
        ? api.patch<Factor>(`${base}/${f.id}`, { ...values, version: f.version })
        : api.post<Factor>(base, values)));
      errors.clear();
      await view.changed(f ? `Factor “${saved.statement}” saved.` : `Factor “${saved.statement}” added.`, saved.id);
    } catch (err) {
      if (!isConflict(err) || !f) return errors.showError(err);
      errors.clear();
      const display = (name: string) => (v: unknown) => formatValue(shown({ ...values, [name]: v })[name]);
      try {
        const merge = await retryAfterConflict({
          what: 'factor', fields: Object.entries(factorLabels).map(([name, label]) => ({ name, label, format: display(name) })), mine: values, replacing: form,
          load: () => api.get<Factor>(`${base}/${f.id}`),
          save: (merged, version) => api.patch<Factor>(`${base}/${f.id}`, { ...merged, version }),
        });
        if (merge.outcome !== 'cancelled') await view.changed(merge.outcome === 'saved' ? `Factor “${merge.saved.statement}” saved with the merged values.` : 'Their version of the factor is kept.', f.id);
      } catch (failure) {
        if (failure instanceof ApiFailure && failure.status === 404) return errors.show([{ message: 'Someone else removed this factor while you were editing it.' }]);
        errors.showError(failure);
      }
    }
  }

  function shown(values: Record<string, unknown>): Record<string, unknown> {
    const word = (v: unknown) => labels[String(v)] ?? String(v);
    const events = new Map(o.choices.events.map((e) => [e.id, `${e.display}: ${e.description}`]));
    const sources = new Map(o.choices.sources.map((s) => [s.id, s.title]));
    const tags = new Map(taxonomy.taxonomy.contextTags.map((t) => [t.code, t.label]));
    return {
      ...values,
      level: taxonomy.levelLabel(values.level as FactorLevel), category: taxonomy.category(String(values.category))?.label ?? values.category,
      influence: values.influence === 'supported' ? 'Supporting' : 'Hindering', confidence: word(values.confidence), reviewStatus: word(values.reviewStatus),
      contextTags: (values.contextTags as string[]).map((t) => tags.get(t) ?? t),
      eventIds: (values.eventIds as string[]).map((id) => events.get(id) ?? id),
      sourceIds: (values.sourceIds as string[]).map((id) => sources.get(id) ?? id),
    };
  }
  return form;
}
