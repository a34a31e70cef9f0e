import type { Recommendation } from '../../../../schema/contracts/findings';
import { h } from '../../dom';
import { api } from '../../api';
import { button, textField, textareaField, uniqueId, valueOf, whileSubmitting } from '../../components/forms';
import { formErrors } from '../../components/errors';
import { isConflict } from '../../components/conflict';
import { radioValue, radiosField } from '../../components/choiceFields';
import type { FindingsView } from './viewTypes';

/**
 * Closing or superseding an open recommendation, with the reason; superseding names the replacing
 * recommendation by its identifier (any issued one the reader can see, here or in another investigation).
 */
export function statusForm(view: FindingsView, rec: Recommendation): HTMLFormElement {
  const listId = uniqueId('identifiers');
  const others = view.data.recommendations.filter((r) => r.id !== rec.id && r.identifier);
  const replacing = textField({
    name: 'supersededById', label: 'Identifier of the replacing recommendation', classes: 'govuk-input--width-10',
    hint: 'For example, 2026-004. It must have been issued.',
  });
  replacing.querySelector('input')!.setAttribute('list', listId);
  replacing.append(h('datalist', { id: listId }, others.map((r) => h('option', { value: r.identifier! }))));
  replacing.hidden = true;
  const form = h('form', { novalidate: true, class: 'sl-editor sl-status-form', 'aria-label': `Close or supersede ${rec.identifier}` },
    h('h4', { class: 'govuk-heading-m' }, 'Close or supersede'),
    radiosField({
      name: 'status', legend: 'New status', onchange: (v) => { replacing.hidden = v !== 'superseded'; },
      items: [
        { value: 'closed', label: 'Closed', hint: 'The action asked for is done, or no further action is possible.' },
        { value: 'superseded', label: 'Superseded', hint: 'A later recommendation replaces this one.' },
      ],
    }),
    replacing,
    textareaField({ name: 'reason', label: 'Reason', rows: 3, hint: 'Kept with the recommendation in the register.' }),
    button('Change status', { type: 'submit' }));
  const errors = formErrors(form);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    errors.clear();
    const status = radioValue(form, 'status');
    const reason = valueOf(form, 'reason').trim();
    const supersededById = valueOf(form, 'supersededById').trim();
    const problems = [
      ...(status ? [] : [{ field: 'status', message: 'Choose closed or superseded' }]),
      ...(status === 'superseded' && !supersededById ? [{ field: 'supersededById', message: 'Enter the identifier of the replacing recommendation' }] : []),
      ...(reason ? [] : [{ field: 'reason', message: 'Enter the reason for the change' }]),
    ];
    if (problems.length > 0) return errors.show(problems);
    void whileSubmitting(form, async () => {
      try {
        await api.post(`/api/recommendations/${encodeURIComponent(rec.id)}/status`, {
          version: rec.version, status, reason, ...(status === 'superseded' ? { supersededById } : {}),
        });
        await view.changed(`Recommendation ${rec.identifier} ${status === 'closed' ? 'closed' : `superseded by ${supersededById}`}.`, { kind: 'recommendation', id: rec.id });
      } catch (err) {
        if (isConflict(err)) errors.show([{ message: 'Someone else changed this recommendation after you opened it (a response may have been assessed). Reload the page, then change its status again.' }]);
        else errors.showError(err);
      }
    });
  });
  return form;
}
