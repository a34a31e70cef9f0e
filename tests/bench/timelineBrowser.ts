/**
 * Benchmark: the chronology timeline with 10,000 synthetic entries in headless Chromium, first render and one
 * zoom step, and in the same browser run vis-timeline (the most used JavaScript timeline library) drawing the
 * same items in the same lanes. The page is bundled with Vite's build API into a temporary folder served on
 * loopback (no network). Each run opens a fresh page per library. Run it alone with `npm run bench -- timeline`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleAndServe } from './benchPage';
import { chromium, type Browser } from 'playwright-core';
import { eventKinds } from '../../schema/contracts/enums';
import type { LaneSource, TimelineItem } from '../../client/src/charts/timeline/types';
import { seededRandom } from '../helpers/seededRandom';
import type { Benchmark, Measurement } from './types';

const ENTRIES = 10_000;
const WIDTH = 1_400;
const RUNS = 5;
/** vis-timeline needs minutes for 10,000 stacked items on a small machine, so it is drawn once per bench run, in the same browser. */
const VIS_RUNS = 1;
const VIS_TIMEOUT = 600_000;
const DAY = 86_400_000;
const root = resolve(fileURLToPath(import.meta.url), '../../..');

/** Synthetic chronology: 8 agencies (and some entries with none) over seven years, with exact times, days, months, years and uncertain days. */
export function syntheticTimeline(seed = 5, entries = ENTRIES): { items: TimelineItem[]; agencies: LaneSource[] } {
  const random = seededRandom(seed);
  const agencies = ["Children's social care", 'Police', 'Health visiting', 'GP practice', 'School', 'Housing', 'Probation', 'Early help']
    .map((name, i) => ({ id: `a${i}`, name }));
  const from = Date.UTC(2017, 0, 1);
  const span = Date.UTC(2024, 0, 1) - from;
  const items = Array.from({ length: entries }, (_, i): TimelineItem => {
    const t = from + Math.floor(random() * span);
    const day = t - (t % DAY);
    const d = new Date(day);
    const r = random();
    const [start, end] = r < 0.2 ? [t - (t % 60_000), t - (t % 60_000)]
      : r < 0.75 ? [day, day + DAY - 1]
        : r < 0.9 ? [Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1), Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) - 1]
          : r < 0.93 ? [Date.UTC(d.getUTCFullYear(), 0, 1), Date.UTC(d.getUTCFullYear() + 1, 0, 1) - 1]
            : [day, day + DAY - 1];
    const lane = random();
    return {
      id: `e${i}`, start, end, agencyId: lane < 0.03 ? null : agencies[Math.floor(Math.pow(random(), 1.4) * agencies.length)]!.id,
      kind: eventKinds[Math.floor(random() * eventKinds.length)]!, uncertain: r >= 0.93, approximate: r >= 0.97, sequence: 0,
    };
  });
  return { items, agencies };
}

const entry = `
import { timeline } from '${root}/client/src/charts/timeline/timeline';
import { attachZoom } from '${root}/client/src/charts/timeline/zoom';
import { attachBrush } from '${root}/client/src/charts/timeline/brush';
import { attachKeyboard } from '${root}/client/src/charts/timeline/keyboard';
import { attachSelection, attachTooltip } from '${root}/client/src/charts/timeline/pointer';
import { DataSet, Timeline } from 'vis-timeline/standalone';

const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));

/** Waits until a frame passes with no further redraw reported; returns when that frame ended. */
async function settled(redraws) {
  let quiet = 0;
  let end = 0;
  while (quiet < 3) {
    const before = redraws.count;
    await frame();
    if (redraws.count === before) { if (quiet === 0) end = performance.now(); quiet += 1; } else quiet = 0;
  }
  return end;
}

window.benchSightline = async ({ items, agencies, width, zoomWindow }) => {
  const host = document.body.appendChild(document.createElement('div'));
  const redraws = { count: 0 };
  const t0 = performance.now();
  const chart = timeline({ items, agencies }, { width });
  const zoom = attachZoom(chart);
  attachBrush(chart, zoom);
  attachKeyboard(chart, zoom, () => {});
  attachSelection(chart, () => {});
  attachTooltip(chart, () => '');
  host.append(chart);
  const first = (await settled(redraws)) - t0;
  const full = chart.stats();
  const t1 = performance.now();
  zoom.zoomTo(zoomWindow);
  const zoomMs = (await settled(redraws)) - t1;
  const zoomed = chart.stats();
  return { first, zoomMs, marks: full.marks, hidden: full.overflow, canvas: full.renderer === 'canvas' ? 1 : 0, zoomedMarks: zoomed.marks, elements: chart.querySelectorAll('*').length };
};

window.benchVis = async ({ items, agencies, width, zoomWindow, fullWindow }) => {
  const host = document.body.appendChild(document.createElement('div'));
  const redraws = { count: 0 };
  const t0 = performance.now();
  const groups = new DataSet([...agencies.map((a) => ({ id: a.id, content: a.name })), { id: 'none', content: 'Unattributed' }]);
  const data = new DataSet(items.map((i) => i.end - i.start >= ${DAY}
    ? { id: i.id, group: i.agencyId ?? 'none', start: new Date(i.start), end: new Date(i.end), type: 'range', content: '', className: i.kind }
    : { id: i.id, group: i.agencyId ?? 'none', start: new Date(i.start), type: 'point', content: '', className: i.kind }));
  const vis = new Timeline(host, data, groups, { width: width + 'px', height: '640px', stack: true, showCurrentTime: false, start: new Date(fullWindow[0]), end: new Date(fullWindow[1]) });
  vis.on('changed', () => { redraws.count += 1; });
  const first = (await settled(redraws)) - t0;
  const t1 = performance.now();
  vis.setWindow(new Date(zoomWindow[0]), new Date(zoomWindow[1]), { animation: false });
  const zoomMs = (await settled(redraws)) - t1;
  return { first, zoomMs, elements: host.querySelectorAll('*').length, items: host.querySelectorAll('.vis-item').length };
};
`;

type Figures = Record<string, number>;
interface Session { sightline: Figures[]; vis: Figures[] }

let session: Promise<Session> | null = null;

/** Draws the timeline RUNS times and vis-timeline VIS_RUNS times in one browser (a fresh page each), once per process, for all the rows below. */
function measureBoth(): Promise<Session> {
  session ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sightline-timeline-bench-'));
    let server: Server | null = null;
    let browser: Browser | null = null;
    try {
      let url: string;
      ({ url, server } = await bundleAndServe(dir, {
        title: 'Timeline bench', entry,
        vite: { resolve: { alias: { 'vis-timeline/standalone': join(root, 'node_modules/vis-timeline/standalone/esm/vis-timeline-graph2d.min.js') } } },
      }));
      browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
      const data = syntheticTimeline();
      const mid = Date.UTC(2020, 6, 1);
      const fullWindow = [Math.min(...data.items.map((i) => i.start)), Math.max(...data.items.map((i) => i.end))];
      const input = { ...data, width: WIDTH, zoomWindow: [mid - 90 * DAY, mid + 90 * DAY], fullWindow };
      const draw = async (fn: 'benchSightline' | 'benchVis'): Promise<Figures> => {
        const page = await browser!.newPage({ viewport: { width: WIDTH + 60, height: 1000 } });
        page.setDefaultTimeout(VIS_TIMEOUT);
        try {
          await page.goto(url);
          await page.waitForFunction(() => 'benchVis' in window);
          return await page.evaluate(([name, arg]) => (window as unknown as Record<string, (a: unknown) => Promise<Figures>>)[name]!(arg), [fn, input] as const);
        } finally {
          await page.close();
        }
      };
      const result: Session = { sightline: [], vis: [] };
      for (let i = 0; i < Math.max(RUNS, VIS_RUNS); i++) {
        if (i < RUNS) result.sightline.push(await draw('benchSightline'));
        if (i < VIS_RUNS) result.vis.push(await draw('benchVis'));
      }
      return result;
    } finally {
      await browser?.close();
      await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
      rmSync(dir, { recursive: true, force: true });
    }
  })();
  return session;
}

const round = (n: number) => Math.round(n * 10) / 10;
const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

function row(name: string, lib: keyof Session, target: string | undefined, pick: (run: Figures, all: Session) => Measurement, higherIsBetter = false, unit = 'ms'): Benchmark {
  let all: Session = { sightline: [], vis: [] };
  let next = 0;
  return {
    name, unit, higherIsBetter, runs: lib === 'vis' ? VIS_RUNS : RUNS, target,
    async setup() { all = await measureBoth(); next = 0; },
    measure() { return pick(all[lib][next++ % all[lib].length]!, all); },
  };
}

const n = ENTRIES.toLocaleString('en-GB');

/** The timeline rows of `npm run bench`: first render and a zoom step of Sightline's timeline and of vis-timeline, and the ratios of their medians. */
export const timelineBenchmarks: Benchmark[] = [
  row(`timeline, ${n} entries: first render (Chromium)`, 'sightline', '< 1,000', (r) => ({
    value: round(r.first!), extra: { visibleMarks: r.marks!, countedAsHidden: r.hidden!, canvas: r.canvas!, domElements: r.elements! },
  })),
  row(`timeline, ${n} entries: zoom step`, 'sightline', '< 100', (r) => ({ value: round(r.zoomMs!), extra: { visibleMarks: r.zoomedMarks! } })),
  row(`vis-timeline, same ${n} items: first render (same browser)`, 'vis', undefined, (r) => ({
    value: round(r.first!), extra: { domElements: r.elements!, itemElements: r.items! },
  })),
  row(`vis-timeline, same ${n} items: zoom step`, 'vis', undefined, (r) => ({ value: round(r.zoomMs!) })),
  row('vis-timeline ÷ timeline, first render', 'vis', undefined, (r, all) => ({
    value: round(r.first! / median(all.sightline.map((s) => s.first!))),
    extra: { zoomStepRatio: round(r.zoomMs! / median(all.sightline.map((s) => s.zoomMs!))) },
  }), true, '×'),
];
