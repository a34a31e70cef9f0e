import type { Source } from '../../../../schema/contracts/chronology';
import { labels, sourceKinds } from '../../../../schema/contracts/enums';
import { api } from '../../api';
import { h } from '../../dom';
import { problemsOf } from '../../components/errors';
import { button, uniqueId } from '../../components/forms';
import { chronologyPath } from './chronologyData';

/**
 * A small "Add a source" part of the entry form (not a nested form): title, kind and reference; once saved the
 * new source is offered, ticked, among the entry's sources through `onAdded`.
 */
export function sourceQuickAdd(investigationId: string, agencyId: () => string | null, onAdded: (source: Source) => void): HTMLElement {
  const ids = { title: uniqueId('source-title'), kind: uniqueId('source-kind'), reference: uniqueId('source-reference') };
  const title = h('input', { class: 'govuk-input', id: ids.title, type: 'text', autocomplete: 'off' });
  const kind = h('select', { class: 'govuk-select', id: ids.kind }, sourceKinds.map((k) => h('option', { value: k }, labels[k] ?? k)));
  const reference = h('input', { class: 'govuk-input govuk-input--width-10', id: ids.reference, type: 'text', autocomplete: 'off' });
  const message = h('p', { class: 'govuk-body sl-status', role: 'status' });
  const field = (id: string, label: string, control: HTMLElement) => h('div', { class: 'govuk-form-group' }, h('label', { class: 'govuk-label', for: id }, label), control);
  const add = async () => {
    try {
      const source = await api.post<Source>(chronologyPath(investigationId, 'sources'), {
        title: title.value, kind: kind.value, reference: reference.value, agencyId: agencyId(),
      });
      onAdded(source);
      title.value = '';
      reference.value = '';
      message.textContent = `Added the source "${source.title}" and chose it for this entry.`;
    } catch (err) {
      message.textContent = problemsOf(err).map((p) => (p.field ? `Source ${p.field}: ${p.message}` : p.message)).join(' ');
    }
  };
  return h('details', { class: 'govuk-details sl-chronology__source-add' },
    h('summary', { class: 'govuk-details__summary' }, h('span', { class: 'govuk-details__summary-text' }, 'Add a source that is not listed')),
    h('div', { class: 'govuk-details__text' },
      field(ids.title, 'Title of the source', title),
      field(ids.kind, 'Kind of source', kind),
      field(ids.reference, 'Reference (optional)', reference),
      button('Add the source', { variant: 'secondary', onclick: () => void add() }),
      message));
}
