import type { ImportMapping, ImportResult } from '../../../../schema/contracts/chronology';
import { ApiFailure, api } from '../../api';
import { h, replace } from '../../dom';
import { button, selectField, uniqueId, valueOf, whileSubmitting } from '../../components/forms';
import { formErrors } from '../../components/errors';
import { successBanner } from '../../components/banners';
import { chronologyPath, type ChronologyData, type Names } from './chronologyData';
import { headerRowField, importErrors, importNotes, importRowsTable, mappingFields, readHeaderRow, readMapping } from './importPreview';

/** What the import screen needs, and what to do once entries were imported. */
export interface ImportViewOptions {
  investigationId: string;
  data: ChronologyData;
  names: Names;
  onImported(result: ImportResult): void | Promise<void>;
  onShowTimeline(): void;
}

function dateOrderField(): HTMLElement {
  const choices = [['uk', 'Day first (UK): 14/03/2019'], ['us', 'Month first (US): 03/14/2019']] as const;
  return h('div', { class: 'govuk-form-group', 'data-field': 'dateOrder' },
    h('fieldset', { class: 'govuk-fieldset', name: 'dateOrder' },
      h('legend', { class: 'govuk-fieldset__legend govuk-fieldset__legend--s' }, 'How the file writes dates'),
      h('div', { class: 'govuk-radios govuk-radios--small' }, choices.map(([value, label]) => {
        const id = uniqueId('dateOrder');
        const input = h('input', { class: 'govuk-radios__input', id, name: 'dateOrder', type: 'radio', value });
        input.checked = value === 'uk';
        return h('div', { class: 'govuk-radios__item' }, input, h('label', { class: 'govuk-label govuk-radios__label', for: id }, label));
      }))));
}

/** The result of a refused import (422) carries the same shape as a dry run's; anything else is rethrown. */
function resultOf(err: unknown): ImportResult {
  const details = err instanceof ApiFailure ? err.error.details as Partial<ImportResult> | undefined : undefined;
  if (err instanceof ApiFailure && err.status === 422 && details && Array.isArray(details.errors) && Array.isArray(details.rows)) return details as ImportResult;
  throw err;
}

/**
 * The import screen: choose the agency, the file (CSV or TSV) and the date order; check it (a dry run shows the
 * mapping, editable per field, the dates as understood, duplicates, same-occasion suggestions and every bad row);
 * then import it in one go and show the result.
 */
export function importView(o: ImportViewOptions): HTMLElement {
  const preview = h('div', { class: 'sl-chronology__import-preview', 'aria-live': 'polite' });
  const fileId = uniqueId('file');
  const form = h('form', { novalidate: true, 'aria-labelledby': 'import-heading', class: 'sl-chronology__import' },
    h('h3', { class: 'govuk-heading-m', id: 'import-heading', tabindex: -1 }, "Import an agency's chronology"),
    h('p', { class: 'govuk-body' }, 'Save the spreadsheet as CSV (comma, semicolon or tab separated). Nothing is imported until you have checked how it was read. Rows already imported are skipped, so importing the same file twice adds nothing.'),
    selectField({ name: 'agencyId', label: 'Agency the chronology came from', choices: o.data.agencies.map((a) => ({ value: a.id, label: a.name })) }),
    h('div', { class: 'govuk-form-group', 'data-field': 'file' },
      h('label', { class: 'govuk-label', for: fileId }, 'File'),
      h('input', { class: 'govuk-file-upload', id: fileId, name: 'file', type: 'file', accept: '.csv,.tsv,.txt,text/csv,text/tab-separated-values' })),
    dateOrderField(),
    h('div', { class: 'govuk-button-group' }, button('Check the file', { type: 'submit' })));
  const errors = formErrors(form);
  let checked: { file: File; agencyId: string; dateOrder: string; mapping: ImportMapping | null; headerRow: number | null } | null = null;

  const url = (dryRun: boolean, c: NonNullable<typeof checked>) => {
    const q = new URLSearchParams({ agencyId: c.agencyId, dryRun: String(dryRun), dateOrder: c.dateOrder, fileName: c.file.name });
    if (c.mapping) q.set('mapping', JSON.stringify(c.mapping));
    if (c.headerRow !== null) q.set('headerRow', String(c.headerRow));
    return chronologyPath(o.investigationId, `chronology/import?${q}`);
  };
  const send = async (dryRun: boolean, c: NonNullable<typeof checked>) => {
    try {
      return await api.upload<ImportResult>(url(dryRun, c), c.file.type || 'text/csv', c.file);
    } catch (err) {
      return resultOf(err);
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const file = (form.elements.namedItem('file') as HTMLInputElement).files?.[0];
    const agencyId = valueOf(form, 'agencyId');
    const problems = [
      ...(agencyId ? [] : [{ field: 'agencyId', message: 'Choose the agency the chronology came from' }]),
      ...(file ? [] : [{ field: 'file', message: 'Choose the file to import' }]),
    ];
    if (problems.length > 0 || !file) return errors.show(problems);
    errors.clear();
    const dateOrder = form.querySelector<HTMLInputElement>('input[name="dateOrder"]:checked')?.value ?? 'uk';
    void whileSubmitting(form, () => check({ file, agencyId, dateOrder, mapping: null, headerRow: null }));
  });

  async function check(c: NonNullable<typeof checked>): Promise<void> {
    try {
      const result = await send(true, c);
      checked = c;
      showPreview(result);
    } catch (err) {
      errors.showError(err);
    }
  }

  /** The choices made in the preview; another header row means other columns, so the mapping is found afresh. */
  const chosen = (form: HTMLFormElement, result: ImportResult) => {
    const headerRow = readHeaderRow(form);
    const moved = headerRow !== null && headerRow !== result.headerRow;
    return { ...checked!, headerRow, mapping: moved ? null : readMapping(form) };
  };

  function showPreview(result: ImportResult): void {
    const importable = result.rows.length - result.duplicates.length;
    const again = h('form', { novalidate: true, 'aria-label': 'Columns and import' },
      h('h3', { class: 'govuk-heading-m', tabindex: -1, 'data-preview-heading': '' }, 'Check how the file was read'),
      h('p', { class: 'govuk-body' }, `${result.rows.length} rows read (${result.encoding}, separated by ${delimiterName(result.delimiter)}). `,
        `${result.duplicates.length} already imported, ${result.sameOccasion.length} possibly the same occasion as another agency's entry.`),
      importErrors(result),
      importNotes(result),
      h('h4', { class: 'govuk-heading-s' }, 'Columns'),
      headerRowField(result),
      mappingFields(result),
      h('div', { class: 'govuk-button-group' },
        button('Check again with these columns', { variant: 'secondary', onclick: () => { if (checked) void whileSubmitting(again, () => check(chosen(again, result))); } }),
        result.errors.length === 0 && importable > 0 ? button(`Import ${importable} ${importable === 1 ? 'entry' : 'entries'}`, { type: 'submit' }) : null),
      importRowsTable(result, o.names));
    again.addEventListener('submit', (event) => {
      event.preventDefault();
      if (!checked) return;
      const c = chosen(again, result);
      void whileSubmitting(again, () => (c.headerRow !== null && c.headerRow !== result.headerRow ? check(c) : commit(c)));
    });
    replace(preview, again);
    queueMicrotask(() => preview.querySelector<HTMLElement>(result.errors.length > 0 ? '[data-import-errors]' : '[data-preview-heading]')?.focus());
  }

  async function commit(c: NonNullable<typeof checked>): Promise<void> {
    try {
      const result = await send(false, c);
      if (result.errors.length > 0 || result.dryRun) return showPreview(result);
      replace(preview, successBanner(`Imported ${result.imported} ${result.imported === 1 ? 'entry' : 'entries'} from ${c.file.name}${result.skipped > 0 ? `; ${result.skipped} already imported were skipped` : ''}.`),
        button('See them on the timeline', { onclick: o.onShowTimeline }));
      queueMicrotask(() => preview.querySelector<HTMLElement>('.govuk-notification-banner')?.focus());
      await o.onImported(result);
    } catch (err) {
      errors.showError(err);
    }
  }

  return h('div', {}, o.data.agencies.length === 0
    ? h('div', { class: 'govuk-inset-text' }, 'Add the agency on the Overview tab first: every imported entry belongs to the agency whose chronology it came from.')
    : [form, preview]);
}

function delimiterName(d: string): string {
  return d === '\t' ? 'tabs' : d === ';' ? 'semicolons' : d === ',' ? 'commas' : `"${d}"`;
}
