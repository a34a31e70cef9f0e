import type { ChronologyEvent } from '../../../../schema/contracts/chronology';
import { ApiFailure, api } from '../../api';
import { h, replace } from '../../dom';
import { button, valueOf, whileSubmitting } from '../../components/forms';
import { formErrors, type Problem } from '../../components/errors';
import { tryParseEdtf } from '../../../../schema/edtf';
import { changedFields } from '../../components/changes';
import { conflictNotice, isConflict } from '../../components/conflict';
import { chronologyPath, type ChronologyData, type Names } from './chronologyData';
import { checkboxItem, eventFieldLabels, eventFields, readEventForm, type EventFormValues } from './eventFields';
import { sourceQuickAdd } from './sourceQuickAdd';

/** What the entry form needs: the data for its choices, the entry to change (null to add one), and what to do after. */
export interface EventFormOptions {
  investigationId: string;
  data: ChronologyData;
  names: Names;
  event: ChronologyEvent | null;
  onSaved(event: ChronologyEvent, created: boolean): void;
  onCancel(): void;
  /** After a conflict, reloads the chronology and reopens the form on their version (otherwise the form alone is redrawn). */
  onReload?(): void;
}

/** Field values as people read them (ids turned into names), to compare with someone else's after a conflict. */
function readable(v: Partial<EventFormValues> | ChronologyEvent, names: Names): Record<string, unknown> {
  return {
    ...v,
    agencyId: v.agencyId === undefined ? undefined : names.agency(v.agencyId ?? null),
    actorIds: v.actorIds?.map(names.person), subjectIds: v.subjectIds?.map(names.person), sourceIds: v.sourceIds?.map(names.source),
    episodeId: v.episodeId ? names.episode(v.episodeId) : '',
    childSeen: v.childSeen ?? '',
  };
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
 * was based on, and if someone else saved first their values are shown with an offer to reload them.
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

  async function save(form: HTMLFormElement, base: ChronologyEvent | null, errors: ReturnType<typeof formErrors>): Promise<void> {
    const values = readEventForm(form);
    const problems = checkEntry(values);
    if (problems.length > 0) return errors.show(problems);
    const url = chronologyPath(o.investigationId, 'events');
    try {
      const saved = base
        ? await api.patch<ChronologyEvent>(`${url}/${encodeURIComponent(base.id)}`, { ...values, version: base.version })
        : await api.post<ChronologyEvent>(url, values);
      o.onSaved(saved, base === null);
    } catch (err) {
      if (base && isConflict(err)) return showConflict(form, base, values, errors);
      errors.showError(err);
    }
  }

  async function showConflict(form: HTMLFormElement, base: ChronologyEvent, mine: EventFormValues, errors: ReturnType<typeof formErrors>): Promise<void> {
    errors.clear();
    form.querySelector('[data-conflict]')?.remove();
    const theirs = await api.get<ChronologyEvent>(chronologyPath(o.investigationId, `events/${encodeURIComponent(base.id)}`))
      .catch((err: unknown) => { if (err instanceof ApiFailure && err.status === 404) return null; throw err; });
    if (!theirs) {
      errors.show([{ message: 'Someone else deleted this entry while you were changing it. Your changes have not been saved.' }]);
      return;
    }
    const changes = changedFields(readable(mine, o.names), readable(theirs, o.names), eventFieldLabels);
    form.prepend(conflictNotice({ what: 'entry', changes, onReload: () => (o.onReload ? o.onReload() : draw(theirs)) }));
  }
}
