import { h } from '../../dom';
import { uniqueId } from '../../components/forms';
import type { EvidenceChoices } from './analysisData';
import { checkedValues } from '../../components/choiceFields';

/** The evidence a factor cites. */
export interface Evidence { eventIds: string[]; sourceIds: string[] }

interface Option { value: string; label: string }

function filteredList(o: { name: string; legend: string; hint: string; filterLabel: string; options: Option[]; chosen: Set<string> }): HTMLElement {
  const sorted = [...o.options.filter((x) => o.chosen.has(x.value)), ...o.options.filter((x) => !o.chosen.has(x.value))];
  const items = sorted.map((opt) => {
    const id = uniqueId(`${o.name}-option`);
    const input = h('input', { class: 'govuk-checkboxes__input', id, name: o.name, type: 'checkbox', value: opt.value });
    input.checked = o.chosen.has(opt.value);
    return h('div', { class: 'govuk-checkboxes__item', 'data-text': opt.label.toLowerCase() }, input,
      h('label', { class: 'govuk-label govuk-checkboxes__label', for: id }, opt.label));
  });
  const filterId = uniqueId(`${o.name}-filter`);
  const filter = h('input', { class: 'govuk-input govuk-input--width-20', id: filterId, type: 'search', autocomplete: 'off' });
  const count = h('p', { class: 'govuk-body-s sl-evidence__count', 'aria-live': 'polite' });
  const list = h('div', { class: 'govuk-checkboxes govuk-checkboxes--small sl-evidence__list' }, items);
  const update = () => {
    const q = filter.value.trim().toLowerCase();
    let shown = 0;
    for (const item of items) {
      item.hidden = q !== '' && !item.dataset.text!.includes(q);
      if (!item.hidden) shown += 1;
    }
    const chosen = items.filter((i) => i.querySelector('input')!.checked).length;
    count.textContent = `${chosen} chosen${q ? `; ${shown} of ${items.length} match the filter` : ''}.`;
  };
  filter.addEventListener('input', update);
  list.addEventListener('change', update);
  update();
  const hintId = uniqueId(`${o.name}-hint`);
  return h('div', { class: 'govuk-form-group', 'data-field': o.name },
    h('fieldset', { class: 'govuk-fieldset', 'aria-describedby': hintId },
      h('legend', { class: 'govuk-fieldset__legend govuk-fieldset__legend--s' }, o.legend),
      h('div', { class: 'govuk-hint', id: hintId }, o.hint),
      o.options.length > 8 ? h('div', { class: 'sl-evidence__filter' }, h('label', { class: 'govuk-label', for: filterId }, o.filterLabel), filter) : null,
      count,
      o.options.length === 0 ? h('p', { class: 'govuk-body sl-muted' }, 'None recorded yet.') : list));
}

/**
 * Choosing the chronology entries and sources that evidence a factor, with a filter for long chronologies.
 * When the chronology could not be loaded the factor keeps its evidence unchanged.
 */
export function evidencePicker(choices: EvidenceChoices, current: Evidence): { el: HTMLElement; read(form: HTMLFormElement): Evidence } {
  if (!choices.available) {
    return {
      el: h('div', { class: 'govuk-inset-text' }, `The chronology could not be loaded, so the evidence cannot be changed now. The factor keeps its ${current.eventIds.length} cited ${current.eventIds.length === 1 ? 'entry' : 'entries'} and ${current.sourceIds.length} ${current.sourceIds.length === 1 ? 'source' : 'sources'}.`),
      read: () => current,
    };
  }
  const known = new Set(choices.events.map((e) => e.id));
  const knownSources = new Set(choices.sources.map((s) => s.id));
  const events: Option[] = [
    ...choices.events.map((e) => ({ value: e.id, label: `${e.display}: ${e.description.length > 160 ? `${e.description.slice(0, 159)}…` : e.description}` })),
    ...current.eventIds.filter((id) => !known.has(id)).map((id) => ({ value: id, label: 'An entry no longer in the chronology' })),
  ];
  const sources: Option[] = [
    ...choices.sources.map((s) => ({ value: s.id, label: s.reference ? `${s.title} (${s.reference})` : s.title })),
    ...current.sourceIds.filter((id) => !knownSources.has(id)).map((id) => ({ value: id, label: 'A source no longer recorded' })),
  ];
  return {
    el: h('div', { class: 'sl-evidence' },
      filteredList({
        name: 'eventIds', legend: 'Evidence: chronology entries', filterLabel: 'Filter the entries',
        hint: 'The entries that show this condition. Selecting the factor highlights them in the diagram and the timeline.',
        options: events, chosen: new Set(current.eventIds),
      }),
      filteredList({
        name: 'sourceIds', legend: 'Evidence: sources', filterLabel: 'Filter the sources',
        hint: 'Records, interviews or minutes that support the factor directly.', options: sources, chosen: new Set(current.sourceIds),
      })),
    read: (form) => ({ eventIds: checkedValues(form, 'eventIds'), sourceIds: checkedValues(form, 'sourceIds') }),
  };
}
