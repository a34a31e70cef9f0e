import type { Investigation } from '../../../../schema/contracts/investigations';
import { investigationStatuses, labels } from '../../../../schema/contracts/enums';
import { h } from '../../dom';
import { api } from '../../api';
import { workspacePath } from '../../router';
import { button, dateOf, selectField, textField, valueOf, whileSubmitting } from '../../components/forms';
import { formErrors } from '../../components/errors';
import { markTitleError, pageHeading, setPageTitle, type PageContext } from '../../components/page';

/** The form that creates an investigation; the creator becomes its lead investigator. */
export function newInvestigationPage({ container, navigate }: PageContext): void {
  setPageTitle('Create an investigation');
  const form = h('form', { novalidate: true, class: 'sl-narrow' },
    textField({ name: 'reference', label: 'Reference', hint: 'A short code unique to this investigation, for example LR-2024-07', classes: 'govuk-input--width-20', spellcheck: false }),
    textField({ name: 'title', label: 'Title', hint: 'Use the child’s pseudonym, for example “Learning review: Child A”, never a real name' }),
    textField({ name: 'incidentDate', label: 'Incident date (optional)', type: 'date', classes: 'govuk-input--width-10' }),
    selectField({ name: 'status', label: 'Stage', choices: investigationStatuses.map((s) => ({ value: s, label: labels[s] ?? s })) }),
    h('div', { class: 'govuk-button-group' },
      button('Create investigation', { type: 'submit' }),
      h('a', { class: 'govuk-link', href: '/' }, 'Cancel')));
  const errors = formErrors(form, { onShow: () => markTitleError(true) });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = {
      reference: valueOf(form, 'reference').trim(),
      title: valueOf(form, 'title').trim(),
      incidentDate: dateOf(form, 'incidentDate'),
      status: valueOf(form, 'status'),
    };
    try {
      const created = await whileSubmitting(form, () => api.post<Investigation>('/api/investigations', body));
      navigate(workspacePath(created.id));
    } catch (err) {
      errors.showError(err);
    }
  });
  container.append(pageHeading('Create an investigation'), form);
}
