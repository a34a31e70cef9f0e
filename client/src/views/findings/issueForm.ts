import type { Recommendation } from '../../../../schema/contracts/findings';
import { h } from '../../dom';
import { api } from '../../api';
import { button, textField, valueOf, whileSubmitting } from '../../components/forms';
import { formErrors } from '../../components/errors';
import { formatDate } from '../../components/changes';
import { investigationPath } from './findingsData';
import { numberField } from '../../components/choiceFields';
import { DEFAULT_RESPONSE_DAYS, parseDays } from './responseDays';
import type { FindingsView } from './viewTypes';

/**
 * Issuing a saved draft: the days allowed for a response (90 unless changed) and the issue date
 * (today unless given). The server allocates the YYYY-NNN identifier, shown once it is issued.
 */
export function issueForm(view: FindingsView, rec: Recommendation): HTMLFormElement {
  const form = h('form', { novalidate: true, class: 'sl-editor sl-issue', 'aria-label': 'Issue the recommendation' },
    h('h3', { class: 'govuk-heading-m' }, 'Issue the recommendation'),
    h('p', { class: 'govuk-body' },
      'Issuing gives the recommendation its identifier (year and number, never reused) and sets the date a response is due. After that its text cannot change; it can be closed or superseded.'),
    numberField({ name: 'responseDays', label: 'Days allowed for a response', value: DEFAULT_RESPONSE_DAYS, hint: 'From 1 to 3650. 90 days is aviation practice.' }),
    textField({ name: 'issuedOn', label: 'Issue date (optional)', type: 'date', classes: 'govuk-input--width-10', hint: 'Today when left empty. It cannot be in the future.' }),
    button('Issue recommendation', { type: 'submit' }));
  const errors = formErrors(form);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    errors.clear();
    const responseDays = parseDays(valueOf(form, 'responseDays'));
    if (responseDays === null) return errors.show([{ field: 'responseDays', message: 'Enter the days allowed for a response as a whole number from 1 to 3650' }]);
    const issuedOn = valueOf(form, 'issuedOn');
    void whileSubmitting(form, async () => {
      try {
        const issued = await api.post<Recommendation>(investigationPath(view.investigation.id, `recommendations/${rec.id}/issue`), {
          version: rec.version, responseDays, ...(issuedOn ? { issuedOn } : {}),
        });
        await view.changed(`Recommendation ${issued.identifier} issued on ${formatDate(issued.issuedAt)}; a response is due by ${formatDate(issued.responseDueAt)}.`,
          { kind: 'recommendation', id: rec.id });
      } catch (err) {
        errors.showError(err);
      }
    });
  });
  return form;
}
