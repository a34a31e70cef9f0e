import { h } from '../../dom';
import { uniqueId } from '../../components/forms';

/** One radio or checkbox choice, with an optional hint under its label. */
export interface ChoiceItem { value: string; label: string; hint?: string }

/** A GOV.UK radio group in a fieldset; `onchange` hears the chosen value. */
export function radiosField(o: { name: string; legend: string; hint?: string; items: ChoiceItem[]; value?: string | null; small?: boolean; onchange?: (value: string) => void }): HTMLElement {
  const hintId = o.hint ? uniqueId(`${o.name}-hint`) : null;
  return h('div', { class: 'govuk-form-group', 'data-field': o.name },
    h('fieldset', { class: 'govuk-fieldset', 'aria-describedby': hintId },
      h('legend', { class: 'govuk-fieldset__legend govuk-fieldset__legend--s' }, o.legend),
      o.hint ? h('div', { class: 'govuk-hint', id: hintId }, o.hint) : null,
      h('div', { class: `govuk-radios${o.small ? ' govuk-radios--small' : ''}` }, o.items.map((item) => {
        const id = uniqueId(`${o.name}-${item.value}`);
        const itemHint = item.hint ? `${id}-hint` : null;
        const input = h('input', { class: 'govuk-radios__input', id, name: o.name, type: 'radio', value: item.value, 'aria-describedby': itemHint });
        input.checked = item.value === o.value;
        if (o.onchange) input.addEventListener('change', () => o.onchange!(item.value));
        return h('div', { class: 'govuk-radios__item' }, input,
          h('label', { class: 'govuk-label govuk-radios__label', for: id }, item.label),
          item.hint ? h('div', { class: 'govuk-hint govuk-radios__hint', id: itemHint }, item.hint) : null);
      }))));
}

/** A GOV.UK group of small checkboxes sharing one name. */
export function checkboxesField(o: { name: string; legend: string; hint?: string; items: ChoiceItem[]; values: readonly string[] }): HTMLElement {
  const hintId = o.hint ? uniqueId(`${o.name}-hint`) : null;
  const chosen = new Set(o.values);
  return h('div', { class: 'govuk-form-group', 'data-field': o.name },
    h('fieldset', { class: 'govuk-fieldset', 'aria-describedby': hintId },
      h('legend', { class: 'govuk-fieldset__legend govuk-fieldset__legend--s' }, o.legend),
      o.hint ? h('div', { class: 'govuk-hint', id: hintId }, o.hint) : null,
      h('div', { class: 'govuk-checkboxes govuk-checkboxes--small' }, o.items.map((item) => {
        const id = uniqueId(`${o.name}-${item.value}`);
        const input = h('input', { class: 'govuk-checkboxes__input', id, name: o.name, type: 'checkbox', value: item.value });
        input.checked = chosen.has(item.value);
        return h('div', { class: 'govuk-checkboxes__item' }, input, h('label', { class: 'govuk-label govuk-checkboxes__label', for: id }, item.label));
      }))));
}

/** The values of the ticked checkboxes (or the chosen radio) of a name, in document order. */
export function checkedValues(form: HTMLFormElement, name: string): string[] {
  return [...form.querySelectorAll<HTMLInputElement>(`input[name="${CSS.escape(name)}"]`)].filter((i) => i.checked).map((i) => i.value);
}
