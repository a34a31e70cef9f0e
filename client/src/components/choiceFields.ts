import { h } from '../dom';
import { uniqueId } from './forms';

/** One radio or checkbox choice, with an optional hint under its label. */
export interface ChoiceItem { value: string; label: string; hint?: string }

/** What a group of choices takes: the API field name (shared by its inputs), the legend and an optional hint. */
interface GroupOptions { name: string; legend: string; hint?: string; items: ChoiceItem[] }

function choiceGroup(o: GroupOptions, choices: HTMLElement): HTMLElement {
  const hintId = o.hint ? uniqueId(`${o.name}-hint`) : null;
  // The fieldset carries the name too, so an error about the field is shown above the whole group and focuses it.
  return h('div', { class: 'govuk-form-group', 'data-field': o.name },
    h('fieldset', { class: 'govuk-fieldset', name: o.name, id: uniqueId(`${o.name}-group`), tabindex: -1, 'aria-describedby': hintId },
      h('legend', { class: 'govuk-fieldset__legend govuk-fieldset__legend--s' }, o.legend),
      o.hint ? h('div', { class: 'govuk-hint', id: hintId }, o.hint) : null,
      choices));
}

function choiceItem(kind: 'radios' | 'checkboxes', name: string, item: ChoiceItem, checked: boolean): { row: HTMLElement; input: HTMLInputElement } {
  const id = uniqueId(`${name}-${item.value}`);
  const hintId = item.hint ? `${id}-hint` : null;
  const input = h('input', { class: `govuk-${kind}__input`, id, name, type: kind === 'radios' ? 'radio' : 'checkbox', value: item.value, 'aria-describedby': hintId });
  input.checked = checked;
  const row = h('div', { class: `govuk-${kind}__item` }, input,
    h('label', { class: `govuk-label govuk-${kind}__label`, for: id }, item.label),
    item.hint ? h('div', { class: `govuk-hint govuk-${kind}__hint`, id: hintId }, item.hint) : null);
  return { row, input };
}

/**
 * A GOV.UK radio group in a fieldset, small unless `small` is false (the workspace's forms are dense);
 * `onchange` hears the chosen value.
 */
export function radiosField(o: GroupOptions & { value?: string | null; small?: boolean; inline?: boolean; onchange?: (value: string) => void }): HTMLElement {
  const classes = `govuk-radios${o.small === false ? '' : ' govuk-radios--small'}${o.inline ? ' govuk-radios--inline' : ''}`;
  return choiceGroup(o, h('div', { class: classes }, o.items.map((item) => {
    const { row, input } = choiceItem('radios', o.name, item, item.value === o.value);
    if (o.onchange) input.addEventListener('change', () => o.onchange!(item.value));
    return row;
  })));
}

/** A GOV.UK group of small checkboxes sharing one name, ticked where the value is in `values`. */
export function checkboxesField(o: GroupOptions & { values: readonly string[] }): HTMLElement {
  const chosen = new Set(o.values);
  return choiceGroup(o, h('div', { class: 'govuk-checkboxes govuk-checkboxes--small' },
    o.items.map((item) => choiceItem('checkboxes', o.name, item, chosen.has(item.value)).row)));
}

/** The value of the chosen radio of a name ('' when none is chosen). */
export function radioValue(form: HTMLElement, name: string): string {
  return form.querySelector<HTMLInputElement>(`input[type=radio][name="${CSS.escape(name)}"]:checked`)?.value ?? '';
}

/** The values of the ticked checkboxes (or the chosen radio) of a name, in document order. */
export function checkedValues(form: HTMLElement, name: string): string[] {
  return [...form.querySelectorAll<HTMLInputElement>(`input[name="${CSS.escape(name)}"]`)].filter((i) => i.checked).map((i) => i.value);
}

/** A labelled whole-number input (days, for example). */
export function numberField(o: { name: string; label: string; hint?: string; value: number }): HTMLElement {
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
