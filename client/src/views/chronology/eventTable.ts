import type { ChronologyEvent } from '../../../../schema/contracts/chronology';
import { labels } from '../../../../schema/contracts/enums';
import { h, replace } from '../../dom';
import { scrollable } from '../../components/tables';
import { linkButton } from '../../components/forms';
import type { Names } from './chronologyData';
import { dateQuality } from './eventDetail';
import { sortEvents, type Sort, type SortKey } from './eventSort';

/** What the table needs: the entries (already filtered), names, and what opening or changing a row does. */
export interface EventTableOptions {
  events: readonly ChronologyEvent[];
  names: Names;
  sort: Sort;
  onSort(sort: Sort): void;
  onOpen(id: string): void;
  onEdit?(event: ChronologyEvent): void;
  /** Entries to mark (e.g. the evidence the causal view asked to highlight). */
  highlighted?: ReadonlySet<string>;
  pageSize?: number;
}

const columns: { key: SortKey | null; label: string }[] = [
  { key: 'date', label: 'Date' }, { key: 'agency', label: 'Agency' }, { key: 'kind', label: 'Kind' }, { key: null, label: 'What happened' },
  { key: null, label: 'People' }, { key: null, label: 'Child seen' }, { key: null, label: 'Sources' },
];

/** The chronology as a table for reading and editing: sortable by date, agency and kind, dates at their true precision, entries with no source flagged. */
export function eventTable(o: EventTableOptions): HTMLElement {
  const pageSize = o.pageSize ?? 200;
  const sorted = sortEvents(o.events, o.sort, o.names.agency);
  const host = h('div', { class: 'sl-chronology__table' });
  let shown = pageSize;

  const header = (c: (typeof columns)[number]) => {
    if (!c.key) return h('th', { scope: 'col', class: 'govuk-table__header' }, c.label);
    const active = o.sort.key === c.key;
    const next: Sort = { key: c.key, descending: active ? !o.sort.descending : false };
    return h('th', { scope: 'col', class: 'govuk-table__header', 'aria-sort': active ? (o.sort.descending ? 'descending' : 'ascending') : 'none' },
      h('button', { type: 'button', class: 'sl-chronology__sort', onclick: () => o.onSort(next) }, c.label,
        h('span', { 'aria-hidden': 'true' }, active ? (o.sort.descending ? ' ▼' : ' ▲') : ' ↕')));
  };

  const marked = (e: ChronologyEvent) => o.highlighted?.has(e.id) ?? false;
  const row = (e: ChronologyEvent) => h('tr', { class: `govuk-table__row${marked(e) ? ' sl-chronology__row--highlighted' : ''}`, 'data-event-row': e.id },
    h('th', { scope: 'row', class: 'govuk-table__header sl-chronology__date' },
      h('button', { type: 'button', class: 'sl-link-button govuk-link', onclick: () => o.onOpen(e.id) }, e.display),
      marked(e) ? h('strong', { class: 'govuk-tag govuk-tag--yellow sl-chronology__evidence' }, 'Highlighted') : null,
      e.uncertain || e.approximate || e.precision === 'year' || e.precision === 'month'
        ? h('span', { class: 'sl-secondary' }, dateQuality(e)) : null),
    h('td', { class: 'govuk-table__cell' }, o.names.agency(e.agencyId)),
    h('td', { class: 'govuk-table__cell' }, labels[e.kind] ?? e.kind),
    h('td', { class: 'govuk-table__cell sl-chronology__prewrap' }, e.description,
      o.onEdit ? h('span', { class: 'sl-secondary' }, linkButton('Change', `the entry of ${e.display}`, () => o.onEdit!(e))) : null),
    h('td', { class: 'govuk-table__cell' }, [...e.actorIds, ...e.subjectIds].map((id) => h('span', { class: 'sl-secondary', title: o.names.person(id) }, o.names.personShort(id)))),
    h('td', { class: 'govuk-table__cell' }, e.childSeen === null ? '' : e.childSeen ? 'Yes' : 'No'),
    h('td', { class: 'govuk-table__cell' }, e.unsourced || e.sourceIds.length === 0
      ? h('strong', { class: 'govuk-tag govuk-tag--orange' }, 'No source')
      : e.sourceIds.map((id) => h('span', { class: 'sl-secondary' }, o.names.source(id)))));

  function draw(): void {
    const visible = sorted.slice(0, shown);
    replace(host,
      scrollable(h('table', { class: 'govuk-table sl-chronology__entries' },
        h('caption', { class: 'govuk-table__caption govuk-table__caption--s' }, `${sorted.length} ${sorted.length === 1 ? 'entry' : 'entries'}`),
        h('thead', { class: 'govuk-table__head' }, h('tr', { class: 'govuk-table__row' }, columns.map(header))),
        h('tbody', { class: 'govuk-table__body' }, visible.map(row)))),
      sorted.length > shown
        ? h('p', { class: 'govuk-body' }, `Showing ${shown} of ${sorted.length}. `,
          linkButton('Show more', 'entries', () => { shown += pageSize; draw(); }))
        : null);
  }
  draw();
  return host;
}
