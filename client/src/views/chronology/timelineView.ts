import type { ChronologyEvent } from '../../../../schema/contracts/chronology';
import { labels } from '../../../../schema/contracts/enums';
import { h } from '../../dom';
import { timeline, type TimelineChart } from '../../charts/timeline/timeline';
import { attachZoom, type TimelineZoom } from '../../charts/timeline/zoom';
import { attachBrush } from '../../charts/timeline/brush';
import { attachKeyboard, timelineKeys } from '../../charts/timeline/keyboard';
import { attachSelection, attachTooltip } from '../../charts/timeline/pointer';
import { timelineLegend } from '../../charts/timeline/legend';
import { toTimelineItem, type ChronologyData, type Names } from './chronologyData';

/** What the timeline view shows: the filtered entries over the whole chronology's agencies, episodes and gaps. */
export interface TimelineViewOptions {
  data: ChronologyData;
  events: readonly ChronologyEvent[];
  names: Names;
  selected: string | null;
  highlighted: readonly string[];
  domain: readonly [number, number] | null;
  onSelect(id: string): void;
  onDomain(domain: [number, number]): void;
}

/** The mounted timeline: its element and the handles the tab uses. */
export interface TimelineView {
  el: HTMLElement;
  select(id: string | null): void;
  highlight(ids: readonly string[]): void;
  /** Zooms to show an entry with some context around it. */
  focusOn(id: string): void;
  destroy(): void;
}

const DAY = 86_400_000;

/** Mounts the swimlane timeline with its legend, zoom, brush, keys, selection and tooltips; redraws when its width changes. */
export function timelineView(o: TimelineViewOptions): TimelineView {
  const host = h('div', { class: 'sl-chronology__chart' });
  const el = h('div', { class: 'sl-chronology__timeline' },
    timelineLegend(),
    host,
    h('p', { class: 'govuk-body-s sl-muted', id: 'timeline-keys' }, `Drag or scroll to move and zoom, or brush the strip below. When the timeline has focus: ${timelineKeys} The table view lists every entry.`));
  const items = o.events.map(toTimelineItem);
  let chart: TimelineChart | null = null;
  let zoom: TimelineZoom | null = null;
  let selected = o.selected;
  let highlighted = o.highlighted;
  let domain = o.domain;
  let width = 0;
  let pendingFocus: string | null = null;

  const describe = (id: string) => {
    const e = o.names.event(id);
    return e ? `${e.display} · ${o.names.agency(e.agencyId)} · ${labels[e.kind] ?? e.kind}\n${e.description.slice(0, 160)}${e.description.length > 160 ? '…' : ''}` : '';
  };

  function draw(w: number): void {
    width = w;
    const hadFocus = chart !== null && document.activeElement === chart;
    chart = timeline(
      { items, agencies: o.data.agencies, episodes: o.data.episodes.map((e) => ({ id: e.id, title: e.title, start: e.start, end: e.end })), gaps: o.data.gaps },
      { width: w, domain: domain ?? undefined, selected, highlighted, pixelRatio: window.devicePixelRatio || 1, label: `Chronology timeline, ${items.length} entries` },
    );
    chart.setAttribute('aria-describedby', 'timeline-keys');
    zoom = attachZoom(chart);
    attachBrush(chart, zoom);
    const choose = (id: string) => { selected = id; o.onSelect(id); };
    attachKeyboard(chart, zoom, choose);
    attachSelection(chart, choose);
    attachTooltip(chart, describe);
    zoom.onChange((d) => { domain = d; o.onDomain(d); });
    host.replaceChildren(chart);
    if (hadFocus) chart.focus();
    if (pendingFocus) focusOn(pendingFocus);
  }

  function focusOn(id: string): void {
    const e = o.names.event(id);
    pendingFocus = zoom ? null : id;
    if (!e || !zoom || !chart) return;
    const [d0, d1] = chart.domain();
    if (e.start >= d0 && e.end <= d1 && d1 - d0 < (chart.full[1] - chart.full[0]) * 0.999) return;
    const span = Math.max(60 * DAY, 3 * (e.end - e.start));
    const mid = (e.start + e.end) / 2;
    zoom.zoomTo([mid - span / 2, mid + span / 2]);
  }

  const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => {
    const w = Math.floor(host.clientWidth);
    if (w > 0 && Math.abs(w - width) >= 4) draw(w);
  });
  if (observer) observer.observe(host);
  else draw(960);

  return {
    el,
    select(id) { selected = id; chart?.select(id); },
    highlight(ids) { highlighted = ids; chart?.highlight(ids); },
    focusOn,
    destroy() { observer?.disconnect(); },
  };
}
