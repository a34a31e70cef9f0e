import { h, replace } from '../../dom';
import { insetText, liveStatus } from '../../components/banners';
import { problemsOf } from '../../components/errors';
import type { Tab } from '../tab';
import { chronologyPath, loadChronology, loadGaps, namesOf } from './chronologyData';
import { filterBar, filterFromParams } from './filterBar';
import { filterEvents, isFiltering, noFilter } from './eventFilter';
import { eventTable } from './eventTable';
import { timelineView, type TimelineView } from './timelineView';
import { importView } from './importView';
import { chronologyPanel, type PanelState } from './chronologyPanel';
import { episodesView, type EpisodeScreen } from './episodesView';
import type { Sort } from './eventSort';

type ViewName = 'timeline' | 'table' | 'episodes' | 'import';
const DEFAULT_GAP_DAYS = 28;

/**
 * The Chronology tab: the integrated multi-agency chronology as a swimlane timeline or a table, with filters,
 * an entry detail panel, key practice episodes, editing for lead investigators and investigators, and the agency import screen.
 * Reads `?view=`, `?event=` (select an entry), `?highlight=id1,id2` (emphasise evidence) and filter parameters.
 */
export const chronologyTab: Tab = async (ctx) => {
  const inv = ctx.investigation;
  const canEdit = inv.myRole === 'lead' || inv.myRole === 'investigator';
  const wanted = ctx.params.get('view');
  let view: ViewName = wanted === 'table' || wanted === 'episodes' || (wanted === 'import' && canEdit) ? wanted : 'timeline';
  let episodeScreen: EpisodeScreen = { mode: 'list' };
  let filter = filterFromParams(ctx.params);
  let sort: Sort = { key: 'date', descending: false };
  let highlighted = (ctx.params.get('highlight') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  let panel: PanelState = ctx.params.get('event') ? { mode: 'detail', id: ctx.params.get('event')! } : { mode: 'none' };
  let domain: [number, number] | null = null;
  let gapDays = DEFAULT_GAP_DAYS;
  let timelineHandle: TimelineView | null = null;

  replace(ctx.container, h('h2', { class: 'govuk-heading-l' }, 'Chronology'), h('p', { class: 'govuk-body', role: 'status' }, 'Loading the chronology…'));
  let data = await loadChronology(inv.id, gapDays);
  let names = namesOf(data);

  const status = liveStatus();
  const summary = h('p', { class: 'govuk-body' });
  const switcher = h('div', { class: 'sl-chronology__switch', role: 'group', 'aria-label': 'How to show the chronology' });
  const toolbar = h('div', { class: 'sl-chronology__toolbar' });
  const highlightNote = h('div');
  const filterHost = h('div');
  const gapHost = h('div');
  const panelHost = h('div', { class: 'sl-chronology__panel' });
  const viewHost = h('div', { class: 'sl-chronology__view' });
  const body = h('div');
  replace(ctx.container,
    h('h2', { class: 'govuk-heading-l' }, 'Chronology'),
    summary,
    canEdit ? null : insetText(`As ${inv.myRole === 'observer' ? 'an observer' : 'a panel member'} you can read the chronology but not change it. People appear by pseudonym only.`),
    status.el, switcher, toolbar, highlightNote, filterHost, gapHost, body);

  const shown = () => filterEvents(data.events, filter);

  function syncUrl(): void {
    const url = new URL(window.location.href);
    url.searchParams.delete('view');
    url.searchParams.delete('event');
    if (view !== 'timeline') url.searchParams.set('view', view);
    if ('id' in panel) url.searchParams.set('event', panel.id);
    history.replaceState(history.state, '', url.pathname + url.search + url.hash);
  }

  function drawHeader(): void {
    const unsourced = data.events.filter((e) => e.unsourced || e.sourceIds.length === 0).length;
    const lanes = new Set(data.events.map((e) => e.agencyId)).size;
    summary.textContent = `${data.events.length} ${data.events.length === 1 ? 'entry' : 'entries'} from ${lanes} ${lanes === 1 ? 'source agency' : 'source agencies'}` +
      (unsourced > 0 ? `; ${unsourced} without a source.` : '.');
    const views: [ViewName, string][] = [['timeline', 'Timeline'], ['table', 'Table'], ['episodes', 'Episodes'], ...(canEdit ? [['import', 'Import'] as [ViewName, string]] : [])];
    replace(switcher, views.map(([name, label]) => h('button', {
      type: 'button', class: `govuk-button govuk-button--secondary sl-chronology__switch-button`, 'aria-pressed': String(view === name),
      onclick: () => { view = name; syncUrl(); drawAll(); },
    }, label)));
    replace(toolbar,
      canEdit ? h('button', { type: 'button', class: 'govuk-button', onclick: addEntry }, 'Add an entry') : null,
      h('a', { class: 'govuk-link sl-chronology__export', href: chronologyPath(inv.id, 'chronology.csv'), download: '' }, 'Download as CSV'),
      h('a', { class: 'govuk-link sl-chronology__export', href: chronologyPath(inv.id, 'chronology.json'), download: '' }, 'Download as JSON'));
    replace(highlightNote, highlighted.length === 0 ? null : h('div', { class: 'govuk-inset-text sl-chronology__highlight' },
      `${highlighted.length} ${highlighted.length === 1 ? 'entry is' : 'entries are'} highlighted as evidence. `,
      h('button', { type: 'button', class: 'sl-link-button govuk-link', onclick: () => { highlighted = []; drawHeader(); if (view === 'table') drawView(); else timelineHandle?.highlight([]); } }, 'Clear the highlight')));
  }

  /** Opens the entry form beside the timeline or table; from the episodes or import screen, in the table view. */
  function addEntry(): void {
    if (view !== 'timeline' && view !== 'table') { view = 'table'; syncUrl(); drawAll(); }
    openPanel({ mode: 'new' });
  }

  function drawControls(): void {
    replace(filterHost, view === 'import' || view === 'episodes' ? null : filterBar(data, filter, (f) => { filter = f; drawView(); }));
    if (view !== 'timeline') return replace(gapHost);
    const input = h('input', { class: 'govuk-input govuk-input--width-3', id: 'gap-days', name: 'gapDays', type: 'number', min: 1, max: 3650, inputmode: 'numeric' });
    input.value = String(gapDays);
    input.addEventListener('change', () => {
      const days = Math.round(Number(input.value));
      if (!Number.isFinite(days) || days < 1 || days > 3650) { status.say('Enter a number of days from 1 to 3650.'); return; }
      gapDays = days;
      void loadGaps(inv.id, days).then((gaps) => { data = { ...data, gaps }; status.say(`${gaps.length} ${gaps.length === 1 ? 'gap' : 'gaps'} longer than ${days} days.`); drawView(); },
        (err) => status.say(problemsOf(err)[0]!.message));
    });
    replace(gapHost, h('div', { class: 'govuk-form-group sl-chronology__gaps' },
      h('label', { class: 'govuk-label', for: 'gap-days' }, 'Show gaps in which no agency saw the child, longer than (days)'), input));
  }

  function drawView(): void {
    timelineHandle?.destroy();
    timelineHandle = null;
    const events = shown();
    if (view === 'import') {
      replace(viewHost, importView({
        investigationId: inv.id, data, names,
        onImported: async () => { await reload(); },
        onShowTimeline: () => { view = 'timeline'; syncUrl(); drawAll(); },
      }));
    } else if (view === 'episodes') {
      replace(viewHost, episodesView({
        investigationId: inv.id, data, names, canEdit, screen: episodeScreen,
        open: (screen) => { episodeScreen = screen; drawView(); focusHeading(); },
        changed: async (message, screen) => { episodeScreen = screen; await reload(); status.say(message); focusHeading(); },
        refresh: async () => { await reload(false); return { data, names }; },
        showEntries: (episodeId, where) => { filter = { ...noFilter, episodeId }; view = where; syncUrl(); drawAll(); },
      }));
    } else if (events.length === 0) {
      replace(viewHost, h('p', { class: 'govuk-body sl-empty' }, data.events.length === 0
        ? `No entries yet.${canEdit ? ' Add one, or import an agency chronology.' : ''}` : 'No entries match the filters.'));
    } else if (view === 'table') {
      replace(viewHost, eventTable({
        events, names, sort, highlighted: new Set(highlighted),
        onSort: (s) => { sort = s; drawView(); viewHost.querySelector<HTMLElement>(`th[aria-sort]:not([aria-sort="none"]) button`)?.focus(); },
        onOpen: (id) => openPanel({ mode: 'detail', id }),
        onEdit: canEdit ? (e) => openPanel({ mode: 'edit', id: e.id }) : undefined,
      }));
    } else {
      timelineHandle = timelineView({
        data, events, names, domain, highlighted,
        selected: 'id' in panel ? panel.id : null,
        onSelect: (id) => openPanel({ mode: 'detail', id }, false),
        onDomain: (d) => { domain = d; },
      });
      replace(viewHost, timelineHandle.el);
    }
    if (isFiltering(filter) && (view === 'timeline' || view === 'table')) status.say(`${events.length} of ${data.events.length} entries match the filters.`);
  }

  function openPanel(next: PanelState, focus = true): void {
    panel = next;
    syncUrl();
    timelineHandle?.select('id' in next ? next.id : null);
    replace(panelHost, chronologyPanel({
      state: next, investigationId: inv.id, data, names, canEdit, focus,
      open: (state) => {
        openPanel(state);
        if (state.mode === 'detail') timelineHandle?.focusOn(state.id);
      },
      changed: async (message, state) => { await reload(); status.say(message); openPanel(state); },
    }));
  }

  function drawAll(): void {
    drawHeader();
    drawControls();
    replace(body, ...(view === 'timeline' ? [viewHost, panelHost] : view === 'table' ? [panelHost, viewHost] : [viewHost]));
    if (view === 'episodes') episodeScreen = { mode: 'list' };
    drawView();
    openPanel(panel, false);
  }

  async function reload(redraw = true): Promise<void> {
    data = await loadChronology(inv.id, gapDays);
    names = namesOf(data);
    drawHeader();
    if (redraw && view !== 'import') { drawControls(); drawView(); }
  }

  function focusHeading(): void {
    queueMicrotask(() => viewHost.querySelector<HTMLElement>('h3[tabindex]')?.focus());
  }

  drawAll();
  const initial = ctx.params.get('event');
  if (initial) (timelineHandle as TimelineView | null)?.focusOn(initial);
  return () => timelineHandle?.destroy();
};
