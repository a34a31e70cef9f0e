import { h } from '../../dom';
import { ApiFailure, api } from '../../api';
import { button, textField, valueOf, whileSubmitting } from '../../components/forms';
import { formErrors, problemsOf, type Problem } from '../../components/errors';
import { liveStatus } from '../../components/banners';
import { archiveContentType, archiveProblems, isReferenceClash } from './archiveFile';

/** What the server answers after importing an archive. */
interface ImportedArchive { investigationId: string; reference: string }

/** Where a refused import's path points on this form: the reference box, the file input, or nowhere (a place in the file). */
function onForm(path: string | undefined): string | undefined {
  if (path === 'reference' || path === 'investigation.reference') return 'reference';
  if (path === 'body' || path === 'file') return 'file';
  return undefined;
}

/** The problems to show for a refused import: a taken reference asks for another; each place in the file is listed by its path. */
export function importProblems(err: unknown): Problem[] {
  if (!(err instanceof ApiFailure)) return problemsOf(err);
  const problems = archiveProblems(err.error);
  if (isReferenceClash(err.status, problems)) {
    const said = problems.find((p) => onForm(p.path) === 'reference')?.message ?? err.message;
    const reason = said.split(';')[0]!.trim();
    return [{ field: 'reference', message: `${reason[0]!.toUpperCase()}${reason.slice(1)}. Enter a new reference for the imported copy and import again` }];
  }
  const listed: Problem[] = problems.map((p) => {
    const field = onForm(p.path);
    return field ? { field, message: p.message } : p.path ? { field: p.path, message: p.message } : { message: p.message };
  });
  return problems.length > 1 ? [{ message: `Nothing was imported. The archive has ${problems.length} problems, each named by its place in the file` }, ...listed] : listed;
}

/**
 * "Import an archive": choose a .json or .json.gz archive (sent as gzip when its first bytes say so), optionally give
 * the copy a new reference, and import it as a new investigation that the user leads; `onImported` opens it.
 */
export function archiveImportForm(onImported: (investigationId: string) => void): HTMLElement {
  const fileId = 'archive-file';
  const status = liveStatus();
  const form = h('form', { novalidate: true, class: 'sl-narrow', 'data-archive-import': '' },
    h('p', { class: 'govuk-body' },
      'An archive is the file a lead investigator downloads from an investigation’s Overview. Importing it creates a new ' +
      'investigation with everything the archive holds, and makes you its lead investigator. Nothing is imported if any part of the file is refused.'),
    h('div', { class: 'govuk-form-group', 'data-field': 'file' },
      h('label', { class: 'govuk-label', for: fileId }, 'Archive file'),
      h('div', { class: 'govuk-hint', id: `${fileId}-hint` }, 'A .json or .json.gz file'),
      h('input', { class: 'govuk-file-upload', id: fileId, name: 'file', type: 'file', accept: '.json,.gz,application/json,application/gzip', 'aria-describedby': `${fileId}-hint` })),
    textField({
      name: 'reference', label: 'New reference (optional)', classes: 'govuk-input--width-20', spellcheck: false,
      hint: 'Leave empty to keep the archive’s reference. Give another when that reference is already used here, for example for a second copy.',
    }),
    status.el,
    h('div', { class: 'govuk-button-group' }, button('Import the archive', { type: 'submit' })));
  const errors = formErrors(form);

  async function upload(file: File, reference: string): Promise<ImportedArchive> {
    status.say(`Reading ${file.name}…`);
    const bytes = new Uint8Array(await file.arrayBuffer());
    status.say(`Importing ${file.name}… a large archive can take a minute.`);
    const query = reference ? `?reference=${encodeURIComponent(reference)}` : '';
    return api.upload<ImportedArchive>(`/api/archives${query}`, archiveContentType(bytes.subarray(0, 2)), bytes);
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    errors.clear();
    const file = form.querySelector<HTMLInputElement>(`#${fileId}`)!.files?.[0];
    if (!file) return errors.show([{ field: 'file', message: 'Choose an archive file' }]);
    if (file.size === 0) return errors.show([{ field: 'file', message: 'The chosen file is empty' }]);
    form.setAttribute('aria-busy', 'true');
    try {
      const imported = await whileSubmitting(form, () => upload(file, valueOf(form, 'reference').trim()));
      status.say(`Imported ${imported.reference}.`);
      onImported(imported.investigationId);
    } catch (err) {
      status.say('');
      errors.show(importProblems(err));
    } finally {
      form.removeAttribute('aria-busy');
    }
  });

  return h('details', { class: 'govuk-details', 'data-module': 'govuk-details' },
    h('summary', { class: 'govuk-details__summary' }, h('span', { class: 'govuk-details__summary-text' }, 'Import an archive')),
    h('div', { class: 'govuk-details__text' }, form));
}
