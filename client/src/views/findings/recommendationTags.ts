import { labels } from '../../../../schema/contracts/enums';
import { h } from '../../dom';

const statusClass: Record<string, string> = { draft: 'govuk-tag--grey', open: 'govuk-tag--blue', closed: 'govuk-tag--green', superseded: 'govuk-tag--purple' };
const assessmentClass: Record<string, string> = {
  adequate: 'govuk-tag--green', partially_adequate: 'govuk-tag--yellow', not_adequate: 'govuk-tag--orange', awaiting_response: 'govuk-tag--grey',
};

/** A tag naming a recommendation's status (Draft, Open, Closed, Superseded). */
export function statusTag(status: string): HTMLElement {
  return h('strong', { class: `govuk-tag ${statusClass[status] ?? 'govuk-tag--grey'}`, 'data-status': status }, labels[status] ?? status);
}

/** A tag naming the assessment of a recommendation's latest response. */
export function assessmentTag(assessment: string): HTMLElement {
  return h('strong', { class: `govuk-tag ${assessmentClass[assessment] ?? 'govuk-tag--grey'}`, 'data-assessment': assessment }, labels[assessment] ?? assessment);
}

/** The "Overdue" tag: past its due date without a response, said in words and not by colour alone. */
export function overdueTag(): HTMLElement {
  return h('strong', { class: 'govuk-tag govuk-tag--red sl-overdue-tag', 'data-overdue': '' }, 'Overdue');
}
