import type { Investigation } from '../../../../schema/contracts/investigations';
import { h } from '../../dom';
import { button, selectField, textField, valueOf, type Choice } from '../../components/forms';
import { assessmentChoices } from '../findings/responseForm';
import type { RegisterFilters } from './registerQuery';

const any: Choice = { value: '', label: 'Any' };

/**
 * The register's filters: status, assessment, addressee, overdue, year of issue and investigation.
 * Applying them calls `onApply` with the new filters (the page puts them in its URL).
 */
export function filterForm(o: {
  filters: RegisterFilters;
  investigations: readonly Pick<Investigation, 'id' | 'reference' | 'title'>[];
  years: readonly number[];
  onApply(filters: RegisterFilters): void;
}): HTMLFormElement {
  const f = o.filters;
  const years = [...new Set([...o.years, ...(f.year ? [Number(f.year)] : [])])].sort((a, b) => b - a);
  const form = h('form', { novalidate: true, class: 'sl-register__filters', 'aria-label': 'Filter the register', role: 'search' },
    h('div', { class: 'sl-register__filter-grid' },
      selectField({ name: 'status', label: 'Status', value: f.status, choices: [any, { value: 'open', label: 'Open' }, { value: 'closed', label: 'Closed' }, { value: 'superseded', label: 'Superseded' }] }),
      selectField({ name: 'assessment', label: 'Assessment', value: f.assessment, choices: [any, ...assessmentChoices] }),
      selectField({ name: 'overdue', label: 'Overdue', value: f.overdue, choices: [any, { value: 'true', label: 'Overdue only' }, { value: 'false', label: 'Not overdue' }] }),
      selectField({ name: 'year', label: 'Year issued', value: f.year, choices: [any, ...years.map((y) => ({ value: String(y), label: String(y) }))] }),
      textField({ name: 'addressee', label: 'Addressed to', value: f.addressee, hint: 'Part of the organisation’s name.' }),
      selectField({
        name: 'investigationId', label: 'Investigation', value: f.investigationId,
        choices: [{ value: '', label: 'All your investigations' }, ...o.investigations.map((i) => ({ value: i.id, label: `${i.reference}: ${i.title}` }))],
      })),
    h('div', { class: 'govuk-button-group' },
      button('Apply filters', { type: 'submit' }),
      h('a', { class: 'govuk-link', href: '/recommendations' }, 'Clear filters')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    o.onApply({
      status: valueOf(form, 'status'), assessment: valueOf(form, 'assessment'), overdue: valueOf(form, 'overdue'),
      year: valueOf(form, 'year'), addressee: valueOf(form, 'addressee').trim(), investigationId: valueOf(form, 'investigationId'),
    });
  });
  return form;
}
