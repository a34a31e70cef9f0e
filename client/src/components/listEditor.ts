import { h } from '../dom';
import { uniqueId } from './forms';

/** A fieldset of repeatable rows (one text, or several texts per row) with Add and Remove buttons. */
function repeater<T>(o: {
  name: string; legend: string; hint?: string; addLabel: string; itemLabel: string;
  values: T[]; blank: T; row: (value: T, index: number) => HTMLElement[]; read: (row: HTMLElement) => T; isEmpty: (v: T) => boolean;
}) {
  const rows = h('div', { class: 'sl-repeater__rows' });
  const hintId = o.hint ? uniqueId(`${o.name}-hint`) : null;
  const fieldset = h('fieldset', { class: 'govuk-fieldset sl-repeater', 'data-field': o.name, 'aria-describedby': hintId },
    h('legend', { class: 'govuk-fieldset__legend govuk-fieldset__legend--s' }, o.legend),
    o.hint ? h('div', { class: 'govuk-hint', id: hintId }, o.hint) : null,
    rows);

  function renumber(): void {
    [...rows.children].forEach((row, i) => {
      const current = read(row as HTMLElement);
      row.replaceWith(build(current, i));
    });
  }
  function read(row: HTMLElement): T { return o.read(row); }
  function build(value: T, index: number): HTMLElement {
    const remove = h('button', { type: 'button', class: 'govuk-button govuk-button--secondary sl-repeater__remove' },
      'Remove', h('span', { class: 'govuk-visually-hidden' }, ` ${o.itemLabel.toLowerCase()} ${index + 1}`));
    const row = h('div', { class: 'sl-repeater__row' }, o.row(value, index), remove);
    remove.addEventListener('click', () => {
      const next = row.nextElementSibling ?? row.previousElementSibling;
      row.remove();
      renumber();
      (next?.querySelector('input') ?? add).focus();
    });
    return row;
  }
  const add = h('button', { type: 'button', class: 'govuk-button govuk-button--secondary' }, o.addLabel);
  add.addEventListener('click', () => {
    const row = build(o.blank, rows.children.length);
    rows.append(row);
    row.querySelector('input')?.focus();
  });
  o.values.forEach((v, i) => rows.append(build(v, i)));
  fieldset.append(add);

  return {
    el: h('div', { class: 'govuk-form-group' }, fieldset),
    /** The non-empty rows, in order; empty rows are dropped so field paths like `name[2]` match what is sent. */
    values: (): T[] => {
      const kept = [...rows.children].filter((r) => !o.isEmpty(read(r as HTMLElement)));
      if (kept.length !== rows.children.length) { rows.replaceChildren(...kept); renumber(); }
      return [...rows.children].map((r) => read(r as HTMLElement));
    },
  };
}

function input(name: string, label: string, value: string, classes = ''): HTMLElement[] {
  const id = uniqueId(name);
  const el = h('input', { class: `govuk-input ${classes}`.trim(), id, name, type: 'text', autocomplete: 'off' });
  el.value = value;
  return [h('div', { class: 'sl-repeater__cell' }, h('label', { class: 'govuk-label', for: id }, label), el)];
}

/** An editable list of texts (terms of reference, parallel processes, aliases); field names are `name[i]`. */
export function textListEditor(o: { name: string; legend: string; itemLabel: string; addLabel: string; values: string[]; hint?: string }) {
  return repeater<string>({
    ...o, blank: '',
    row: (value, i) => input(`${o.name}[${i}]`, `${o.itemLabel} ${i + 1}`, value),
    read: (row) => row.querySelector('input')!.value.trim(),
    isEmpty: (v) => v === '',
  });
}

/** A kind/value pair such as an NHS number. */
export interface Pair { kind: string; value: string }

/** An editable list of kind/value pairs (identifiers); field names are `name[i].kind` and `name[i].value`. */
export function pairListEditor(o: { name: string; legend: string; itemLabel: string; addLabel: string; values: Pair[]; hint?: string }) {
  return repeater<Pair>({
    ...o, blank: { kind: '', value: '' },
    row: (pair, i) => [
      ...input(`${o.name}[${i}].kind`, `${o.itemLabel} ${i + 1}: kind`, pair.kind, 'govuk-input--width-10'),
      ...input(`${o.name}[${i}].value`, `${o.itemLabel} ${i + 1}: value`, pair.value, 'govuk-input--width-20'),
    ],
    read: (row) => {
      const [kind, value] = [...row.querySelectorAll('input')].map((el) => el.value.trim());
      return { kind: kind ?? '', value: value ?? '' };
    },
    isEmpty: (p) => p.kind === '' && p.value === '',
  });
}
