import type { Publication } from '../../../../schema/contracts/publication';
import { h, replace } from '../../dom';
import { api } from '../../api';
import { button, textareaField, valueOf, whileSubmitting } from '../../components/forms';
import { formErrors } from '../../components/errors';
import { table } from '../../components/tables';
import { successBanner } from '../../components/banners';
import type { TabContext } from '../tab';
import { scanList } from './scanList';
import { publishForm } from './publishForm';
import { signOffWords } from './snapshotChoice';

const when = (iso: string) => new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/**
 * Publication to the public library (lead investigators), inside the Reports tab: the identifier scan, the
 * sign-off and publish form, and every version published with its SHA-256, library link and withdrawal.
 */
export function publicationSection(ctx: TabContext) {
  const id = ctx.investigation.id;
  const scan = scanList(id);
  const notice = h('div', {});
  const versions = h('div', {});
  const publish = publishForm(id, (p) => {
    const banner = successBanner(`Published as version ${p.publicationVersion}${p.snapshot ? ` from “${p.snapshot.label}”` : ''}.`);
    replace(notice, banner);
    banner.focus();
    void loadVersions();
  });
  const el = h('section', { class: 'sl-report-section', 'aria-labelledby': 'publication-heading' },
    h('h3', { class: 'govuk-heading-m', id: 'publication-heading' }, 'Publication'),
    h('p', { class: 'govuk-body' }, 'Publish the anonymised edition of a version the panel signed off to the public learning library. '
      + 'Before anything is published, the whole edition is checked for names and identifiers; publishing again makes a new version.'),
    notice, scan.el,
    h('h4', { class: 'govuk-heading-s' }, 'Sign off and publish'),
    publish.el,
    h('h4', { class: 'govuk-heading-s' }, 'Published versions'),
    versions);

  function withdrawForm(p: Publication): HTMLElement {
    const form = h('form', { novalidate: true, 'aria-label': `Withdraw version ${p.publicationVersion}` },
      textareaField({ name: 'reason', label: 'Reason for withdrawing', rows: 2 }),
      button('Withdraw', { type: 'submit', variant: 'warning' }));
    const errors = formErrors(form);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const reason = valueOf(form, 'reason').trim();
      if (!reason) return errors.show([{ field: 'reason', message: 'Enter the reason for withdrawing' }]);
      void whileSubmitting(form, () => api.post(`/api/investigations/${encodeURIComponent(id)}/publication/${encodeURIComponent(p.id)}/withdraw`, { reason }))
        .then(loadVersions, errors.showError);
    });
    return h('details', { class: 'govuk-details' },
      h('summary', { class: 'govuk-details__summary' }, h('span', { class: 'govuk-details__summary-text' }, `Withdraw version ${p.publicationVersion}`)),
      h('div', { class: 'govuk-details__text' }, form));
  }

  async function loadVersions(): Promise<void> {
    const list = await api.get<Publication[]>(`/api/investigations/${encodeURIComponent(id)}/publications`);
    replace(versions, table({
      caption: 'Published versions', head: ['Version', 'Published', 'From', 'Status', 'SHA-256', 'Library'], empty: 'Not published yet.', classes: 'sl-publications',
      rows: list.map((p) => [String(p.publicationVersion), `${when(p.publishedAt)}${p.publishedByName ? ` by ${p.publishedByName}` : ''}`,
        p.snapshot ? [h('span', { 'data-published-snapshot': p.snapshot.id }, `“${p.snapshot.label}”`), h('br', {}), h('span', { class: 'govuk-body-s' }, signOffWords(p.snapshot))]
          : 'The data at the time (published before a signed-off version was required)',
        p.withdrawnAt ? `Withdrawn ${when(p.withdrawnAt)}: ${p.withdrawnReason ?? ''}` : 'Published',
        h('code', { class: 'sl-sha' }, p.sha256),
        p.withdrawnAt ? '' : [h('a', { class: 'govuk-link', href: `/library/${encodeURIComponent(p.slug)}` }, 'Open in the library'), withdrawForm(p)]]),
    }));
  }

  return { el, load: () => Promise.all([scan.load(), publish.load(), loadVersions()]).then(() => undefined) };
}
