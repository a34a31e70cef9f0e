import { h } from '../../dom';
import { uniqueId } from '../../components/forms';

/** One radio choice, with an optional hint under its label. */
export interface RadioItem { value: string; label: string; hint?: string }

/** A GOV.UK group of small radios in a fieldset; `onchange` hears the chosen value. */
export function radiosField(o: { name: string; legend: string; hint?: string; items: RadioItem[]; value?: string | null; inline?: boolean; onchange?: (value: string) => void }): HTMLElement {
  const hintId = o.hint ? uniqueId(`${o.name}-hint`) : null;
  // The fieldset carries the name too, so an error about the field is shown above the whole group.
  return h('div', { class: 'govuk-form-group', 'data-field': o.name },
    h('fieldset', { class: 'govuk-fieldset', name: o.name, id: uniqueId(`${o.name}-group`), tabindex: -1, 'aria-describedby': hintId },
      h('legend', { class: 'govuk-fieldset__legend govuk-fieldset__legend--s' }, o.legend),
      o.hint ? h('div', { class: 'govuk-hint', id: hintId }, o.hint) : null,
      h('div', { class: `govuk-radios govuk-radios--small${o.inline ? ' govuk-radios--inline' : ''}` }, o.items.map((item) => {
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

/** The value of the chosen radio of a name ('' when none is chosen). */
export function radioValue(form: HTMLFormElement, name: string): string {
  return form.querySelector<HTMLInputElement>(`input[type=radio][name="${CSS.escape(name)}"]:checked`)?.value ?? '';
}

/** The values of the ticked checkboxes of a name, in document order. */
export function checkedValues(form: HTMLElement, name: string): string[] {
  return [...form.querySelectorAll<HTMLInputElement>(`input[type=checkbox][name="${CSS.escape(name)}"]`)].filter((i) => i.checked).map((i) => i.value);
}

/** A labelled whole-number input (days, for example). */
export function numberField(o: { name: string; label: string; hint?: string; value: number; min?: number; max?: number }): HTMLElement {
  const id = uniqueId(o.name);
  const hintId = o.hint ? `${id}-hint` : null;
  const input = h('input', {
    class: 'govuk-input govuk-input--width-4', id, name: o.name, type: 'text', inputmode: 'numeric', autocomplete: 'off',
    spellcheck: 'false', 'aria-describedby': hintId,
  });
  input.value = String(o.value);
  return h('div', { class: 'govuk-form-group', 'data-field': o.name },
    h('label', { class: 'govuk-label', for: id }, o.label),
    o.hint ? h('div', { class: 'govuk-hint', id: hintId }, o.hint) : null,
    input);
}
