import type { Scan } from '../../../../schema/contracts/publication';
import { h, replace } from '../../dom';
import { api } from '../../api';
import { button, textareaField, valueOf, whileSubmitting } from '../../components/forms';
import { formErrors } from '../../components/errors';
import { editPathOf, fieldWord, kindWord } from '../reports/jumpTargets';

const kindLabels: Record<string, string> = {
  registered_name: 'Registered name', date_of_birth: 'Date of birth', registered_identifier: 'Registered identifier', postcode: 'Postcode',
  phone_number: 'Phone number', email_address: 'Email address', nhs_number: 'NHS number', ni_number: 'National Insurance number',
  address: 'Address', suspected_name: 'Possible unregistered name',
};

/** Words for what the scan or leak check found. */
export const detectionLabel = (kind: string) => kindLabels[kind] ?? kind.replace(/_/g, ' ');

/** A link to where a piece of text is edited, or nothing when no tab edits it. */
export function fixLink(investigationId: string, location: { kind: string; id: string; field: string } | null, context: string): HTMLElement | null {
  const path = location ? editPathOf(investigationId, location) : null;
  return path ? h('a', { class: 'govuk-link', href: path }, 'Fix this', h('span', { class: 'govuk-visually-hidden' }, ` (${context})`)) : null;
}

/**
 * The identifier scan of the case text: each suspected identifier or unregistered name with where it is and a
 * link to fix it; a suspected name can be dismissed with a reason (it does not identify anyone).
 */
export function scanList(investigationId: string) {
  const base = `/api/investigations/${encodeURIComponent(investigationId)}/publication`;
  const body = h('div', {});
  const el = h('section', { 'aria-labelledby': 'scan-heading', class: 'sl-report-section' },
    h('h4', { class: 'govuk-heading-s', id: 'scan-heading' }, 'Identifier scan'),
    h('p', { class: 'govuk-body' }, 'Identifiers and names in the case text that the published edition must not show. '
      + 'Register a real name in the identity registry, rewrite the text, or dismiss a word that names no one.'),
    body);

  async function load(): Promise<void> {
    const scan = await api.get<Scan>(`${base}/scan`);
    replace(body,
      h('p', { class: 'govuk-body', 'data-scan-count': '' }, scan.findings.length === 0 ? 'Nothing found.' : `${scan.findings.length} to check.`),
      scan.findings.length ? h('ul', { class: 'govuk-list sl-scan-list' }, scan.findings.map((f, i) => {
        const where = `${kindWord(f.location.kind)}, ${fieldWord(f.location.field)}`;
        return h('li', { class: 'sl-scan-item', 'data-scan-kind': f.kind },
          h('p', { class: 'govuk-body' }, h('strong', {}, `${detectionLabel(f.kind)}: `), h('mark', { class: 'sl-mark' }, f.found), ` in ${where}`),
          h('p', { class: 'govuk-body-s' }, f.suggestedAction),
          h('p', { class: 'govuk-body-s sl-flag-actions' }, fixLink(investigationId, f.location, `${f.found} in ${where}`)),
          f.kind === 'suspected_name' ? dismissForm(f.found, i) : null);
      })) : null);
  }

  function dismissForm(name: string, i: number): HTMLElement {
    const form = h('form', { novalidate: true, 'aria-label': `Dismiss “${name}”` },
      textareaField({ name: 'reason', label: `Why “${name}” does not identify anyone`, rows: 2 }),
      button('Dismiss', { type: 'submit', variant: 'secondary' }));
    const errors = formErrors(form);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const reason = valueOf(form, 'reason').trim();
      if (!reason) return errors.show([{ field: 'reason', message: 'Enter why this word does not identify anyone' }]);
      void whileSubmitting(form, () => api.post(`${base}/dismissals`, { name, reason })).then(load, errors.showError);
    });
    return h('details', { class: 'govuk-details', 'data-dismiss': String(i) },
      h('summary', { class: 'govuk-details__summary' }, h('span', { class: 'govuk-details__summary-text' }, `Dismiss “${name}”`)),
      h('div', { class: 'govuk-details__text' }, form));
  }

  return { el, load };
}
