import type { RegisterEntry } from '../../../../schema/contracts/findings';
import { h } from '../../dom';
import { workspacePath } from '../../router';
import { formatDate } from '../../components/changes';
import { assessmentTag, overdueTag, statusTag } from '../findings/recommendationTags';

/**
 * The register as a table: identifier (linking to the recommendation in its investigation),
 * investigation, addressee, status, assessment, issued and due dates. Overdue rows are highlighted
 * and carry a visible "Overdue" tag; rows the reader may edit offer "Record a response".
 */
export function registerTable(entries: readonly RegisterEntry[], onRespond: (entry: RegisterEntry) => void): HTMLElement {
  const anyEditable = entries.some((e) => e.canEdit);
  const head = ['Identifier', 'Investigation', 'Addressed to', 'Status', 'Assessment', 'Issued', 'Response due', ...(anyEditable ? ['Actions'] : [])];
  return h('div', { class: 'sl-register__scroll' }, h('table', { class: 'govuk-table sl-register__table' },
    h('caption', { class: 'govuk-table__caption govuk-visually-hidden' }, 'Recommendations in the register'),
    h('thead', { class: 'govuk-table__head' },
      h('tr', { class: 'govuk-table__row' }, head.map((label) => h('th', { scope: 'col', class: 'govuk-table__header' }, label)))),
    h('tbody', { class: 'govuk-table__body' }, entries.map((e) => {
      const respond = h('button', { type: 'button', class: 'sl-link-button govuk-link', 'data-respond': e.id },
        'Record a response', h('span', { class: 'govuk-visually-hidden' }, ` to ${e.identifier}`));
      respond.addEventListener('click', () => onRespond(e));
      const cell = (...children: (Node | string | null)[]) => h('td', { class: 'govuk-table__cell' }, children);
      return h('tr', { class: `govuk-table__row${e.overdue ? ' sl-register__row--overdue' : ''}`, 'data-register-row': e.identifier },
        h('th', { scope: 'row', class: 'govuk-table__header sl-nowrap' },
          h('a', { class: 'govuk-link', href: `${workspacePath(e.investigationId, 'findings')}?recommendation=${encodeURIComponent(e.id)}` }, e.identifier)),
        cell(h('span', { class: 'sl-nowrap' }, e.investigationReference), h('span', { class: 'sl-secondary sl-clamp' }, e.investigationTitle)),
        cell(e.addresseeName),
        cell(statusTag(e.status), e.supersededByIdentifier ? h('span', { class: 'sl-secondary' }, `by ${e.supersededByIdentifier}`) : null),
        cell(assessmentTag(e.assessment), e.lastResponseOn ? h('span', { class: 'sl-secondary' }, `response of ${formatDate(e.lastResponseOn)}`) : null),
        cell(formatDate(e.issuedAt)),
        cell(formatDate(e.responseDueAt), e.overdue ? h('span', { class: 'sl-register__overdue' }, overdueTag()) : null),
        anyEditable ? cell(e.canEdit ? respond : null) : null);
    }))));
}
