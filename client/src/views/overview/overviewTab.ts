import { h, replace } from '../../dom';
import type { Tab } from '../tab';
import { insetText } from '../../components/banners';
import { detailsSection } from './detailsSection';
import { membersSection } from './membersSection';
import { agenciesSection } from './agenciesSection';
import { peopleSection } from './peopleSection';
import { placesSection } from './placesSection';
import { archiveDownloadSection } from '../archive/archiveDownloadSection';

const contents: [string, string][] = [
  ['details', 'Details'], ['members', 'Members'], ['agencies', 'Agencies'], ['people', 'Identity registry'], ['places', 'Identifying places'],
];

/** The Overview tab: details, members, agencies, identity registry, identifying places and, for a lead investigator, the archive. */
export const overviewTab: Tab = (ctx) => {
  const inv = ctx.investigation;
  const canEdit = inv.myRole === 'lead' || inv.myRole === 'investigator';
  const isLead = inv.myRole === 'lead';
  const sections = isLead ? [...contents, ['archive', 'Portable archive'] as [string, string]] : contents;
  const jump = (event: Event, id: string) => {
    event.preventDefault();
    const target = ctx.container.querySelector<HTMLElement>(`#${id} h2`);
    target?.setAttribute('tabindex', '-1');
    target?.scrollIntoView();
    target?.focus();
  };
  replace(ctx.container,
    h('nav', { class: 'sl-contents', 'aria-label': 'On this page' },
      h('h2', { class: 'govuk-heading-s' }, 'On this page'),
      h('ul', { class: 'govuk-list' }, sections.map(([id, label]) =>
        h('li', {}, h('a', { class: 'govuk-link', href: `#${id}`, onclick: (e: Event) => jump(e, id) }, label))))),
    canEdit ? null : insetText(inv.myRole === 'observer'
      ? 'As an observer you can read this investigation but not change it. People appear by pseudonym only.'
      : 'As a panel member you can read these details but not change them here. People appear by pseudonym only.'),
    detailsSection(ctx, canEdit),
    membersSection(inv),
    agenciesSection(inv, canEdit),
    peopleSection(inv, canEdit),
    placesSection(inv, canEdit),
    isLead ? archiveDownloadSection(inv) : null);
};
