import { h } from '../dom';

let counter = 0;

/** A page-unique element id with a readable prefix. */
export function uniqueId(prefix: string): string {
  counter += 1;
  return `${prefix.replace(/[^A-Za-z0-9-]/g, '-')}-${counter}`;
}

/** What every form field takes: the API field name (also the input's name), its label and an optional hint. */
export interface FieldOptions {
  name: string;
  label: string;
  hint?: string;
  value?: string | null;
  /** Extra classes for the control, e.g. 'govuk-input--width-10'. */
  classes?: string;
  autocomplete?: string;
  disabled?: boolean;
}

function group(name: string, id: string, label: string, hint: string | undefined, control: HTMLElement, labelClass = 'govuk-label') {
  const hintId = hint ? `${id}-hint` : null;
  if (hintId) control.setAttribute('aria-describedby', hintId);
  return h('div', { class: 'govuk-form-group', 'data-field': name },
    h('label', { class: labelClass, for: id }, label),
    hint ? h('div', { class: 'govuk-hint', id: hintId }, hint) : null,
    control);
}

/** A labelled text input (type text, email, password or date). */
export function textField(o: FieldOptions & { type?: 'text' | 'email' | 'password' | 'date'; spellcheck?: boolean }): HTMLElement {
  const id = uniqueId(o.name);
  const input = h('input', {
    class: `govuk-input ${o.classes ?? ''}`.trim(), id, name: o.name, type: o.type ?? 'text',
    autocomplete: o.autocomplete ?? 'off', spellcheck: o.spellcheck === false ? 'false' : null, disabled: o.disabled,
  });
  input.value = o.value ?? '';
  return group(o.name, id, o.label, o.hint, input);
}

/** A labelled multi-line text box. */
export function textareaField(o: FieldOptions & { rows?: number }): HTMLElement {
  const id = uniqueId(o.name);
  const area = h('textarea', { class: `govuk-textarea ${o.classes ?? ''}`.trim(), id, name: o.name, rows: o.rows ?? 4, disabled: o.disabled });
  area.value = o.value ?? '';
  return group(o.name, id, o.label, o.hint, area);
}

/** One choice of a select. */
export interface Choice { value: string; label: string }

/** A labelled drop-down list. */
export function selectField(o: FieldOptions & { choices: Choice[]; onchange?: (value: string) => void }): HTMLElement {
  const id = uniqueId(o.name);
  const select = h('select', { class: `govuk-select ${o.classes ?? ''}`.trim(), id, name: o.name, disabled: o.disabled },
    o.choices.map((c) => h('option', { value: c.value }, c.label)));
  select.value = o.value ?? o.choices[0]?.value ?? '';
  if (o.onchange) select.addEventListener('change', () => o.onchange!(select.value));
  return group(o.name, id, o.label, o.hint, select);
}

/** A single checkbox with its label. */
export function checkboxField(o: { name: string; label: string; checked?: boolean; hint?: string }): HTMLElement {
  const id = uniqueId(o.name);
  const hintId = o.hint ? `${id}-hint` : null;
  const box = h('input', { class: 'govuk-checkboxes__input', id, name: o.name, type: 'checkbox', 'aria-describedby': hintId });
  box.checked = !!o.checked;
  return h('div', { class: 'govuk-form-group', 'data-field': o.name },
    h('div', { class: 'govuk-checkboxes govuk-checkboxes--small' },
      h('div', { class: 'govuk-checkboxes__item' },
        box,
        h('label', { class: 'govuk-label govuk-checkboxes__label', for: id }, o.label),
        o.hint ? h('div', { class: 'govuk-hint govuk-checkboxes__hint', id: hintId }, o.hint) : null)));
}

/** A button; `secondary` and `warning` pick the GOV.UK variants. */
export function button(label: string, o: { type?: 'submit' | 'button'; variant?: 'secondary' | 'warning'; onclick?: () => void; name?: string } = {}): HTMLButtonElement {
  const variant = o.variant ? ` govuk-button--${o.variant}` : '';
  const btn = h('button', { class: `govuk-button${variant}`, type: o.type ?? 'button', 'data-module': 'govuk-button', name: o.name }, label);
  if (o.onclick) btn.addEventListener('click', o.onclick);
  return btn;
}

/** A small text-like button for row actions ("Change", "Remove"), with a visually hidden context for screen readers. */
export function linkButton(label: string, context: string, onclick: () => void): HTMLButtonElement {
  const btn = h('button', { class: 'sl-link-button govuk-link', type: 'button' }, label, h('span', { class: 'govuk-visually-hidden' }, ` ${context}`));
  btn.addEventListener('click', onclick);
  return btn;
}

/** The value of a named control in a form ('' when absent). */
export function valueOf(form: HTMLFormElement, name: string): string {
  const el = form.elements.namedItem(name);
  if (el instanceof HTMLInputElement && el.type === 'checkbox') return el.checked ? 'true' : '';
  return el && 'value' in el ? String(el.value) : '';
}

/** A date control's value, or null when empty. */
export function dateOf(form: HTMLFormElement, name: string): string | null {
  return valueOf(form, name) || null;
}

/** True when the named checkbox is ticked. */
export function checkedOf(form: HTMLFormElement, name: string): boolean {
  return valueOf(form, name) === 'true';
}

/** Disables a form's submit buttons while a request is in flight, and re-enables them after. */
export async function whileSubmitting<T>(form: HTMLFormElement, work: () => Promise<T>): Promise<T> {
  const buttons = [...form.querySelectorAll<HTMLButtonElement>('button[type=submit]')];
  for (const b of buttons) { b.disabled = true; b.setAttribute('aria-disabled', 'true'); }
  try {
    return await work();
  } finally {
    for (const b of buttons) { b.disabled = false; b.removeAttribute('aria-disabled'); }
  }
}
