import type { Publication } from '../../../../schema/contracts/publication';
import { h, replace } from '../../dom';
import { api, ApiFailure } from '../../api';
import { button, checkboxField, selectField, textareaField, valueOf, checkedOf, whileSubmitting } from '../../components/forms';
import { formErrors } from '../../components/errors';
import { reportUrl } from '../reports/reportUrl';
import { detectionLabel, fixLink } from './scanList';

interface Leak { kind: string; found: string; where: string; location: { kind: string; id: string; field: string } | null }

function leakList(investigationId: string, err: ApiFailure): HTMLElement {
  const leaks = (err.error.details as { leaks?: Leak[] } | undefined)?.leaks ?? [];
  return h('div', { class: 'govuk-error-summary', tabindex: -1, 'data-leaks': '' },
    h('div', { role: 'alert' },
      h('h4', { class: 'govuk-error-summary__title' }, `Not published: ${leaks.length} identifying ${leaks.length === 1 ? 'item remains' : 'items remain'}`),
      h('div', { class: 'govuk-error-summary__body' },
        h('ul', { class: 'govuk-list' }, leaks.map((l) => h('li', { 'data-leak-kind': l.kind },
          h('strong', {}, `${detectionLabel(l.kind)}: `), `“${l.found}” in ${l.where} `, fixLink(investigationId, l.location, `${l.found} in ${l.where}`)))))));
}

/**
 * The sign-off (two confirmations with notes), the date style, a preview of the published edition and Publish.
 * A refusal lists every leak and where it is, with a link to fix it.
 */
export function publishForm(investigationId: string, onPublished: (p: Publication) => void): HTMLFormElement {
  const leaks = h('div', {});
  const preview = h('a', { class: 'govuk-link', target: '_blank', rel: 'noopener' }, 'Preview the published edition (PDF, opens in a new tab)');
  const setPreview = (dateStyle: string) => {
    preview.href = reportUrl(investigationId, { template: 'learning-review', edition: 'published', stage: 'draft', dateStyle: dateStyle as 'month' });
  };
  const form = h('form', { class: 'sl-report-form', novalidate: true, 'aria-label': 'Publish to the library' },
    leaks,
    h('fieldset', { class: 'govuk-fieldset' },
      h('legend', { class: 'govuk-fieldset__legend govuk-fieldset__legend--s' }, 'Sign-off'),
      checkboxField({ name: 'signOff.harmToSiblingsConsidered.confirmed', label: 'Publication is judged unlikely to harm surviving siblings' }),
      textareaField({ name: 'signOff.harmToSiblingsConsidered.note', label: 'Note on the harm to siblings', rows: 2 }),
      checkboxField({ name: 'signOff.familyConsultedOnPseudonym.confirmed', label: 'The family was consulted about the pseudonym' }),
      textareaField({ name: 'signOff.familyConsultedOnPseudonym.note', label: 'Note on the family’s consultation', rows: 2 })),
    selectField({ name: 'dateStyle', label: 'Dates in the published edition', onchange: setPreview, choices: [
      { value: 'month', label: 'Month and year' }, { value: 'relative', label: 'Relative to the incident' }] }),
    h('p', { class: 'govuk-body' }, preview),
    button('Publish', { type: 'submit' }));
  setPreview('month');
  const errors = formErrors(form);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    replace(leaks);
    const statement = (key: string) => ({ confirmed: checkedOf(form, `signOff.${key}.confirmed`), note: valueOf(form, `signOff.${key}.note`).trim() });
    const body = {
      signOff: { harmToSiblingsConsidered: statement('harmToSiblingsConsidered'), familyConsultedOnPseudonym: statement('familyConsultedOnPseudonym') },
      dateStyle: valueOf(form, 'dateStyle'),
    };
    void whileSubmitting(form, () => api.post<Publication>(`/api/investigations/${encodeURIComponent(investigationId)}/publication`, body))
      .then(onPublished, (err) => {
        if (err instanceof ApiFailure && err.status === 422 && (err.error.details as { leaks?: unknown } | undefined)?.leaks) {
          errors.clear();
          const box = leakList(investigationId, err);
          replace(leaks, box);
          box.focus();
        } else errors.showError(err);
      });
  });
  return form;
}
