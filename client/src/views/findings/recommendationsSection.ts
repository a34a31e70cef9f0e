import type { Recommendation } from '../../../../schema/contracts/findings';
import { h } from '../../dom';
import { button } from '../../components/forms';
import { formatDate } from '../../components/changes';
import { table } from '../../components/tables';
import { checksAbout, findingName } from './findingsData';
import { recommendationDetail } from './recommendationDetail';
import { recommendationForm } from './recommendationForm';
import { assessmentTag, overdueTag, statusTag } from './recommendationTags';
import type { FindingsView } from './viewTypes';
import { flashFor } from './flash';

function row(view: FindingsView, rec: Recommendation): (Node | string | (Node | string)[])[] {
  const flags = checksAbout(view.data.checks, 'recommendation', rec.id).length;
  const open = h('button', { type: 'button', class: 'sl-link-button govuk-link', 'data-open-recommendation': rec.id },
    rec.identifier ?? 'Draft', rec.identifier ? null : h('span', { class: 'govuk-visually-hidden' }, ` recommendation to ${rec.addresseeName}`));
  open.addEventListener('click', () => view.select({ kind: 'recommendation', id: rec.id }));
  return [
    open,
    h('span', { class: 'sl-clamp' }, rec.text),
    rec.addresseeName,
    rec.findingIds.map((id) => findingName(view.data.findings, id)).join(', ') || h('span', { class: 'sl-muted' }, 'None'),
    [statusTag(rec.status), ...(flags ? [' ', h('strong', { class: 'govuk-tag govuk-tag--blue' }, `${flags} to check`)] : [])],
    rec.issuedAt ? assessmentTag(rec.assessment) : '',
    rec.responseDueAt ? [formatDate(rec.responseDueAt), ...(rec.overdue ? [' ', overdueTag()] : [])] : '',
  ];
}

/** Safety recommendations of the investigation, drafts included, with the open one below the table. */
export function recommendationsSection(view: FindingsView): HTMLElement {
  const sel = view.selection;
  const recs = [...view.data.recommendations].sort((a, b) => a.position - b.position);
  const open = sel?.kind === 'recommendation' ? recs.find((r) => r.id === sel.id) ?? null : null;
  const detail = sel?.kind === 'newRecommendation' && view.canEdit ? recommendationForm(view, null) : open ? recommendationDetail(view, open) : null;
  return h('section', { class: 'sl-section', id: 'recommendations', 'aria-labelledby': 'recommendations-heading' },
    h('h2', { class: 'govuk-heading-l', id: 'recommendations-heading' }, 'Safety recommendations'),
    detail ? null : flashFor(view, 'recommendations'),
    h('p', { class: 'govuk-body' },
      'Each recommendation is addressed to an organisation, never to a person, and answers one or more findings. Once issued it has an identifier, a date a response is due, and stays in the register until it is closed or superseded.'),
    table({
      caption: 'Safety recommendations of this investigation',
      head: ['Identifier', 'Recommendation', 'Addressed to', 'Findings', 'Status', 'Assessment', 'Response due'],
      rows: recs.map((r) => row(view, r)),
      empty: 'No recommendations yet.',
      classes: 'sl-recommendations',
    }),
    view.canEdit && sel?.kind !== 'newRecommendation' ? button('Draft a recommendation', { variant: 'secondary', name: 'add-recommendation', onclick: () => view.select({ kind: 'newRecommendation' }) }) : null,
    detail ? h('div', { class: 'sl-detail-host' }, flashFor(view, 'recommendations'), detail) : null);
}
