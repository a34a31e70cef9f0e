import type { LanguageCheck, LanguageFlag } from '../../../../schema/contracts/reports';
import { h, replace } from '../../dom';
import { api, ApiFailure } from '../../api';
import { button, textareaField, valueOf, whileSubmitting } from '../../components/forms';
import { formErrors } from '../../components/errors';
import { editPathOf, fieldWord, kindWord } from './jumpTargets';
import { markedExcerpt } from './excerpt';

/** The flags of one field: marking considered applies to all of them. */
interface FieldFlags { key: string; flags: LanguageFlag[] }

function byField(flags: readonly LanguageFlag[]): FieldFlags[] {
  const groups = new Map<string, LanguageFlag[]>();
  for (const f of flags) groups.set(f.key, [...(groups.get(f.key) ?? []), f]);
  return [...groups].map(([key, list]) => ({ key, flags: list }));
}

/** The id of a field's list item, for links from the refusal of a final edition. */
export const flagAnchor = (key: string) => `flag-${key.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/**
 * The language check of the chosen standard: each flagged field with its phrases in context, location,
 * reason and suggested reframing; jump to where the text is edited; mark as considered with a reason, or reopen.
 */
export function languageSection(o: { investigationId: string; canEdit: boolean; navigate(path: string): void }) {
  const base = `/api/investigations/${encodeURIComponent(o.investigationId)}/reports/language-check`;
  const body = h('div', {});
  const el = h('section', { class: 'sl-report-section', 'aria-labelledby': 'language-heading' },
    h('h3', { class: 'govuk-heading-m', id: 'language-heading' }, 'Language check'),
    h('p', { class: 'govuk-body' }, 'Wording that explains with hindsight or points at a person rather than the conditions. '
      + 'Flags warn rather than forbid: rewrite the text, or mark it as considered with a reason (quoting a procedure is fine). '
      + 'A final edition needs every flag rewritten or considered.'),
    body);
  let template = 'learning-review';

  async function load(): Promise<void> {
    replace(body, h('p', { class: 'govuk-body', role: 'status' }, 'Checking the report text…'));
    const check = await api.get<LanguageCheck>(`${base}?template=${encodeURIComponent(template)}`);
    draw(check);
  }

  function draw(check: LanguageCheck): void {
    const groups = byField(check.flags);
    replace(body,
      h('p', { class: 'govuk-body', 'data-flag-counts': '' },
        h('strong', {}, `${check.counts.open} open`), `, ${check.counts.considered} considered.`),
      groups.length === 0
        ? h('p', { class: 'govuk-body sl-empty' }, 'No flagged wording in this report’s text.')
        : h('ol', { class: 'sl-flag-list' }, groups.map(fieldItem)));
  }

  function fieldItem(g: FieldFlags): HTMLElement {
    const first = g.flags[0]!;
    const open = g.flags.some((f) => f.status === 'open');
    const path = editPathOf(o.investigationId, first.source);
    const where = `${first.location}${first.ref ? ` · ${first.ref}` : ''} · ${kindWord(first.source.kind)}, ${fieldWord(first.source.field)}`;
    const actions = h('div', { class: 'sl-flag-actions' },
      path ? h('a', { class: 'govuk-link', href: path }, 'Edit this text', h('span', { class: 'govuk-visually-hidden' }, ` (${where})`)) : null);
    if (o.canEdit && open) actions.append(considerForm(g, where));
    if (o.canEdit && !open && first.acknowledgementId) {
      actions.append(button('Reopen', { variant: 'secondary', onclick: () => void reopen(first.acknowledgementId!, actions) }));
    }
    return h('li', { class: `sl-flag-item${open ? '' : ' sl-flag-item--considered'}`, id: flagAnchor(g.key), tabindex: -1, 'data-flag-key': g.key },
      h('p', { class: 'govuk-body-s sl-flag-item__where' },
        h('strong', { class: `govuk-tag ${open ? 'govuk-tag--orange' : 'govuk-tag--green'}` }, open ? 'Open' : 'Considered'), ' ', where,
        h('span', { class: 'sl-muted' }, ` — ${first.section}`)),
      h('ul', { class: 'govuk-list' }, g.flags.map((f) => h('li', { class: 'sl-flag-item__phrase' },
        h('p', { class: 'govuk-body sl-excerpt' }, markedExcerpt(f.excerpt, f.phrase)),
        h('p', { class: 'govuk-body-s' }, h('strong', {}, `“${f.phrase}”: `), f.reason),
        h('p', { class: 'govuk-body-s' }, h('strong', {}, 'Try: '), f.suggestion)))),
      !open && first.consideredReason ? h('p', { class: 'govuk-body-s' }, h('strong', {}, 'Considered: '), first.consideredReason) : null,
      actions);
  }

  function considerForm(g: FieldFlags, where: string): HTMLElement {
    const form = h('form', { class: 'sl-consider', novalidate: true, 'aria-label': `Mark as considered: ${where}` },
      textareaField({ name: 'reason', label: 'Why this wording stays', rows: 2, hint: 'For example: it quotes the procedure in force at the time.' }),
      button('Mark as considered', { type: 'submit', variant: 'secondary' }));
    const details = h('details', { class: 'govuk-details sl-consider-details' },
      h('summary', { class: 'govuk-details__summary' }, h('span', { class: 'govuk-details__summary-text' }, 'Mark as considered')),
      h('div', { class: 'govuk-details__text' }, form));
    const errors = formErrors(form);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const reason = valueOf(form, 'reason').trim();
      if (!reason) return errors.show([{ field: 'reason', message: 'Enter why this wording stays' }]);
      void whileSubmitting(form, () => api.post(`${base}/acknowledgements`, { key: g.key, reason }))
        .then(() => refresh(g.key), errors.showError);
    });
    return details;
  }

  async function reopen(ackId: string, host: HTMLElement, version = 1): Promise<void> {
    try {
      await api.delete(`${base}/acknowledgements/${encodeURIComponent(ackId)}`, version);
      await load();
    } catch (err) {
      const current = err instanceof ApiFailure && err.status === 409 ? (err.error.details as { currentVersion?: number } | undefined)?.currentVersion : undefined;
      if (current !== undefined && current !== version) return reopen(ackId, host, current);
      host.append(h('p', { class: 'govuk-error-message', role: 'alert' }, err instanceof Error ? err.message : 'The flag could not be reopened.'));
    }
  }

  async function refresh(focusKey: string): Promise<void> {
    await load();
    body.querySelector<HTMLElement>(`#${CSS.escape(flagAnchor(focusKey))}`)?.focus();
  }

  return {
    el,
    /** Checks the text of another standard. */
    show: (t: string) => { template = t; return load(); },
    /** Moves focus to a field's flags. */
    focus: (key: string) => {
      const item = body.querySelector<HTMLElement>(`#${CSS.escape(flagAnchor(key))}`);
      item?.scrollIntoView({ block: 'center' });
      item?.focus();
    },
    reload: load,
  };
}
