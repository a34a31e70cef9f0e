import { importFields, type ImportMapping, type ImportResult } from '../../../../schema/contracts/chronology';
import { labels } from '../../../../schema/contracts/enums';
import { h } from '../../dom';
import { scrollable } from '../../components/tables';
import { selectField, textField } from '../../components/forms';
import type { Names } from './chronologyData';
import { dateQuality } from './eventDetail';

/** Labels of the fields an agency file can map to. */
export const importFieldLabels: Record<(typeof importFields)[number], string> = {
  date: 'Date', time: 'Time', description: 'What happened', source: 'Source', actor: 'Practitioner', outcome: 'Action or outcome',
  kind: 'Kind', knownAtTime: 'Known at the time', childSeen: 'Child seen', childWords: "Child's words", sharedWith: 'Shared with',
};

const errorFieldLabels: Record<string, string> = { ...importFieldLabels, headerRow: 'Header row' };

const PREVIEW_ROWS = 300;

/** The mapping as select boxes, one per field, choosing among the file's headers. */
export function mappingFields(result: ImportResult): HTMLElement {
  const choices = [{ value: '', label: 'Not in the file' }, ...result.headers.map((header) => ({ value: header, label: header }))];
  return h('div', { class: 'sl-chronology__mapping' },
    importFields.map((field) => selectField({ name: `mapping.${field}`, label: importFieldLabels[field], choices, value: result.mapping[field] ?? '' })));
}

/** The header's row number as found (or chosen), to correct when a title or an export date was taken for it. */
export function headerRowField(result: ImportResult): HTMLElement {
  return textField({
    name: 'headerRow', label: 'The column names are on row', classes: 'govuk-input--width-3', value: result.headerRow > 0 ? String(result.headerRow) : '',
    hint: 'Rows above it (a title, an export date) are passed over. Change it and check again if the columns offered below are not the column names.',
  });
}

/** Reads the header row chosen in the preview form: a row number, or null when left empty (find it). */
export function readHeaderRow(form: HTMLFormElement): number | null {
  const el = form.elements.namedItem('headerRow');
  const value = el instanceof HTMLInputElement ? el.value.trim() : '';
  return /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : null;
}

/** What to check that does not stop the import: rows passed over above the header, repeated rows, continued rows, dates to check. */
export function importNotes(result: ImportResult): HTMLElement | null {
  if (result.notes.length === 0) return null;
  return h('div', { class: 'govuk-inset-text', 'data-import-notes': '' },
    h('h4', { class: 'govuk-heading-s' }, `${result.notes.length} ${result.notes.length === 1 ? 'thing' : 'things'} to check (the import can go ahead)`),
    h('ul', { class: 'govuk-list govuk-list--bullet' }, result.notes.map((n) => h('li', { 'data-note-kind': n.kind }, n.message.charAt(0).toUpperCase() + n.message.slice(1)))));
}

/** Reads the mapping chosen in the preview form. */
export function readMapping(form: HTMLFormElement): ImportMapping {
  const mapping: ImportMapping = {};
  for (const field of importFields) {
    const el = form.elements.namedItem(`mapping.${field}`);
    if (el instanceof HTMLSelectElement && el.value) mapping[field] = el.value;
  }
  return mapping;
}

/** Every row error by row number and field, as a GOV.UK error summary. */
export function importErrors(result: ImportResult): HTMLElement | null {
  if (result.errors.length === 0) return null;
  return h('div', { class: 'govuk-error-summary', tabindex: -1, 'data-import-errors': '' },
    h('div', { role: 'alert' },
      h('h3', { class: 'govuk-error-summary__title' }, `${result.errors.length} ${result.errors.length === 1 ? 'problem' : 'problems'} in the file: nothing can be imported until they are corrected`),
      h('div', { class: 'govuk-error-summary__body' },
        h('ul', { class: 'govuk-list govuk-error-summary__list' }, result.errors.map((e) => h('li', {},
          e.row > 0 ? `Row ${e.row}` : 'The file', e.field ? ` (${errorFieldLabels[e.field] ?? e.field})` : '', `: ${e.message}`))))));
}

/** The rows as understood: date as written and as read (with its precision), kind and text, marked when already imported or another agency's account of the same occasion. */
export function importRowsTable(result: ImportResult, names: Names): HTMLElement {
  const duplicates = new Map(result.duplicates.map((d) => [d.rowNumber, d]));
  const same = new Map<number, ImportResult['sameOccasion']>();
  for (const s of result.sameOccasion) same.set(s.rowNumber, [...(same.get(s.rowNumber) ?? []), s]);
  const errorRows = new Set(result.errors.map((e) => e.row));
  const notes = new Map<number, string[]>();
  for (const n of result.notes) notes.set(n.row, [...(notes.get(n.row) ?? []), n.message]);
  const rows = result.rows.slice(0, PREVIEW_ROWS);
  return h('div', {},
    scrollable(h('table', { class: 'govuk-table sl-chronology__preview' },
      h('caption', { class: 'govuk-table__caption govuk-table__caption--s' }, 'Rows as understood'),
      h('thead', { class: 'govuk-table__head' }, h('tr', { class: 'govuk-table__row' },
        ['Row', 'Date as written', 'Understood as', 'Kind', 'What happened', 'Source', 'Practitioner', 'Notes'].map((t) => h('th', { scope: 'col', class: 'govuk-table__header' }, t)))),
      h('tbody', { class: 'govuk-table__body' }, rows.map((r) => {
        const dup = duplicates.get(r.rowNumber);
        const occasions = same.get(r.rowNumber) ?? [];
        return h('tr', { class: `govuk-table__row${errorRows.has(r.rowNumber) ? ' sl-chronology__row--error' : ''}`, 'data-import-row': r.rowNumber },
          h('th', { scope: 'row', class: 'govuk-table__header' }, String(r.rowNumber)),
          h('td', { class: 'govuk-table__cell' }, r.dateText),
          h('td', { class: 'govuk-table__cell' }, r.display, h('span', { class: 'sl-secondary' }, dateQuality(r))),
          h('td', { class: 'govuk-table__cell' }, labels[r.kind] ?? r.kind),
          h('td', { class: 'govuk-table__cell sl-chronology__prewrap' }, r.description),
          h('td', { class: 'govuk-table__cell' }, r.source),
          h('td', { class: 'govuk-table__cell' }, r.actor),
          h('td', { class: 'govuk-table__cell' },
            dup ? h('strong', { class: 'govuk-tag govuk-tag--grey' }, 'Already imported') : null,
            (notes.get(r.rowNumber) ?? []).map((n) => h('span', { class: 'sl-secondary', 'data-row-note': '' }, n)),
            occasions.map((s) => {
              const other = names.event(s.eventId);
              return h('span', { class: 'sl-secondary' }, `Same occasion as ${names.agency(s.agencyId)}'s entry${other ? ` of ${other.display}` : ''}: kept as a separate account`);
            })));
      })))),
    result.rows.length > PREVIEW_ROWS ? h('p', { class: 'govuk-body' }, `The first ${PREVIEW_ROWS} of ${result.rows.length} rows are shown.`) : null);
}
