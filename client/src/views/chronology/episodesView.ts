import './episodes.scss';
import type { Episode } from '../../../../schema/contracts/chronology';
import { api } from '../../api';
import { h } from '../../dom';
import { button, linkButton } from '../../components/forms';
import { summaryList } from '../../components/tables';
import { chronologyPath, type ChronologyData, type Names } from './chronologyData';
import { deleteConfirmation } from './deleteConfirmation';
import { episodeEntries } from './episodeEntries';
import { episodeForm } from './episodeForm';
import { entriesSpan, entriesWord, entryCounts, episodePeriod } from './episodeModel';

/** Which episode screen is open: the list, or (for editors) a form, the entry picker or a delete confirmation. */
export type EpisodeScreen = { mode: 'list' } | { mode: 'new' } | { mode: 'edit' | 'entries' | 'delete'; id: string };

/** What the episodes view needs, and how it asks the tab to show something else or reload after a change. */
export interface EpisodesViewOptions {
  investigationId: string;
  data: ChronologyData;
  names: Names;
  canEdit: boolean;
  screen: EpisodeScreen;
  open(screen: EpisodeScreen): void;
  /** Reloads the chronology, announces the change and opens a screen. */
  changed(message: string, next: EpisodeScreen): Promise<void>;
  /** Loads the chronology again without leaving the screen. */
  refresh(): Promise<{ data: ChronologyData; names: Names }>;
  /** Shows one episode's entries in the timeline or the table. */
  showEntries(episodeId: string, view: 'timeline' | 'table'): void;
}

const prewrap = (text: string) => (text.trim() ? h('span', { class: 'sl-chronology__prewrap' }, text) : '');

function periodCell(ep: Episode, o: EpisodesViewOptions): HTMLElement {
  const stated = episodePeriod(ep);
  if (stated) return h('span', {}, stated);
  const span = entriesSpan(o.data.events.filter((e) => e.episodeId === ep.id));
  return h('span', { class: 'sl-muted' }, 'Not recorded',
    span ? h('span', { class: 'sl-secondary' }, span.first === span.last ? `Its entries: ${span.first}` : `Its entries run from ${span.first} to ${span.last}`) : null);
}

function episodeCard(ep: Episode, count: number, o: EpisodesViewOptions): HTMLElement {
  const headingId = `episode-${ep.id}`;
  return h('section', { class: 'sl-episodes__episode', 'aria-labelledby': headingId, 'data-episode': ep.id },
    h('h3', { class: 'govuk-heading-m', id: headingId }, ep.title),
    summaryList([
      ['Period', periodCell(ep, o)],
      ['Entries', entriesWord(count)],
      ['Summary', prewrap(ep.summary)],
      ['What was known at the time', prewrap(ep.knownAtTime)],
      ['Why the actions made sense at the time', prewrap(ep.localRationality)],
    ]),
    h('p', { class: 'govuk-body sl-episodes__links' },
      count > 0 ? linkButton('See its entries on the timeline', `of “${ep.title}”`, () => o.showEntries(ep.id, 'timeline')) : null,
      count > 0 ? linkButton('See its entries in the table', `of “${ep.title}”`, () => o.showEntries(ep.id, 'table')) : null),
    o.canEdit
      ? h('div', { class: 'govuk-button-group' },
        button('Choose its entries', { onclick: () => o.open({ mode: 'entries', id: ep.id }) }),
        button('Change the episode', { variant: 'secondary', onclick: () => o.open({ mode: 'edit', id: ep.id }) }),
        button('Delete the episode', { variant: 'warning', onclick: () => o.open({ mode: 'delete', id: ep.id }) }))
      : null);
}

function confirmDelete(ep: Episode, count: number, o: EpisodesViewOptions): HTMLElement {
  return deleteConfirmation({
    what: 'episode',
    heading: `Delete the episode “${ep.title}”?`,
    explanation: [
      count === 0 ? 'No entries are in this episode.'
        : count === 1 ? 'Its one entry stays in the chronology, unchanged; it is no longer grouped in an episode.'
          : `Its ${count} entries stay in the chronology, unchanged; they are no longer grouped in an episode.`,
      "The episode's title, period, summary, what was known at the time and why the actions made sense are removed. The audit log keeps a record of them.",
    ],
    confirmLabel: 'Delete the episode',
    remove: async () => {
      await api.delete(chronologyPath(o.investigationId, `episodes/${encodeURIComponent(ep.id)}`), ep.version);
      await o.changed(`Episode “${ep.title}” deleted; its entries stay in the chronology.`, { mode: 'list' });
    },
    onCancel: () => o.open({ mode: 'list' }),
    onShowTheirs: () => void o.changed('Loaded the latest version of the episode.', { mode: 'list' }),
  });
}

/**
 * The key practice episodes of the chronology: each with its period at its true precision, summary and number of
 * entries, and for lead investigators and investigators the forms to add, change, delete and choose entries.
 */
export function episodesView(o: EpisodesViewOptions): HTMLElement {
  const { screen } = o;
  const counts = entryCounts(o.data.events);
  const episode = 'id' in screen ? o.data.episodes.find((e) => e.id === screen.id) : undefined;
  const back = () => o.open({ mode: 'list' });
  if (o.canEdit && screen.mode === 'new') {
    return episodeForm({
      investigationId: o.investigationId, episode: null, onCancel: back, onKeptTheirs: back,
      onSaved: (saved) => void o.changed(`Episode “${saved.title}” added. Choose its entries.`, { mode: 'entries', id: saved.id }),
    });
  }
  if (o.canEdit && episode && screen.mode === 'edit') {
    return episodeForm({
      investigationId: o.investigationId, episode, onCancel: back,
      onKeptTheirs: () => void o.changed(`Their version of “${episode.title}” is kept.`, { mode: 'list' }),
      onSaved: (saved) => void o.changed(`Episode “${saved.title}” saved.`, { mode: 'list' }),
    });
  }
  if (o.canEdit && episode && screen.mode === 'entries') {
    return episodeEntries({
      investigationId: o.investigationId, episode, data: o.data, names: o.names, refresh: o.refresh, onCancel: back,
      onSaved: (message) => o.changed(message, { mode: 'list' }),
    });
  }
  if (o.canEdit && episode && screen.mode === 'delete') return confirmDelete(episode, counts.get(episode.id) ?? 0, o);

  const outside = o.data.events.filter((e) => !e.episodeId).length;
  return h('div', { class: 'sl-episodes' },
    h('h3', { class: 'govuk-heading-m', tabindex: -1 }, 'Key practice episodes'),
    'id' in screen && !episode ? h('p', { class: 'govuk-body sl-muted' }, 'That episode is no longer in the chronology: someone may have deleted it.') : null,
    h('p', { class: 'govuk-body' }, 'Episodes group the entries that are analysed together. Each entry belongs to at most one episode.',
      o.data.events.length > 0 ? ` ${outside} of ${entriesWord(o.data.events.length)} ${outside === 1 ? 'is' : 'are'} not in an episode.` : ''),
    o.canEdit ? button('Add an episode', { onclick: () => o.open({ mode: 'new' }) }) : null,
    o.data.episodes.length === 0
      ? h('p', { class: 'govuk-body sl-empty' }, `No key practice episodes yet.${o.canEdit ? ' Add one, then choose its entries.' : ''}`)
      : o.data.episodes.map((ep) => episodeCard(ep, counts.get(ep.id) ?? 0, o)));
}
