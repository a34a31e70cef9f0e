import type { CheckResult } from '../../../../schema/contracts/analysis';
import { h } from '../../dom';
import { uniqueId } from '../../components/forms';
import { lexiconRules } from '../../../../schema/lexicon';

const reasons = new Map(lexiconRules.map((r) => [r.id, r.reason]));

/** The open wording flags of one field of a finding or recommendation. */
export function flagsForField(results: readonly CheckResult[], field: string): CheckResult[] {
  return results.filter((r) => r.wording?.field === field);
}

/** The lexicon's reason for the flagged wording; the check's whole message when the rule is not in the lexicon. */
function reasonOf(r: CheckResult): string {
  const ruleId = r.wording?.matches[0]?.ruleId;
  return (ruleId && reasons.get(ruleId)) || r.message;
}

function flagItem(r: CheckResult): HTMLElement {
  const phrases = [...new Set(r.wording?.matches.map((m) => `“${m.phrase}”`) ?? [])];
  return h('li', { class: 'sl-flag', 'data-rule': r.ruleId },
    h('p', { class: 'govuk-body-s' }, phrases.length ? [h('strong', {}, phrases.join(', ')), ': '] : null, reasonOf(r)),
    h('p', { class: 'govuk-body-s sl-flag__suggestion' }, h('strong', {}, 'Try: '), r.suggestion));
}

/**
 * The language flags of a field, shown beside its text: the check's message and the suggested
 * reframing. Links itself to the control (aria-describedby) so screen readers hear it with the field.
 * Returns null when the field has no open flag.
 */
export function wordingFlags(results: readonly CheckResult[], field: string, control?: HTMLElement | null): HTMLElement | null {
  const flags = flagsForField(results, field);
  if (flags.length === 0) return null;
  const id = uniqueId(`flags-${field}`);
  if (control) control.setAttribute('aria-describedby', [control.getAttribute('aria-describedby'), id].filter(Boolean).join(' '));
  return h('div', { class: 'sl-flags', id, 'data-flags-for': field },
    h('p', { class: 'govuk-body-s sl-flags__title' },
      h('strong', {}, 'Wording to consider in the saved text.'),
      ' These flags warn rather than forbid: quoting a procedure is fine.'),
    h('ul', { class: 'govuk-list sl-flags__list' }, flags.map(flagItem)));
}

/** The checks about an item other than wording (a finding without factors, a recommendation without a finding). */
export function warningsList(results: readonly CheckResult[]): HTMLElement | null {
  const warnings = results.filter((r) => !r.wording);
  if (warnings.length === 0) return null;
  return h('ul', { class: 'govuk-list sl-flags__list sl-flags--warnings' }, warnings.map((r) =>
    h('li', { class: 'sl-flag sl-flag--warning', 'data-rule': r.ruleId },
      h('p', { class: 'govuk-body-s' }, h('strong', {}, 'Check: '), r.message),
      h('p', { class: 'govuk-body-s sl-flag__suggestion' }, h('strong', {}, 'Try: '), r.suggestion))));
}

/** Puts a field's flags right after its control, inside the field's form group. */
export function attachFlags(field: HTMLElement, results: readonly CheckResult[], name: string): HTMLElement {
  const control = field.querySelector<HTMLElement>(`[name="${name}"]`);
  const flags = wordingFlags(results, name, control);
  if (flags) field.append(flags);
  return field;
}
