import type { ChronologyEvent } from '../../../../schema/contracts/chronology';
import { api } from '../../api';
import { h, replace } from '../../dom';
import { button, valueOf, whileSubmitting } from '../../components/forms';
import { formErrors, type FormErrors, type Problem } from '../../components/errors';
import { tryParseEdtf } from '../../../../schema/edtf';
import { chronologyPath, type ChronologyData } from './chronologyData';
import { checkboxItem, entryMergeFields, eventFields, readEventForm, type EventFormValues } from './eventFields';
import { sourceQuickAdd } from './sourceQuickAdd';
import { saveVersioned } from './saveVersioned';

/** What the entry form needs: the data for its choices, the entry to change (null to add one), and what to do after. */
export interface EventFormOptions {
  investigationId: string;
  data: ChronologyData;
  event: ChronologyEvent | null;
  onSaved(event: ChronologyEvent, created: boolean): void;
  onCancel(): void;
  /** After a conflict, the reader took every value of the version someone else saved: show that version. */
  onKeptTheirs(id: string): void;
}

/** Problems the form can find before sending, all at once: a date it cannot read, no description, an order that is not a number. */
export function checkEntry(values: EventFormValues): Problem[] {
  const problems: Problem[] = [];
  if (!values.occurred) problems.push({ field: 'occurred', message: 'must not be empty' });
  else if (!tryParseEdtf(values.occurred)) problems.push({ field: 'occurred', message: 'must be a date such as 2019-03-14, 2019-03, 2019-03-14? (uncertain) or 2019-03/2019-05' });
  if (!values.description.trim()) problems.push({ field: 'description', message: 'must not be empty' });
  if (typeof values.sequence === 'string') problems.push({ field: 'sequence', message: 'must be a whole number (0 or more)' });
  return problems;
}

/**
 * The form to add or change a chronology entry. Errors appear by each field; a change is sent with the version it
 * was based on, and if someone else saved first the merge screen offers, for each field the reader changed, to keep
 * theirs or take the other version.
 */
export function eventForm(o: EventFormOptions): HTMLElement {
  const host = h('div', { class: 'sl-chronology__editor' });
  draw(o.event);
  return host;

  function draw(base: ChronologyEvent | null): void {
    const heading = base ? `Change the entry of ${base.display}` : 'Add an entry';
    const headingId = `event-form-heading-${base?.id ?? 'new'}`;
    const fields = eventFields(o.data, base);
    const quickAdd = sourceQuickAdd(o.investigationId, () => valueOf(form, 'agencyId') || null, (source) => {
      o.data.sources.push(source);
      form.querySelector('[data-field="sourceIds"] [data-empty]')?.remove();
      form.querySelector('[data-choices="sourceIds"]')?.append(checkboxItem('sourceIds', { value: source.id, label: source.reference ? `${source.title} (${source.reference})` : source.title }, true));
    });
    fields.splice(fields.findIndex((f) => f.dataset.field === 'sourceIds') + 1, 0, quickAdd);
    const form = h('form', { novalidate: true, 'aria-labelledby': headingId },
      h('h3', { class: 'govuk-heading-m', id: headingId, tabindex: -1 }, heading),
      fields,
      h('div', { class: 'govuk-button-group' },
        button(base ? 'Save changes' : 'Add the entry', { type: 'submit' }),
        button('Cancel', { variant: 'secondary', onclick: o.onCancel })));
    const errors = formErrors(form);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void whileSubmitting(form, () => save(form, base, errors));
    });
    replace(host, form);
    queueMicrotask(() => form.querySelector<HTMLElement>('h3')?.focus());
  }

  async function save(form: HTMLFormElement, base: ChronologyEvent | null, errors: FormErrors): Promise<void> {
    const values = readEventForm(form);
    const collection = chronologyPath(o.investigationId, 'events');
    await saveVersioned<ChronologyEvent>({
      what: 'entry', form, errors, collection, base, values, problems: checkEntry(values), fields: entryMergeFields(o.data),
      load: () => api.get<ChronologyEvent>(`${collection}/${encodeURIComponent(base!.id)}`),
      onSaved: o.onSaved, onKeptTheirs: () => o.onKeptTheirs(base!.id),
    });
  }
}
