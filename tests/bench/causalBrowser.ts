/**
 * Benchmark: the AcciMap's layout and first render of 2,000 factors and 5,000 causal links in headless
 * Chromium. The chart modules are bundled with Vite's build API into a temporary folder served on loopback;
 * each run opens a fresh page, draws the graph (layout, SVG, interactions) and waits for the next frame, then
 * highlights a chain and zooms out to the whole diagram (every card drawn), timing each.
 * Run it alone with `npm run bench -- accimap`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleAndServe } from './benchPage';
import { chromium, type Browser } from 'playwright-core';
import type { AnalysisGraph, GraphEdge, GraphNode } from '../../schema/contracts/analysis';
import { factorLevels, taxonomyLevels } from '../../schema/taxonomy';
import { seededRandom } from '../helpers/seededRandom';
import type { Benchmark } from './types';

const FACTORS = 2_000;
const LINKS = 5_000;
const EVENTS = 150;
const WIDTH = 1_400;
const root = resolve(fileURLToPath(import.meta.url), '../../..');

/**
 * A layered acyclic causal graph: factors spread over the four levels, each link from a factor to a factor
 * later in the list (so no cycle), to an event or to the outcome, mostly pointing down the levels.
 */
export function syntheticCausalGraph(seed = 7): AnalysisGraph {
  const random = seededRandom(seed);
  const share = { systemic: 0.12, organisational: 0.26, team: 0.28, individual: 0.34 } as const;
  const levels = [...factorLevels].reverse();
  const nodes: GraphNode[] = [];
  for (const level of levels) {
    const categories = taxonomyLevels.find((l) => l.code === level)!.categories;
    const count = level === 'individual' ? FACTORS - nodes.length : Math.round(FACTORS * share[level]);
    for (let i = 0; i < count; i++) {
      nodes.push({
        kind: 'factor', id: `f${nodes.length}`, level, category: categories[Math.floor(random() * categories.length)]!.code,
        label: `${level} condition ${i + 1}: caseloads, procedures and tools as they were at the time`,
        influence: random() < 0.15 ? 'supported' : 'hindered', confidence: 'likely', reviewStatus: 'proposed',
        contextTags: [], eventIds: [], sourceIds: [],
      });
    }
  }
  const factors = nodes.length;
  for (let i = 0; i < EVENTS; i++) {
    nodes.push({ kind: 'event', id: `e${i}`, label: `Entry ${i + 1}: home visit did not take place`, occurred: '2019-03-14', start: i, eventKind: 'event', agencyId: null });
  }
  nodes.push({ kind: 'outcome', id: 'outcome', label: 'Child X was seriously harmed' });
  const edges: GraphEdge[] = [];
  const seen = new Set<string>();
  while (edges.length < LINKS) {
    const from = Math.floor(random() * factors);
    const r = random();
    const to = r < 0.8 && from < factors - 1
      ? `f${from + 1 + Math.floor(random() * Math.min(400, factors - from - 1))}`
      : r < 0.97 ? `e${Math.floor(random() * EVENTS)}` : 'outcome';
    const key = `f${from}>${to}`;
    if (seen.has(key)) continue;
    seen.add(key);
    edges.push({ id: `l${edges.length}`, source: `f${from}`, target: to, rationale: 'Shaped what made sense at the time' });
  }
  return { nodes, edges, whyChains: [], chainsTruncated: false };
}

const entry = `
import '${root}/client/src/charts/causal/causal.scss';
import { causalChart } from '${root}/client/src/charts/causal/causalChart';
import { layoutAccimap } from '${root}/client/src/charts/causal/layout';
import { attachCausalZoom } from '${root}/client/src/charts/causal/zoom';
import { attachCausalKeyboard } from '${root}/client/src/charts/causal/keyboard';
import { attachCausalSelection } from '${root}/client/src/charts/causal/selection';
import { attachRationaleTooltip } from '${root}/client/src/charts/causal/tooltip';
import { highlightCausal } from '${root}/client/src/charts/causal/highlight';
import { indexTaxonomy, toChartData } from '${root}/client/src/views/analysis/chartData';
import { selectionHighlight } from '${root}/client/src/views/analysis/selectionHighlight';
import { contextTags, taxonomyLevels } from '${root}/schema/taxonomy';

const nextFrame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));

window.runCausalBench = async (graph, width) => {
  const data = toChartData(graph, indexTaxonomy({ levels: taxonomyLevels, contextTags }));
  const t0 = performance.now();
  const chart = causalChart(data, { width, maxHeight: 800 });
  const chartMs = performance.now() - t0;
  const zoom = attachCausalZoom(chart);
  attachCausalKeyboard(chart, zoom, () => {});
  attachCausalSelection(chart, () => {});
  attachRationaleTooltip(chart);
  document.body.append(chart);
  await nextFrame();
  const totalMs = performance.now() - t0;
  const t1 = performance.now();
  layoutAccimap(data.nodes, data.edges, { width, nodeHeight: 84, minNodeWidth: 150, maxNodeWidth: 230, gap: 14, rowGap: 34, bandPadding: 14, labelWidth: 136, emptyBandHeight: 48, sweeps: 2 });
  const layoutMs = performance.now() - t1;
  const t2 = performance.now();
  highlightCausal(chart, selectionHighlight(graph, 'f700'));
  await nextFrame();
  const highlightMs = performance.now() - t2;
  const elements = chart.querySelectorAll('*').length;
  const t3 = performance.now();
  zoom.showAll();
  await nextFrame();
  const showAllMs = performance.now() - t3;
  return { totalMs, layoutMs, drawMs: chartMs - layoutMs, firstFrameMs: totalMs - chartMs, highlightMs, showAllMs, elements, allElements: chart.querySelectorAll('*').length, height: chart.layout.height };
};
`;

let dir = '';
let server: Server | null = null;
let url = '';
let browser: Browser | null = null;
const graph = syntheticCausalGraph();
const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Layout and first render of the AcciMap for 2,000 factors and 5,000 links in headless Chromium. The value is
 * the time from the call to causalChart until the frame after the chart joined the page; the layout alone is
 * measured again afterwards for the breakdown (layoutMs), and drawSvgMs is the rest of causalChart.
 */
export const causalBrowser: Benchmark = {
  name: `AcciMap layout + first render, ${FACTORS.toLocaleString('en-GB')} factors / ${LINKS.toLocaleString('en-GB')} links (Chromium)`,
  unit: 'ms', higherIsBetter: false, runs: 5, target: '< 2,000',
  async setup() {
    dir = mkdtempSync(join(tmpdir(), 'sightline-causal-bench-'));
    ({ url, server } = await bundleAndServe(dir, { title: 'AcciMap bench', entry }));
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  },
  async measure() {
    const page = await browser!.newPage({ viewport: { width: WIDTH + 40, height: 900 } });
    try {
      await page.goto(url);
      await page.waitForFunction(() => 'runCausalBench' in window);
      const r = await page.evaluate(([g, w]) => (window as unknown as { runCausalBench(g: unknown, w: number): Promise<Record<string, number>> }).runCausalBench(g, w), [graph, WIDTH] as const);
      return {
        value: round(r.totalMs!),
        extra: {
          layoutMs: round(r.layoutMs!), drawSvgMs: round(r.drawMs!), firstFrameMs: round(r.firstFrameMs!), highlightMs: round(r.highlightMs!),
          showAllMs: round(r.showAllMs!), svgElementsInView: r.elements!, svgElementsAll: r.allElements!, diagramHeightPx: Math.round(r.height!),
        },
      };
    } finally {
      await page.close();
    }
  },
  async teardown() {
    await browser?.close();
    await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
    if (dir) rmSync(dir, { recursive: true, force: true });
  },
};
