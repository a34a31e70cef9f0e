import './audit.scss';
import { h, replace } from '../../dom';
import { api } from '../../api';
import { workspacePath } from '../../router';
import type { TabContext } from '../tab';
import { button, selectField, textField, valueOf } from '../../components/forms';
import { formErrors, problemsOf } from '../../components/errors';
import { insetText } from '../../components/banners';
import { actionVerb, entityLabel } from '../../components/changeWords';
import { auditQuery, namesFromEntries, readFilters, type AuditEntry, type AuditFilters } from './auditChanges';
import { auditEntryView } from './auditEntry';
import { addReferencedNames, listsReferenced } from './auditNames';
import { pagination } from './pagination';

/** The audit summary: how many entries match, and what the whole log holds (for the filter choices). */
interface AuditSummary {
  total: number;
  entities: { entity: string; count: number }[];
  actions: { action: string; count: number }[];
  people: { userId: string | null; name: string | null; count: number }[];
}

const PAGE_SIZE = 50;

function filterForm(ctx: TabContext, f: AuditFilters, s: AuditSummary): HTMLFormElement {
  const people = s.people.filter((p) => p.userId !== null).map((p) => ({ value: p.userId!, label: `${p.name ?? 'Removed account'} (${p.count})` }));
  const form = h('form', { novalidate: true, class: 'sl-audit__filters', 'aria-label': 'Filter the audit log' },
    h('div', { class: 'sl-field-row' },
      selectField({ name: 'person', label: 'Person', value: f.person, choices: [{ value: '', label: 'Everyone' }, ...people] }),
      selectField({ name: 'entity', label: 'Kind of item', value: f.entity, choices: [{ value: '', label: 'Every kind' }, ...s.entities.map((e) => ({ value: e.entity, label: `${entityLabel(e.entity)} (${e.count})` }))] }),
      selectField({ name: 'action', label: 'Change', value: f.action, choices: [{ value: '', label: 'Any change' }, ...s.actions.map((a) => ({ value: a.action, label: actionVerb(a.action).replace(/^./, (c) => c.toUpperCase()) }))] })),
    h('div', { class: 'sl-field-row' },
      textField({ name: 'from', label: 'From', type: 'date', value: f.from }),
      textField({ name: 'to', label: 'To (the whole day included)', type: 'date', value: f.to })),
    h('div', { class: 'govuk-button-group' },
      button('Apply filters', { type: 'submit' }),
      h('a', { class: 'govuk-link', href: `${workspacePath(ctx.investigation.id, 'review')}?view=audit` }, 'Clear filters')));
  const errors = formErrors(form);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = { person: valueOf(form, 'person'), entity: valueOf(form, 'entity'), action: valueOf(form, 'action'), from: valueOf(form, 'from'), to: valueOf(form, 'to') };
    if (next.from && next.to && next.from > next.to) return errors.show([{ field: 'to', message: 'The end date must be on or after the start date' }]);
    const q = new URLSearchParams({ view: 'audit' });
    for (const [k, v] of Object.entries(next)) if (v) q.set(k, v);
    ctx.navigate(`${workspacePath(ctx.investigation.id, 'review')}?${q}`);
  });
  return form;
}

/**
 * The audit viewer for lead investigators: every change to the investigation, newest first, filtered
 * by person, kind of item, kind of change and dates, each with its fields before and after; 50 to a page.
 */
export async function auditView(ctx: TabContext): Promise<void> {
  const inv = ctx.investigation;
  const back = h('p', { class: 'govuk-body' }, h('a', { class: 'govuk-link govuk-link--no-visited-state', href: workspacePath(inv.id, 'review') }, 'Back to the review'));
  const heading = h('h2', { class: 'govuk-heading-l', tabindex: -1 }, 'Audit log');
  if (inv.myRole !== 'lead') {
    replace(ctx.container, back, heading, insetText('Only lead investigators can read the audit log.'));
    return;
  }
  const f = readFilters(ctx.params);
  replace(ctx.container, back, heading, h('p', { class: 'govuk-body', role: 'status' }, 'Loading the audit log…'));
  const base = `/api/investigations/${encodeURIComponent(inv.id)}/audit`;
  try {
    const query = auditQuery(f, PAGE_SIZE);
    const filterOnly = new URLSearchParams([...query].filter(([k]) => k !== 'limit' && k !== 'offset'));
    const [summary, entries] = await Promise.all([api.get<AuditSummary>(`${base}/summary?${filterOnly}`), api.get<AuditEntry[]>(`${base}?${query}`)]);
    const names = namesFromEntries(entries);
    await addReferencedNames(inv.id, listsReferenced(entries), names);
    const first = (f.page - 1) * PAGE_SIZE + 1;
    const shown = entries.length === 0 ? 'No changes match these filters.'
      : `Showing changes ${first} to ${first + entries.length - 1} of ${summary.total}, newest first.`;
    replace(ctx.container, back, heading,
      h('p', { class: 'govuk-body' }, 'Every change to this investigation: who made it, when, and each field before and after. The log cannot be changed.'),
      filterForm(ctx, f, summary),
      h('p', { class: 'govuk-body govuk-!-font-weight-bold', role: 'status', 'data-audit-count': '' }, shown),
      h('ol', { class: 'sl-audit__entries' }, entries.map((e) => h('li', {}, auditEntryView(e, names)))),
      pagination(f.page, Math.ceil(summary.total / PAGE_SIZE), (page) => {
        const q = new URLSearchParams(ctx.params);
        q.set('page', String(page));
        return `${workspacePath(inv.id, 'review')}?${q}`;
      }));
  } catch (err) {
    replace(ctx.container, back, heading, h('p', { class: 'govuk-body sl-error-text', role: 'alert' }, `The audit log could not be loaded: ${problemsOf(err)[0]!.message}`));
  }
}
