import { h } from '../dom';

type Cell = Node | string | number | null | undefined | (Node | string)[];

/** A table in a box that scrolls sideways on a narrow screen instead of widening the page. */
export const scrollable = (table: HTMLElement): HTMLElement => h('div', { class: 'sl-table-scroll' }, table);

/** A GOV.UK table with a caption (visually hidden unless `showCaption`), header cells and body rows, scrolling sideways when narrow. */
export function table(o: { caption: string; head: string[]; rows: Cell[][]; showCaption?: boolean; empty?: string; classes?: string }): HTMLElement {
  if (o.rows.length === 0 && o.empty) return h('p', { class: 'govuk-body sl-empty' }, o.empty);
  return scrollable(h('table', { class: `govuk-table ${o.classes ?? ''}`.trim() },
    h('caption', { class: o.showCaption ? 'govuk-table__caption govuk-table__caption--m' : 'govuk-table__caption govuk-visually-hidden' }, o.caption),
    h('thead', { class: 'govuk-table__head' },
      h('tr', { class: 'govuk-table__row' }, o.head.map((label) => h('th', { scope: 'col', class: 'govuk-table__header' }, label)))),
    h('tbody', { class: 'govuk-table__body' },
      o.rows.map((row) => h('tr', { class: 'govuk-table__row' },
        row.map((cell, i) => (i === 0
          ? h('th', { scope: 'row', class: 'govuk-table__header' }, cell ?? '')
          : h('td', { class: 'govuk-table__cell' }, cell ?? ''))))))));
}

/** A GOV.UK summary list of label/value rows, for read-only details. */
export function summaryList(rows: [string, Cell][]): HTMLElement {
  return h('dl', { class: 'govuk-summary-list' },
    rows.map(([key, value]) => h('div', { class: 'govuk-summary-list__row' },
      h('dt', { class: 'govuk-summary-list__key' }, key),
      h('dd', { class: 'govuk-summary-list__value' }, value === null || value === undefined || value === '' ? h('span', { class: 'sl-muted' }, 'Not recorded') : value))));
}

/** A bulleted list of texts, or "None recorded". */
export function bulletList(items: string[], ordered = false): HTMLElement {
  if (items.length === 0) return h('span', { class: 'sl-muted' }, 'None recorded');
  return h(ordered ? 'ol' : 'ul', { class: `govuk-list ${ordered ? 'govuk-list--number' : 'govuk-list--bullet'}` }, items.map((t) => h('li', {}, t)));
}
