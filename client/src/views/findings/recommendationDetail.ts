import type { Recommendation } from '../../../../schema/contracts/findings';
import { labels } from '../../../../schema/contracts/enums';
import { h } from '../../dom';
import { linkButton } from '../../components/forms';
import { formatDate } from '../../components/changes';
import { summaryList } from '../../components/tables';
import { commentThread } from '../../components/commentThread';
import { checksAbout, findingName, recommendationName } from './findingsData';
import { warningsList, wordingFlags } from './languageFlags';
import { recommendationForm } from './recommendationForm';
import { issueForm } from './issueForm';
import { responsesSection } from './responsesSection';
import { statusForm } from './statusForm';
import { overdueTag, statusTag } from './recommendationTags';
import type { FindingsView } from './viewTypes';

function findingsAddressed(view: FindingsView, rec: Recommendation): HTMLElement {
  if (rec.findingIds.length === 0) return h('span', { class: 'sl-muted' }, 'None yet');
  return h('ul', { class: 'govuk-list' }, rec.findingIds.map((id) => {
    const f = view.data.findings.find((x) => x.id === id);
    return h('li', {}, h('strong', {}, `${findingName(view.data.findings, id)}: `), f?.statement ?? '');
  }));
}

/** A recommendation in full, read-only: identifier, findings, addressee, texts, dates, status and assessment. */
export function recommendationSummary(view: FindingsView, rec: Recommendation): HTMLElement {
  const flags = checksAbout(view.data.checks, 'recommendation', rec.id);
  const textFlags = wordingFlags(flags, 'text');
  const replacement = rec.supersededById ? view.data.recommendations.find((r) => r.id === rec.supersededById) : null;
  return h('div', {},
    warningsList(flags),
    summaryList([
      ['Identifier', rec.identifier ?? 'Allocated when it is issued'],
      ['Findings addressed', findingsAddressed(view, rec)],
      ['Addressed to', rec.addresseeName],
      ['Recommendation', textFlags ? h('div', {}, h('p', { class: 'govuk-body sl-prewrap' }, rec.text), textFlags) : rec.text],
      ['Intended outcome', rec.intendedOutcome],
      ['How it will be measured', rec.measure],
      ['Issued', rec.issuedAt ? formatDate(rec.issuedAt) : 'Not yet issued'],
      ['Response due', rec.responseDueAt ? [formatDate(rec.responseDueAt), rec.overdue ? [' ', overdueTag()] : ''].flat() : ''],
      ['Status', [statusTag(rec.status),
        rec.statusReason ? h('span', { class: 'sl-secondary' }, `Reason: ${rec.statusReason}`) : null,
        rec.supersededById ? h('span', { class: 'sl-secondary' }, `Replaced by ${replacement?.identifier ?? 'a recommendation of another investigation'}`) : null,
      ].filter((x): x is HTMLElement => x !== null)],
      ['Assessment', rec.issuedAt ? labels[rec.assessment] ?? rec.assessment : ''],
    ]));
}

/**
 * The open recommendation. A draft: its editor and the issue form (or, read-only, its summary). An
 * issued one: its summary, responses with assessments, and for editors the close/supersede form.
 * Comments follow in both cases.
 */
export function recommendationDetail(view: FindingsView, rec: Recommendation): HTMLElement {
  const name = recommendationName(rec);
  const heading = h('h3', { class: 'govuk-heading-m', tabindex: -1, 'data-editor-heading': '' },
    rec.identifier ? `Recommendation ${rec.identifier}` : 'Draft recommendation');
  const isDraft = rec.status === 'draft';
  const parts: (HTMLElement | null)[] = isDraft && view.canEdit
    ? [recommendationForm(view, rec), issueForm(view, rec)]
    : [heading, recommendationSummary(view, rec),
      isDraft ? null : responsesSection(view, rec),
      !isDraft && view.canEdit && rec.status === 'open' ? statusForm(view, rec) : null,
      h('p', { class: 'govuk-body' }, linkButton('Close', name, () => view.select(null)))];
  return h('section', { class: 'sl-detail', 'aria-label': name, 'data-recommendation-detail': rec.id },
    parts,
    commentThread({ investigationId: view.investigation.id, role: view.investigation.myRole, targetKind: 'recommendation', targetId: rec.id, about: `on ${name}` }));
}
