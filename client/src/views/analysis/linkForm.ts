import type { FactorLink } from '../../../../schema/contracts/analysis';
import { h } from '../../dom';
import { api } from '../../api';
import { button, textareaField, uniqueId, valueOf, whileSubmitting } from '../../components/forms';
import { formErrors, problemsOf } from '../../components/errors';
import { analysisPath, nodeName, type EvidenceChoices } from './analysisData';
import type { AnalysisView } from './viewTypes';

const targetFields = new Set(['toKind', 'toFactorId', 'toEventId', 'target']);

function targetSelect(view: AnalysisView, fromId: string, choices: EvidenceChoices): HTMLSelectElement {
  const data = view.data();
  const option = (value: string, label: string) => h('option', { value }, label.length > 120 ? `${label.slice(0, 119)}…` : label);
  const factors = [...data.factors.values()].filter((f) => f.id !== fromId);
  const events = choices.available
    ? choices.events.map((e) => ({ id: e.id, label: `${e.display}: ${e.description}` }))
    : data.graph.nodes.flatMap((n) => (n.kind === 'event' ? [{ id: n.id, label: n.label }] : []));
  return h('select', { class: 'govuk-select sl-link-form__target', id: uniqueId('target'), name: 'target' },
    option('', 'Choose what it contributed to'),
    h('optgroup', { label: 'Outcome' }, option('outcome:outcome', nodeName(data, 'outcome'))),
    [...data.taxonomy.taxonomy.levels].reverse().map((level) => {
      const inLevel = factors.filter((f) => f.level === level.code);
      return inLevel.length ? h('optgroup', { label: `${level.label} factors` }, inLevel.map((f) => option(`factor:${f.id}`, f.statement))) : null;
    }),
    events.length ? h('optgroup', { label: 'Chronology entries' }, events.map((e) => option(`event:${e.id}`, e.label))) : null);
}

/**
 * The form that links a factor to what it contributed to (another factor, a chronology entry, or the outcome),
 * with a rationale. The target is chosen in the list or by selecting a card in the diagram or the outline.
 * A refused link (a cycle, a duplicate) is explained with the server's own words, which name the cycle.
 */
export function linkForm(view: AnalysisView, o: { fromId: string; toId: string | null; choices: EvidenceChoices }): { el: HTMLFormElement; setTarget(id: string): void } {
  const data = view.data();
  const select = targetSelect(view, o.fromId, o.choices);
  const hintId = `${select.id}-hint`;
  select.setAttribute('aria-describedby', hintId);
  const form = h('form', { novalidate: true, class: 'sl-link-form', 'aria-label': 'Link the factor' },
    h('h3', { class: 'govuk-heading-m', tabindex: -1 }, 'Link the factor'),
    h('p', { class: 'govuk-body' }, h('strong', {}, 'From: '), nodeName(data, o.fromId)),
    h('div', { class: 'govuk-form-group', 'data-field': 'target' },
      h('label', { class: 'govuk-label', for: select.id }, 'Contributed to'),
      h('div', { class: 'govuk-hint', id: hintId }, 'Choose from the list, or select a card in the diagram or the outline.'),
      select),
    textareaField({ name: 'rationale', label: 'Rationale', rows: 3, hint: 'Why this made the other more likely (or, for a supporting factor, less likely).' }),
    h('div', { class: 'govuk-button-group' },
      button('Save the link', { type: 'submit' }),
      button('Cancel', { variant: 'secondary', onclick: () => view.setMode({ kind: 'details' }) })));
  const errors = formErrors(form);

  function setTarget(id: string): void {
    const node = data.nodes.get(id);
    if (!node || id === o.fromId) return;
    const value = `${node.kind}:${id}`;
    if (![...select.options].some((opt) => opt.value === value)) return;
    select.value = value;
    view.say(`Contributed to: ${nodeName(data, id)}.`);
  }
  if (o.toId) setTarget(o.toId);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const [kind, id] = valueOf(form, 'target').split(':') as [string, string | undefined];
    if (!kind || !id) return errors.show([{ field: 'target', message: 'Choose what the factor contributed to' }]);
    const body = {
      fromFactorId: o.fromId, toKind: kind,
      toFactorId: kind === 'factor' ? id : null, toEventId: kind === 'event' ? id : null,
      rationale: valueOf(form, 'rationale').trim(),
    };
    try {
      await whileSubmitting(form, () => api.post<FactorLink>(analysisPath(view.investigation.id, 'factor-links'), body));
      errors.clear();
      const target = kind === 'event' && !data.nodes.has(id) ? 'the chronology entry' : nodeName(data, id);
      await view.changed(`Linked “${nodeName(data, o.fromId)}” to ${target}.`, o.fromId);
    } catch (err) {
      errors.show(problemsOf(err).map((p) => (p.field && targetFields.has(p.field) ? { field: 'target', message: p.message } : p)));
    }
  });
  return { el: form, setTarget };
}
