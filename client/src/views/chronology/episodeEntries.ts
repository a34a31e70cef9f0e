import type { ChronologyEvent, Episode } from '../../../../schema/contracts/chronology';
import { labels } from '../../../../schema/contracts/enums';
import { ApiFailure, api } from '../../api';
import { h, replace } from '../../dom';
import { liveStatus } from '../../components/banners';
import { button, checkboxField, linkButton, textField, uniqueId, whileSubmitting } from '../../components/forms';
import { formErrors } from '../../components/errors';
import { isConflict } from '../../components/conflict';
import { chronologyPath, type ChronologyData, type Names } from './chronologyData';
import { filterEvents, noFilter } from './eventFilter';
import { entriesWord, entryChanges, episodePeriod, overlapsPeriod } from './episodeModel';

/** What the entry picker of an episode needs, and how it reloads the chronology or reports a change. */
export interface EpisodeEntriesOptions {
  investigationId: string;
  episode: Episode;
  data: ChronologyData;
  names: Names;
  /** Loads the chronology again (after someone else changed entries) without leaving this screen. */
  refresh(): Promise<{ data: ChronologyData; names: Names }>;
  onSaved(message: string): Promise<void>;
  onCancel(): void;
}

const PAGE = 100;

/**
 * The episode's entry picker: every entry of the chronology with a tick for those in the episode, narrowed by
 * words and (by default) to the episode's period. Ticking an entry from another episode moves it here; all the
 * changes are saved at once, and if someone else changed a ticked entry meanwhile the list reloads with the ticks kept.
 */
export function episodeEntries(o: EpisodeEntriesOptions): HTMLFormElement {
  const ep = o.episode;
  let { data, names } = o;
  const chosen = new Set(data.events.filter((e) => e.episodeId === ep.id).map((e) => e.id));
  const period = episodePeriod(ep);
  let shown = PAGE;
  const status = liveStatus();
  const list = h('div', { class: 'govuk-checkboxes govuk-checkboxes--small sl-episodes__choices', 'data-entry-choices': '' });
  const more = h('div');
  const headingId = uniqueId('episode-entries-heading');
  const search = textField({ name: 'entrySearch', label: 'Find entries by words', classes: 'govuk-input--width-20' });
  const searchInput = search.querySelector('input')!;
  const withinPeriod = period ? checkboxField({ name: 'withinPeriod', label: `Only entries in the episode's period (${period}), and those ticked`, checked: true }) : null;
  const form = h('form', { novalidate: true, class: 'sl-chronology__editor sl-episodes__picker', 'aria-labelledby': headingId, 'data-episode-entries': ep.id },
    h('h3', { class: 'govuk-heading-m', id: headingId, tabindex: -1 }, `Entries in “${ep.title}”`),
    h('p', { class: 'govuk-body' }, 'Tick the entries that belong to this episode. An entry belongs to at most one episode: ticking one that is in another episode moves it here. Unticked entries stay in the chronology.'),
    search, withinPeriod,
    h('div', { class: 'govuk-button-group' },
      button('Tick every entry shown', { variant: 'secondary', onclick: () => tickShown(true) }),
      button('Untick every entry shown', { variant: 'secondary', onclick: () => tickShown(false) })),
    h('fieldset', { class: 'govuk-fieldset' }, h('legend', { class: 'govuk-visually-hidden' }, `Entries of the chronology for “${ep.title}”`), list, more),
    status.el,
    h('div', { class: 'govuk-button-group' },
      button('Save the entries', { type: 'submit' }),
      button('Cancel', { variant: 'secondary', onclick: o.onCancel })));
  const errors = formErrors(form);

  const candidates = (): ChronologyEvent[] => {
    const narrow = (withinPeriod?.querySelector('input')?.checked ?? false);
    return filterEvents(data.events, { ...noFilter, text: searchInput.value })
      .filter((e) => !narrow || chosen.has(e.id) || e.episodeId === ep.id || overlapsPeriod(e, ep));
  };

  function say(): void {
    const changes = entryChanges(data.events, ep.id, chosen);
    status.say(`${entriesWord(chosen.size)} ticked: ${changes.add.length} to add, ${changes.remove.length} to take out.`);
  }

  function item(e: ChronologyEvent): HTMLElement {
    const id = uniqueId('episode-entry');
    const hintId = `${id}-hint`;
    const box = h('input', { class: 'govuk-checkboxes__input', id, name: 'entries', type: 'checkbox', value: e.id, 'aria-describedby': hintId });
    box.checked = chosen.has(e.id);
    box.addEventListener('change', () => { if (box.checked) chosen.add(e.id); else chosen.delete(e.id); say(); });
    const elsewhere = e.episodeId && e.episodeId !== ep.id ? `Now in “${names.episode(e.episodeId)}”: ticking it moves it here. ` : '';
    return h('div', { class: 'govuk-checkboxes__item', 'data-entry': e.id },
      box,
      h('label', { class: 'govuk-label govuk-checkboxes__label', for: id }, `${e.display} · ${names.agency(e.agencyId)} · ${labels[e.kind] ?? e.kind}`),
      h('div', { class: 'govuk-hint govuk-checkboxes__hint sl-chronology__prewrap', id: hintId },
        elsewhere ? h('strong', {}, elsewhere) : null, e.description.length > 240 ? `${e.description.slice(0, 240)}…` : e.description));
  }

  function drawList(): void {
    const all = candidates();
    replace(list, all.length === 0 ? h('p', { class: 'govuk-body sl-muted' }, 'No entries match.') : all.slice(0, shown).map(item));
    replace(more, all.length > shown
      ? h('p', { class: 'govuk-body' }, `Showing ${shown} of ${all.length}. `, linkButton('Show more', 'entries', () => { shown += PAGE; drawList(); }))
      : null);
  }

  function tickShown(tick: boolean): void {
    for (const e of candidates().slice(0, shown)) if (tick) chosen.add(e.id); else chosen.delete(e.id);
    drawList();
    say();
  }

  async function reload(): Promise<void> {
    ({ data, names } = await o.refresh());
    const present = new Set(data.events.map((e) => e.id));
    for (const id of chosen) if (!present.has(id)) chosen.delete(id);
    drawList();
    say();
  }

  async function save(): Promise<void> {
    const changes = entryChanges(data.events, ep.id, chosen);
    if (changes.add.length + changes.remove.length === 0) return errors.show([{ message: 'Nothing to save: tick or untick an entry first.' }]);
    try {
      await api.post(chronologyPath(o.investigationId, `episodes/${encodeURIComponent(ep.id)}/events`), changes);
      const parts = [changes.add.length > 0 ? `${entriesWord(changes.add.length)} added` : '', changes.remove.length > 0 ? `${entriesWord(changes.remove.length)} taken out` : ''];
      await o.onSaved(`“${ep.title}”: ${parts.filter(Boolean).join(', ')}.`);
    } catch (err) {
      if (!(err instanceof ApiFailure) || ![404, 409, 422].includes(err.status)) return errors.showError(err);
      if (err.status === 404) return errors.show([{ message: 'Someone else deleted this episode while you were choosing its entries. Nothing has been saved.' }]);
      await reload();
      const stale = isConflict(err) ? names.event(String((err.error.details as { eventId?: unknown } | undefined)?.eventId ?? '')) : undefined;
      errors.show([{
        message: `${stale ? `Someone else changed the entry of ${stale.display} (${names.agency(stale.agencyId)})` : 'Someone else changed or deleted an entry you ticked'} while you were choosing, so nothing has been saved. The list now shows the latest entries with your ticks kept: check them and save again.`,
      }]);
    }
  }

  searchInput.addEventListener('input', () => { shown = PAGE; drawList(); });
  searchInput.addEventListener('keydown', (event) => { if (event.key === 'Enter') event.preventDefault(); });
  withinPeriod?.addEventListener('change', () => { shown = PAGE; drawList(); });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void whileSubmitting(form, save);
  });
  drawList();
  say();
  queueMicrotask(() => form.querySelector<HTMLElement>('h3')?.focus());
  return form;
}
