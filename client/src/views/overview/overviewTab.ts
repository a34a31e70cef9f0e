import { replace } from '../../dom';
import type { Tab } from '../tab';
import { insetText } from '../../components/banners';
import { pageContents } from '../../components/pageContents';
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
  replace(ctx.container,
    pageContents(ctx.container, sections),
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
