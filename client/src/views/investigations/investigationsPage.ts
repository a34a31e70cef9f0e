import type { Investigation } from '../../../../schema/contracts/investigations';
import { labels } from '../../../../schema/contracts/enums';
import { h } from '../../dom';
import { api } from '../../api';
import { workspacePath } from '../../router';
import { problemsOf } from '../../components/errors';
import { table } from '../../components/tables';
import { pageHeading, setPageTitle, type PageContext } from '../../components/page';
import { archiveImportForm } from '../archive/archiveImportForm';

/** The investigations the user is a member of, with their role in each, and ways to start a new one or import an archive. */
export function investigationsPage({ container, navigate }: PageContext): void {
  setPageTitle('Investigations');
  const list = h('div', { 'aria-live': 'polite', 'aria-busy': 'true' }, h('p', { class: 'govuk-body' }, 'Loading investigations…'));
  container.append(
    pageHeading('Investigations'),
    h('a', { class: 'govuk-button', href: '/investigations/new', draggable: 'false' }, 'Create an investigation'),
    archiveImportForm((id) => navigate(workspacePath(id))),
    list);
  api.get<Investigation[]>('/api/investigations').then((items) => {
    list.replaceChildren(table({
      caption: 'Investigations you are a member of',
      head: ['Reference', 'Title', 'Status', 'Your role'],
      rows: items.map((inv) => [
        h('a', { class: 'govuk-link sl-nowrap', href: workspacePath(inv.id) }, inv.reference),
        [inv.title, ...(inv.isDemo ? [' ', h('strong', { class: 'govuk-tag govuk-tag--grey' }, 'Demo')] : [])],
        h('strong', { class: `govuk-tag ${statusTag(inv.status)}` }, labels[inv.status] ?? inv.status),
        labels[inv.myRole] ?? inv.myRole,
      ]),
      empty: 'You are not a member of any investigation yet. Create one, or ask a lead investigator to add you.',
    }));
  }, (err) => {
    list.replaceChildren(h('div', { class: 'govuk-error-summary', role: 'alert' },
      h('h2', { class: 'govuk-error-summary__title' }, 'Your investigations could not be loaded'),
      h('div', { class: 'govuk-error-summary__body' }, h('p', { class: 'govuk-body' }, problemsOf(err)[0]!.message))));
  }).finally(() => list.setAttribute('aria-busy', 'false'));
}

/** A tag colour per investigation stage (text stays black or dark on a light tint, for contrast). */
export function statusTag(status: string): string {
  return ({ scoping: 'govuk-tag--grey', evidence: 'govuk-tag--blue', analysis: 'govuk-tag--purple', review: 'govuk-tag--yellow', published: 'govuk-tag--green' } as Record<string, string>)[status] ?? '';
}
