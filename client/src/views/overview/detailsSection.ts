import type { Investigation } from '../../../../schema/contracts/investigations';
import { investigationStatuses, labels } from '../../../../schema/contracts/enums';
import { h, replace } from '../../dom';
import { api } from '../../api';
import { button, dateOf, selectField, textareaField, textField, valueOf, whileSubmitting } from '../../components/forms';
import { textListEditor } from '../../components/listEditor';
import { formErrors } from '../../components/errors';
import { isConflict } from '../../components/conflict';
import { formatDate } from '../../components/changes';
import { mergeFields, retryAfterConflict } from '../../components/conflictMerge';
import { bulletList, summaryList } from '../../components/tables';
import { successBanner } from '../../components/banners';
import type { TabContext } from '../tab';

/** Labels of the investigation's editable details, in form order. */
export const detailLabels: Record<string, string> = {
  reference: 'Reference', title: 'Title', status: 'Stage', incidentDate: 'Incident date',
  scopeStart: 'Scope period start', scopeEnd: 'Scope period end', termsOfReference: 'Terms of reference',
  methodology: 'Methodology', commissioningBody: 'Commissioning body', parallelProcesses: 'Parallel processes',
  summary: 'Summary of circumstances', outcome: 'Outcome statement', publishingArea: 'Publishing area',
};

const date = (v: unknown) => (v ? formatDate(String(v)) : '(empty)');

function readOnly(inv: Investigation): HTMLElement[] {
  const scope = inv.scopeStart || inv.scopeEnd ? `${formatDate(inv.scopeStart) || '…'} to ${formatDate(inv.scopeEnd) || '…'}` : null;
  return [summaryList([
    [detailLabels.reference!, inv.reference], [detailLabels.title!, inv.title], [detailLabels.status!, labels[inv.status] ?? inv.status],
    [detailLabels.incidentDate!, formatDate(inv.incidentDate)], ['Scope period', scope],
    [detailLabels.termsOfReference!, bulletList(inv.termsOfReference, true)], [detailLabels.methodology!, inv.methodology],
    [detailLabels.commissioningBody!, inv.commissioningBody], [detailLabels.parallelProcesses!, bulletList(inv.parallelProcesses)],
    [detailLabels.summary!, inv.summary], [detailLabels.outcome!, inv.outcome], [detailLabels.publishingArea!, inv.publishingArea],
  ])];
}

function editForm(ctx: TabContext, host: HTMLElement, inv: Investigation, banner?: string): void {
  const terms = textListEditor({ name: 'termsOfReference', legend: detailLabels.termsOfReference!, itemLabel: 'Question', addLabel: 'Add a question', values: inv.termsOfReference, hint: 'The questions the review must answer, one per box.' });
  const parallel = textListEditor({ name: 'parallelProcesses', legend: detailLabels.parallelProcesses!, itemLabel: 'Process', addLabel: 'Add a parallel process', values: inv.parallelProcesses, hint: 'Criminal, coroner or disciplinary processes running alongside the review.' });
  const form = h('form', { novalidate: true, class: 'sl-details-form', 'aria-label': 'Investigation details' },
    banner ? successBanner(banner) : null,
    h('div', { class: 'govuk-grid-row' },
      h('div', { class: 'govuk-grid-column-one-third' }, textField({ name: 'reference', label: detailLabels.reference!, value: inv.reference, spellcheck: false })),
      h('div', { class: 'govuk-grid-column-two-thirds' }, textField({ name: 'title', label: detailLabels.title!, value: inv.title }))),
    h('div', { class: 'sl-field-row' },
      selectField({ name: 'status', label: detailLabels.status!, value: inv.status, choices: investigationStatuses.map((s) => ({ value: s, label: labels[s] ?? s })) }),
      textField({ name: 'incidentDate', label: detailLabels.incidentDate!, type: 'date', value: inv.incidentDate }),
      textField({ name: 'scopeStart', label: detailLabels.scopeStart!, type: 'date', value: inv.scopeStart }),
      textField({ name: 'scopeEnd', label: detailLabels.scopeEnd!, type: 'date', value: inv.scopeEnd })),
    terms.el,
    textareaField({ name: 'methodology', label: detailLabels.methodology!, value: inv.methodology, rows: 4 }),
    textField({ name: 'commissioningBody', label: detailLabels.commissioningBody!, value: inv.commissioningBody }),
    parallel.el,
    textareaField({ name: 'summary', label: detailLabels.summary!, value: inv.summary, rows: 5, hint: 'A short, factual summary. Use pseudonyms, never real names.' }),
    textField({ name: 'outcome', label: detailLabels.outcome!, value: inv.outcome, hint: 'The outcome at the top of the causal diagram, for example “Child A was seriously harmed”.' }),
    textField({ name: 'publishingArea', label: detailLabels.publishingArea!, value: inv.publishingArea, classes: 'govuk-input--width-20', hint: 'Shown in the published edition; use “Anonymous” if naming the area could identify the child.' }),
    button('Save details', { type: 'submit' }));
  const errors = formErrors(form);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    form.querySelector('[data-conflict]')?.remove();
    form.querySelector('.govuk-notification-banner')?.remove();
    const values = {
      reference: valueOf(form, 'reference').trim(), title: valueOf(form, 'title').trim(), status: valueOf(form, 'status'),
      incidentDate: dateOf(form, 'incidentDate'), scopeStart: dateOf(form, 'scopeStart'), scopeEnd: dateOf(form, 'scopeEnd'),
      termsOfReference: terms.values(), methodology: valueOf(form, 'methodology'), commissioningBody: valueOf(form, 'commissioningBody').trim(),
      parallelProcesses: parallel.values(), summary: valueOf(form, 'summary'), outcome: valueOf(form, 'outcome').trim(),
      publishingArea: valueOf(form, 'publishingArea').trim(),
    };
    try {
      await whileSubmitting(form, () => api.patch<Investigation>(`/api/investigations/${inv.id}`, { ...values, version: inv.version }));
      errors.clear();
      await ctx.refreshInvestigation();
      editForm(ctx, host, ctx.investigation, 'The investigation’s details were saved.');
      host.querySelector<HTMLElement>('.govuk-notification-banner')?.focus();
    } catch (err) {
      if (!isConflict(err)) return errors.showError(err);
      errors.clear();
      try {
        const merge = await retryAfterConflict({
          what: 'investigation', fields: mergeFields(detailLabels, { status: (v) => labels[String(v)] ?? String(v), incidentDate: date, scopeStart: date, scopeEnd: date }),
          mine: values, replacing: form,
          load: () => api.get<Investigation>(`/api/investigations/${inv.id}`),
          save: (merged, version) => api.patch<Investigation>(`/api/investigations/${inv.id}`, { ...merged, version }),
        });
        if (merge.outcome === 'cancelled') return;
        await ctx.refreshInvestigation();
        editForm(ctx, host, ctx.investigation, merge.outcome === 'saved' ? 'The merged details were saved.' : 'Their version of the details is kept; nothing else needed saving.');
        host.querySelector<HTMLElement>('.govuk-notification-banner')?.focus();
      } catch (failure) {
        errors.showError(failure);
      }
    }
  });
  replace(host, form);
}

/** The investigation's details: an edit form for lead investigators and investigators, a summary for other roles. */
export function detailsSection(ctx: TabContext, canEdit: boolean): HTMLElement {
  const host = h('div');
  if (canEdit) editForm(ctx, host, ctx.investigation);
  else replace(host, readOnly(ctx.investigation));
  return h('section', { class: 'sl-section', id: 'details', 'aria-labelledby': 'details-heading' },
    h('h2', { class: 'govuk-heading-l', id: 'details-heading' }, 'Details'), host);
}
