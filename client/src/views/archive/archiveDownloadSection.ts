import type { Investigation } from '../../../../schema/contracts/investigations';
import { h } from '../../dom';
import { radiosField } from '../../components/choiceFields';

/** The address of an investigation's archive, gzip-compressed unless `plain`. */
export function archiveUrl(investigationId: string, plain: boolean): string {
  return `/api/investigations/${encodeURIComponent(investigationId)}/archive${plain ? '' : '?compress=gzip'}`;
}

/**
 * The Overview section where a lead investigator downloads the whole investigation as a portable archive
 * (compressed by default, or plain JSON), with a reminder that the file holds real identities.
 */
export function archiveDownloadSection(inv: Investigation): HTMLElement {
  const link = h('a', { class: 'govuk-button govuk-button--secondary', href: archiveUrl(inv.id, false), download: '', draggable: 'false', 'data-archive-download': '' },
    'Download the archive');
  const format = radiosField({
    name: 'archiveFormat', legend: 'Format', value: 'gzip', inline: true,
    items: [
      { value: 'gzip', label: 'Compressed (.json.gz)', hint: 'About a tenth of the size' },
      { value: 'json', label: 'Plain JSON (.json)', hint: 'Readable in a text editor' },
    ],
    onchange: (value) => link.setAttribute('href', archiveUrl(inv.id, value === 'json')),
  });
  return h('section', { id: 'archive', class: 'sl-section', 'aria-labelledby': 'archive-heading' },
    h('h2', { class: 'govuk-heading-m', id: 'archive-heading' }, 'Portable archive'),
    h('p', { class: 'govuk-body' },
      'The archive is one file holding the whole investigation: registry, sources, chronology, analysis, findings, ' +
      'recommendations, comments and snapshots. Another Sightline installation can import it as a new investigation.'),
    h('div', { class: 'govuk-warning-text' },
      h('span', { class: 'govuk-warning-text__icon', 'aria-hidden': 'true' }, '!'),
      h('strong', { class: 'govuk-warning-text__text' },
        h('span', { class: 'govuk-visually-hidden' }, 'Warning'),
        'The archive holds real names, dates of birth and identifiers. Store and send it as securely as the investigation itself, ' +
        'and delete copies that are no longer needed.')),
    format,
    link);
}
