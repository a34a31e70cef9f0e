import type { ChronologyEvent, EventLinkKindSchema } from '../../../../schema/contracts/chronology';
import type { z } from 'zod';
import { api } from '../../api';
import { h } from '../../dom';
import { button, selectField, textareaField, valueOf, whileSubmitting } from '../../components/forms';
import { formErrors } from '../../components/errors';
import { chronologyPath, type Names } from './chronologyData';

const DAY = 86_400_000;

/** Other entries near an entry's date (within `days`), nearest first, other agencies' accounts before the same agency's. */
export function linkCandidates(e: ChronologyEvent, events: readonly ChronologyEvent[], days = 62, limit = 60): ChronologyEvent[] {
  const linked = new Set(e.links.map((l) => l.otherEventId));
  const distance = (o: ChronologyEvent) => Math.max(0, o.start - e.end, e.start - o.end);
  return events
    .filter((o) => o.id !== e.id && !linked.has(o.id) && distance(o) <= days * DAY)
    .sort((a, b) => Number(a.agencyId === e.agencyId) - Number(b.agencyId === e.agencyId) || distance(a) - distance(b) || a.start - b.start)
    .slice(0, limit);
}

/** The form that links an entry to another as a conflicting account or an account of the same occasion; both stay in the chronology. */
export function linkForm(o: { investigationId: string; event: ChronologyEvent; events: readonly ChronologyEvent[]; names: Names; onSaved(): void; onCancel(): void }): HTMLElement {
  const candidates = linkCandidates(o.event, o.events);
  const headingId = `link-form-${o.event.id}`;
  const form = h('form', { novalidate: true, class: 'sl-chronology__editor', 'aria-labelledby': headingId },
    h('h3', { class: 'govuk-heading-m', id: headingId, tabindex: -1 }, `Link the entry of ${o.event.display} to another account`),
    h('p', { class: 'govuk-body' }, 'Linked entries are both kept: a link records that two agencies describe the same occasion, or describe it differently.'),
    candidates.length === 0
      ? h('p', { class: 'govuk-body sl-muted' }, 'No other entries within two months of this one.')
      : selectField({
        name: 'otherEventId', label: 'The other entry',
        choices: candidates.map((c) => ({ value: c.id, label: `${c.display} · ${o.names.agency(c.agencyId)} · ${c.description.slice(0, 70)}` })),
      }),
    selectField({ name: 'kind', label: 'How they relate', choices: [
      { value: 'conflicts_with', label: 'Conflicting accounts' }, { value: 'same_occasion', label: 'Accounts of the same occasion' },
    ] }),
    textareaField({ name: 'note', label: 'Note (optional)', rows: 2, hint: 'For example, where the accounts differ.' }),
    h('div', { class: 'govuk-button-group' },
      candidates.length > 0 ? button('Link the entries', { type: 'submit' }) : null,
      button('Cancel', { variant: 'secondary', onclick: o.onCancel })));
  const errors = formErrors(form);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void whileSubmitting(form, async () => {
      try {
        await api.post(chronologyPath(o.investigationId, `events/${encodeURIComponent(o.event.id)}/links`), {
          otherEventId: valueOf(form, 'otherEventId'), kind: valueOf(form, 'kind') as z.infer<typeof EventLinkKindSchema>, note: valueOf(form, 'note'),
        });
        o.onSaved();
      } catch (err) {
        errors.showError(err);
      }
    });
  });
  queueMicrotask(() => form.querySelector<HTMLElement>('h3')?.focus());
  return form;
}
