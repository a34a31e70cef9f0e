import type { CheckResult } from '../../../../schema/contracts/analysis';
import type { Finding, Recommendation } from '../../../../schema/contracts/findings';
import type { Agency } from '../../../../schema/contracts/registry';
import { h } from '../../dom';
import { selectField, textField, textareaField, uniqueId, valueOf } from '../../components/forms';
import { mergeFields } from '../../components/conflictMerge';
import { formatValue } from '../../components/changes';
import { checkedValues, radioValue, radiosField } from '../../components/choiceFields';
import { attachFlags } from './languageFlags';

/** The labels of a draft recommendation's fields, for conflict screens. */
export const recommendationLabels: Record<string, string> = {
  findingIds: 'Findings addressed', addresseeAgencyId: 'Agency addressed', addresseeName: 'Organisation addressed',
  text: 'Recommendation', intendedOutcome: 'Intended outcome', measure: 'How it will be measured',
};

/** The fields of a draft for the merge screen, with ids shown as finding numbers and agency names. */
export function recommendationMergeFields(findings: readonly Finding[], agencies: readonly Agency[]) {
  const findingNo = new Map(findings.map((f, i) => [f.id, `Finding ${i + 1}: ${f.statement}`]));
  const agencyName = new Map(agencies.map((a) => [a.id, a.name]));
  return mergeFields(recommendationLabels, {
    findingIds: (v) => formatValue(Array.isArray(v) ? v.map((id) => findingNo.get(String(id)) ?? 'A finding no longer recorded') : v),
    addresseeAgencyId: (v) => (typeof v === 'string' ? agencyName.get(v) ?? 'An agency no longer recorded' : '(another organisation)'),
  });
}

function findingsPicker(findings: readonly Finding[], chosen: readonly string[]): HTMLElement {
  const id = uniqueId('finding-picker');
  const picked = new Set(chosen);
  const fieldset = h('fieldset', { class: 'govuk-fieldset sl-picker', name: 'findingIds', id, tabindex: -1 },
    h('legend', { class: 'govuk-fieldset__legend govuk-fieldset__legend--s' }, 'Findings this recommendation addresses'),
    h('div', { class: 'govuk-hint' }, 'At least one, before it is issued.'));
  if (findings.length === 0) fieldset.append(h('p', { class: 'govuk-body-s' }, 'No findings have been recorded yet. Add one in the Findings section above.'));
  else {
    fieldset.append(h('div', { class: 'govuk-checkboxes govuk-checkboxes--small' }, findings.map((f, i) => {
      const boxId = uniqueId('finding');
      const box = h('input', { class: 'govuk-checkboxes__input', id: boxId, name: 'findingIds', type: 'checkbox', value: f.id });
      box.checked = picked.has(f.id);
      return h('div', { class: 'govuk-checkboxes__item' }, box,
        h('label', { class: 'govuk-label govuk-checkboxes__label', for: boxId }, h('strong', {}, `Finding ${i + 1}: `), f.statement));
    })));
  }
  return h('div', { class: 'govuk-form-group', 'data-field': 'findingIds' }, fieldset);
}

function addresseeFields(agencies: readonly Agency[], rec: Recommendation | null): HTMLElement[] {
  const kind = rec ? (rec.addresseeAgencyId ? 'agency' : 'other') : agencies.length > 0 ? 'agency' : 'other';
  const agency = agencies.length > 0
    ? selectField({ name: 'addresseeAgencyId', label: 'Agency', value: rec?.addresseeAgencyId ?? agencies[0]!.id, choices: agencies.map((a) => ({ value: a.id, label: a.name })) })
    : null;
  const other = textField({
    name: 'addresseeName', label: 'Name of the organisation', value: rec && !rec.addresseeAgencyId ? rec.addresseeName : '',
    hint: 'For example, the safeguarding partnership or a national body. A recommendation is never addressed to a person.',
  });
  const show = (k: string) => {
    if (agency) agency.hidden = k !== 'agency';
    other.hidden = k !== 'other';
  };
  show(kind);
  const choice = radiosField({
    name: 'addresseeKind', legend: 'Addressed to', value: kind, inline: true, onchange: show,
    hint: agencies.length === 0 ? 'No agencies are recorded for this investigation; add them in the Overview to address one.' : undefined,
    items: [
      ...(agencies.length > 0 ? [{ value: 'agency', label: 'An agency of this investigation' }] : []),
      { value: 'other', label: 'Another organisation' },
    ],
  });
  return [choice, h('div', { class: 'sl-conditional' }, agency, other)];
}

/** Every field of the draft editor (language flags beside the text), and how to read them. */
export function recommendationFields(o: { rec: Recommendation | null; findings: readonly Finding[]; agencies: readonly Agency[]; flags: readonly CheckResult[] }) {
  const r = o.rec;
  return {
    fields: [
      findingsPicker(o.findings, r?.findingIds ?? []),
      ...addresseeFields(o.agencies, r),
      attachFlags(textareaField({ name: 'text', label: 'Recommendation', rows: 5, value: r?.text, hint: 'What the organisation is asked to do about the condition in the system. It does not imply blame or liability.' }), o.flags, 'text'),
      textareaField({ name: 'intendedOutcome', label: 'Intended outcome', rows: 3, value: r?.intendedOutcome, hint: 'What should be different for children once it is done.' }),
      textareaField({ name: 'measure', label: 'How it will be measured', rows: 3, value: r?.measure, hint: 'How the organisation and the board will know the outcome was reached.' }),
    ],
    read(form: HTMLFormElement): Record<string, unknown> {
      const addressee = radioValue(form, 'addresseeKind') === 'agency'
        ? { addresseeAgencyId: valueOf(form, 'addresseeAgencyId') || null }
        : { addresseeAgencyId: null, addresseeName: valueOf(form, 'addresseeName').trim() };
      return {
        findingIds: checkedValues(form, 'findingIds'), ...addressee,
        text: valueOf(form, 'text').trim(), intendedOutcome: valueOf(form, 'intendedOutcome').trim(), measure: valueOf(form, 'measure').trim(),
      };
    },
  };
}
