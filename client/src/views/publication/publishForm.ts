import type { Publication } from '../../../../schema/contracts/publication';
import { h, replace } from '../../dom';
import { api, ApiFailure } from '../../api';
import { button, checkboxField, selectField, textareaField, valueOf, checkedOf, whileSubmitting } from '../../components/forms';
import { formErrors } from '../../components/errors';
import type { SnapshotSummary } from '../../../../schema/contracts/review';
import { reportUrl, type ReportChoice } from '../reports/reportUrl';
import { detectionLabel, fixLink } from './scanList';
import { snapshotChoice } from './snapshotChoice';

interface Leak { kind: string; found: string; where: string; location: { kind: string; id: string; field: string } | null }

const remain = (n: number) => `${n} identifying ${n === 1 ? 'item remains' : 'items remain'}`;

function leakList(investigationId: string, title: string, leaks: readonly Leak[]): HTMLElement {
  return h('div', { class: 'govuk-error-summary', tabindex: -1, 'data-leaks': '' },
    h('div', { role: 'alert' },
      h('h4', { class: 'govuk-error-summary__title' }, title),
      h('div', { class: 'govuk-error-summary__body' },
        h('p', { class: 'govuk-body' }, 'Fix the text, then take a new snapshot and record the panel’s sign-off on it: the published edition is built from that version.'),
        h('ul', { class: 'govuk-list' }, leaks.map((l) => h('li', { 'data-leak-kind': l.kind },
          h('strong', {}, `${detectionLabel(l.kind)}: `), `“${l.found}” in ${l.where} `, fixLink(investigationId, l.location, `${l.found} in ${l.where}`)))))));
}

/**
 * The version to publish (a snapshot the panel signed off), the sign-off (two confirmations with notes), the date
 * style, a preview and Publish. A refusal lists every leak and where it is, with a link to fix it.
 */
export function publishForm(investigationId: string, onPublished: (p: Publication) => void): { el: HTMLFormElement; load: () => Promise<void> } {
  const leaks = h('div', {});
  const preview = h('a', { class: 'govuk-link', target: '_blank', rel: 'noopener', 'data-preview': '' });
  const previewLine = h('p', { class: 'govuk-body', hidden: true }, preview);
  let chosen: SnapshotSummary | null = null;
  let dateStyle: ReportChoice['dateStyle'] = 'month';
  const setPreview = () => {
    previewLine.hidden = !chosen;
    if (!chosen) return;
    preview.href = reportUrl(investigationId, { template: 'learning-review', edition: 'published', stage: 'draft', dateStyle, snapshotId: chosen.id });
    preview.textContent = `Preview the published edition of “${chosen.label}” (PDF, opens in a new tab)`;
  };
  const choice = snapshotChoice(investigationId, (s) => { chosen = s; setPreview(); });
  const form = h('form', { class: 'sl-report-form', novalidate: true, 'aria-label': 'Publish to the library' },
    leaks,
    choice.el,
    h('fieldset', { class: 'govuk-fieldset' },
      h('legend', { class: 'govuk-fieldset__legend govuk-fieldset__legend--s' }, 'Sign-off'),
      checkboxField({ name: 'signOff.harmToSiblingsConsidered.confirmed', label: 'Publication is judged unlikely to harm surviving siblings' }),
      textareaField({ name: 'signOff.harmToSiblingsConsidered.note', label: 'Note on the harm to siblings', rows: 2 }),
      checkboxField({ name: 'signOff.familyConsultedOnPseudonym.confirmed', label: 'The family was consulted about the pseudonym' }),
      textareaField({ name: 'signOff.familyConsultedOnPseudonym.note', label: 'Note on the family’s consultation', rows: 2 })),
    selectField({ name: 'dateStyle', label: 'Dates in the published edition', onchange: (v) => { dateStyle = v as ReportChoice['dateStyle']; setPreview(); }, choices: [
      { value: 'month', label: 'Month and year' }, { value: 'relative', label: 'Relative to the incident' }] }),
    previewLine,
    h('div', { class: 'govuk-button-group' },
      button('Publish', { type: 'submit' }),
      button('Check the chosen version', { type: 'button', variant: 'secondary', onclick: () => void check() })));
  const errors = formErrors(form);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    replace(leaks);
    const statement = (key: string) => ({ confirmed: checkedOf(form, `signOff.${key}.confirmed`), note: valueOf(form, `signOff.${key}.note`).trim() });
    const body = {
      signOff: { harmToSiblingsConsidered: statement('harmToSiblingsConsidered'), familyConsultedOnPseudonym: statement('familyConsultedOnPseudonym') },
      dateStyle: valueOf(form, 'dateStyle'),
      snapshotId: valueOf(form, 'snapshotId') || undefined,
    };
    if (!body.snapshotId) return errors.show([{ field: 'snapshotId', message: 'Choose a version the panel has signed off' }]);
    void whileSubmitting(form, () => api.post<Publication>(`/api/investigations/${encodeURIComponent(investigationId)}/publication`, body))
      .then(onPublished, (err) => {
        if (err instanceof ApiFailure && err.status === 422 && (err.error.details as { leaks?: unknown } | undefined)?.leaks) {
          errors.clear();
          const found = (err.error.details as { leaks: Leak[] }).leaks;
          show(leakList(investigationId, `Not published: ${remain(found.length)}`, found));
        } else errors.showError(err);
      });
  });

  function show(box: HTMLElement): void {
    replace(leaks, box);
    box.focus();
  }

  async function check(): Promise<void> {
    errors.clear();
    const snapshotId = valueOf(form, 'snapshotId');
    if (!snapshotId) return errors.show([{ field: 'snapshotId', message: 'Choose a version the panel has signed off' }]);
    const result = await whileSubmitting(form, () => api.post<{ leaks: Leak[] }>(
      `/api/investigations/${encodeURIComponent(investigationId)}/publication/check`, { snapshotId, dateStyle: valueOf(form, 'dateStyle') },
    )).catch((err: unknown) => { errors.showError(err); return null; });
    if (!result) return;
    show(result.leaks.length > 0
      ? leakList(investigationId, `In the chosen version, ${remain(result.leaks.length)}`, result.leaks)
      : h('div', { class: 'govuk-inset-text', tabindex: -1, role: 'status', 'data-check-clear': '' }, 'The published edition of the chosen version holds no registered name or identifier.'));
  }

  return { el: form, load: choice.load };
}
