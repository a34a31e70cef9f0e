import type { Episode } from '../../../../schema/contracts/chronology';
import { ApiFailure, api } from '../../api';
import { h } from '../../dom';
import { button, textField, textareaField, valueOf, whileSubmitting } from '../../components/forms';
import { formErrors } from '../../components/errors';
import { mergeFields } from '../../components/conflictMerge';
import { chronologyPath } from './chronologyData';
import { dateEcho, recordedDate } from './eventFields';
import { checkEpisode, type EpisodeFormValues } from './episodeModel';
import { saveVersioned } from './saveVersioned';

/** Labels of the episode fields, used in error messages and on the merge screen. */
export const episodeFieldLabels: Record<keyof EpisodeFormValues, string> = {
  title: 'Title', periodStart: 'Start of the period', periodEnd: 'End of the period', summary: 'Summary',
  knownAtTime: 'What was known at the time', localRationality: 'Why the actions made sense at the time',
};

/** What the episode form needs: the episode to change (null to add one) and what to do after. */
export interface EpisodeFormOptions {
  investigationId: string;
  episode: Episode | null;
  onSaved(episode: Episode, created: boolean): void;
  /** After a conflict, the reader took every value of the version someone else saved. */
  onKeptTheirs(): void;
  onCancel(): void;
}

const periodHint = 'As precise as the records allow: 2019, 2019-03 or 2019-03-14. Add ~ when approximate (2019-03~), ? when uncertain. Leave blank to use the dates of its entries.';

function periodField(name: 'periodStart' | 'periodEnd', value: string | null): HTMLElement {
  const field = textField({ name, label: episodeFieldLabels[name], value, classes: 'govuk-input--width-20', spellcheck: false, hint: name === 'periodStart' ? periodHint : undefined });
  field.append(dateEcho(field.querySelector('input')!));
  return field;
}

/** Reads the episode form into the fields the API takes; a blank period end is null. */
function readEpisodeForm(form: HTMLFormElement): EpisodeFormValues {
  return {
    title: valueOf(form, 'title').trim(),
    periodStart: valueOf(form, 'periodStart').trim() || null,
    periodEnd: valueOf(form, 'periodEnd').trim() || null,
    summary: valueOf(form, 'summary'),
    knownAtTime: valueOf(form, 'knownAtTime'),
    localRationality: valueOf(form, 'localRationality'),
  };
}

/**
 * The form to add or change a key practice episode: title, period at its true precision, summary, what was known
 * at the time and why actions made sense. Errors appear by each field with a summary; if someone else saved the
 * episode first, the merge screen offers theirs or the reader's value for each field the reader changed.
 */
export function episodeForm(o: EpisodeFormOptions): HTMLFormElement {
  const ep = o.episode;
  const headingId = `episode-form-heading-${ep?.id ?? 'new'}`;
  const form = h('form', { novalidate: true, class: 'sl-chronology__editor', 'aria-labelledby': headingId },
    h('h3', { class: 'govuk-heading-m', id: headingId, tabindex: -1 }, ep ? `Change the episode “${ep.title}”` : 'Add a key practice episode'),
    textField({ name: 'title', label: episodeFieldLabels.title, value: ep?.title, hint: 'A short name for the episode, for example “Referral and assessment, spring 2019”.' }),
    periodField('periodStart', ep?.periodStart ?? null),
    periodField('periodEnd', ep?.periodEnd ?? null),
    textareaField({ name: 'summary', label: episodeFieldLabels.summary, value: ep?.summary, rows: 4, hint: 'What happened in this episode, factually.' }),
    textareaField({ name: 'knownAtTime', label: episodeFieldLabels.knownAtTime, value: ep?.knownAtTime, rows: 3, hint: 'The information practitioners had then, not what is known now.' }),
    textareaField({ name: 'localRationality', label: episodeFieldLabels.localRationality, value: ep?.localRationality, rows: 3, hint: 'The conditions that made the actions sensible to those involved.' }),
    h('div', { class: 'govuk-button-group' },
      button(ep ? 'Save the episode' : 'Add the episode', { type: 'submit' }),
      button('Cancel', { variant: 'secondary', onclick: o.onCancel })));
  const errors = formErrors(form);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void whileSubmitting(form, () => save(readEpisodeForm(form)));
  });
  queueMicrotask(() => form.querySelector<HTMLElement>('h3')?.focus());
  return form;

  async function save(values: EpisodeFormValues): Promise<void> {
    const collection = chronologyPath(o.investigationId, 'episodes');
    await saveVersioned<Episode>({
      what: 'episode', form, errors, collection, base: ep, values: { ...values }, problems: checkEpisode(values),
      fields: mergeFields(episodeFieldLabels, { periodStart: recordedDate, periodEnd: recordedDate }),
      load: async () => {
        const current = (await api.get<Episode[]>(collection)).find((e) => e.id === ep!.id);
        if (!current) throw new ApiFailure(404, { code: 'not_found', message: 'episode not found' });
        return current;
      },
      onSaved: o.onSaved, onKeptTheirs: o.onKeptTheirs,
    });
  }
}
