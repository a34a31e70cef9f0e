// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { timeline, type TimelineData } from '../../../client/src/charts/timeline/timeline';
import { attachZoom } from '../../../client/src/charts/timeline/zoom';
import { attachKeyboard } from '../../../client/src/charts/timeline/keyboard';
import { attachSelection } from '../../../client/src/charts/timeline/pointer';
import { attachBrush } from '../../../client/src/charts/timeline/brush';
import { timelineLegend } from '../../../client/src/charts/timeline/legend';
import type { TimelineItem } from '../../../client/src/charts/timeline/types';

const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
const endOfDay = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d + 1) - 1;

function entry(id: string, start: number, end: number, agencyId: string | null, extra: Partial<TimelineItem> = {}): TimelineItem {
  return { id, start, end, agencyId, kind: 'event', uncertain: false, approximate: false, sequence: 0, ...extra };
}

/** A small chronology: a home visit, a month known only as "March 2019", an uncertain day, a missed visit, a strategy meeting. */
const data: TimelineData = {
  agencies: [{ id: 'csc', name: "Children's social care" }, { id: 'hv', name: 'Health visiting' }],
  items: [
    entry('visit', day(2019, 2, 4) + 10 * 3_600_000, day(2019, 2, 4) + 10 * 3_600_000, 'csc'),
    entry('march', day(2019, 3, 1), endOfDay(2019, 3, 31), 'hv', { kind: 'condition' }),
    entry('uncertain', day(2019, 3, 14), endOfDay(2019, 3, 14), 'hv', { uncertain: true, kind: 'decision' }),
    entry('missed', day(2019, 4, 2), endOfDay(2019, 4, 2), 'csc', { kind: 'non_event' }),
    entry('call', day(2019, 4, 20), endOfDay(2019, 4, 20), null, { kind: 'communication', episodeId: 'ep' }),
  ],
  episodes: [{ id: 'ep', title: 'Strategy discussion', start: day(2019, 4, 10), end: null }],
  gaps: [{ start: day(2019, 2, 5), end: day(2019, 4, 1), days: 55 }],
};

/** Serialises an element with numbers rounded to one decimal, so snapshots do not depend on float noise. */
function snapshot(el: Element): string {
  return el.outerHTML.replace(/-?\d+\.\d{2,}/g, (n) => String(Math.round(Number(n) * 10) / 10)).replace(/></g, '>\n<');
}

describe('timeline', () => {
  it('renders lanes, marks by kind, ranges, episodes, gaps and the overview as SVG', () => {
    const chart = timeline(data, { width: 640 });
    expect(snapshot(chart)).toMatchSnapshot();
  });

  it('draws "March 2019" as a bar across the whole month and the exact visit as a point', () => {
    const chart = timeline(data, { width: 640, marginLeft: 140, marginRight: 0 });
    const bars = [...chart.querySelectorAll('path.timeline__bar')];
    expect(bars.map((b) => b.getAttribute('class'))).toEqual(['timeline__bar timeline__bar--condition']);
    const glyphs = [...chart.querySelectorAll('path.timeline__glyph')].map((g) => [g.getAttribute('data-id'), g.getAttribute('class')]);
    expect(glyphs).toEqual([
      ['visit', 'timeline__glyph timeline__glyph--event'],
      ['march', 'timeline__glyph timeline__glyph--condition'],
      ['uncertain', 'timeline__glyph timeline__glyph--decision is-uncertain'],
      ['missed', 'timeline__glyph timeline__glyph--non_event'],
      ['call', 'timeline__glyph timeline__glyph--communication'],
    ]);
    const labels = [...chart.querySelectorAll('.timeline__lane-label')];
    expect(labels.map((t) => [...t.querySelectorAll('tspan')].map((s) => s.textContent))).toEqual([["Children's social", 'care'], ['Health visiting'], ['Unattributed']]);
    expect(labels.map((t) => t.querySelector('title')?.textContent)).toEqual(["Children's social care", 'Health visiting', 'Unattributed']);
  });

  it('draws a tail with an arrowhead on the open side of "up to" and "onwards" dates, and none on closed dates', () => {
    const chart = timeline({
      ...data,
      items: [...data.items, entry('upTo', endOfDay(2019, 3, 31), endOfDay(2019, 3, 31), 'csc', { openBefore: true }), entry('onwards', day(2019, 4, 1), endOfDay(2019, 4, 30), 'hv', { openAfter: true })],
    }, { width: 640, marginLeft: 140, marginRight: 0 });
    const tails = [...chart.querySelectorAll('path.timeline__tail')];
    expect(tails.map((t) => t.getAttribute('data-id')).sort()).toEqual(['onwards', 'upTo']);
    const glyphX = (id: string) => Number(/^M([\d.]+)/.exec(chart.querySelector(`path.timeline__glyph[data-id="${id}"]`)!.getAttribute('d')!)![1]);
    const tipX = (id: string) => Number(/L([\d.]+),[\d.]+M/.exec(chart.querySelector(`path.timeline__tail[data-id="${id}"]`)!.getAttribute('d')!)![1]);
    expect(tipX('upTo')).toBeLessThan(glyphX('upTo') - 10);
    const bar = chart.querySelector('path.timeline__bar[data-id="onwards"]')!.getAttribute('d')!;
    const barRight = Math.max(...[...bar.matchAll(/[ML]([\d.]+),/g)].map((m) => Number(m[1])));
    expect(tipX('onwards')).toBeGreaterThan(barRight + 10);
  });

  it('culls marks outside the visible window and brings them back when the window moves', () => {
    const chart = timeline(data, { width: 640, domain: [day(2019, 4, 1), day(2019, 4, 30)] });
    const ids = () => [...chart.querySelectorAll('path.timeline__glyph')].map((g) => g.getAttribute('data-id'));
    expect(ids()).toEqual(['missed', 'call']);
    chart.setDomain([day(2019, 2, 1), day(2019, 2, 28)]);
    expect(ids()).toEqual(['visit']);
  });

  it('highlights the given entries with rings and dims the others', () => {
    const chart = timeline(data, { width: 640 });
    chart.highlight(['march', 'call']);
    expect([...chart.querySelectorAll('.timeline__ring--highlighted')]).toHaveLength(2);
    expect([...chart.querySelectorAll('path.timeline__glyph.is-dimmed')].map((g) => g.getAttribute('data-id'))).toEqual(['visit', 'uncertain', 'missed']);
    chart.highlight([]);
    expect(chart.querySelectorAll('.is-dimmed')).toHaveLength(0);
  });
});

describe('timeline interaction', () => {
  it('zooms in and out around the middle with + and −, and pans with the arrow keys', () => {
    const chart = timeline(data, { width: 640 });
    document.body.append(chart);
    const zoom = attachZoom(chart);
    attachKeyboard(chart, zoom, () => {});
    const [f0, f1] = chart.full;
    const press = (key: string) => chart.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    press('+');
    const [z0, z1] = chart.domain();
    expect(Math.round((f1 - f0) / (z1 - z0) * 100) / 100).toBe(1.5);
    expect(Math.round((z0 + z1) / 2)).toBe(Math.round((f0 + f1) / 2));
    press('ArrowRight');
    expect(chart.domain()[0]).toBeGreaterThan(z0);
    press('-');
    press('-');
    expect(chart.domain().map(Math.round)).toEqual(chart.full.map(Math.round));
    chart.remove();
  });

  it('steps the selection through entries in date order with the up and down arrows', () => {
    const chart = timeline(data, { width: 640 });
    const zoom = attachZoom(chart);
    const chosen: string[] = [];
    attachKeyboard(chart, zoom, (id) => chosen.push(id));
    for (const key of ['ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowUp']) chart.dispatchEvent(new KeyboardEvent('keydown', { key }));
    expect(chosen).toEqual(['visit', 'march', 'uncertain', 'march']);
    expect(chart.querySelector('.timeline__ring--selected')).not.toBeNull();
  });

  it('selects the entry under a click', () => {
    const chart = timeline(data, { width: 640 });
    document.body.append(chart);
    attachZoom(chart);
    const chosen: string[] = [];
    attachSelection(chart, (id) => chosen.push(id));
    const glyph = chart.querySelector('path.timeline__glyph[data-id="missed"]')!;
    const [, x, y] = /^M([\d.]+),([\d.]+)/.exec(glyph.getAttribute('d')!)!.map(Number);
    chart.querySelector('svg.timeline__front')!.dispatchEvent(new MouseEvent('click', { clientX: x! - 5, clientY: y!, bubbles: true }));
    expect(chosen).toEqual(['missed']);
    chart.remove();
  });

  it('moves the overview brush when the view zooms', () => {
    const chart = timeline(data, { width: 640 });
    const zoom = attachZoom(chart);
    attachBrush(chart, zoom);
    const selection = () => Number(chart.querySelector('.timeline__brush .selection')!.getAttribute('width'));
    const whole = selection();
    zoom.zoomBy(2);
    expect(Math.round(selection())).toBe(Math.round(whole / 2));
  });
});

describe('timelineLegend', () => {
  it('explains every kind of mark, ranges, open-ended and uncertain dates, episodes, gaps and hidden entries', () => {
    expect([...timelineLegend().querySelectorAll('li span')].map((s) => s.textContent)).toEqual([
      'Event', 'Condition', 'Decision', 'Communication', 'Non-event (did not happen)', 'Date known only as a period (month, year, interval)',
      'Date with no known start or end ("up to May 2019", "from March 2019 onwards")', 'Uncertain or approximate date', 'Key practice episode', 'Gap: no agency saw the child', 'More entries here: zoom in',
    ]);
  });
});
