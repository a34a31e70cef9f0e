import { factorLevels } from '../../../../schema/taxonomy';
import { h, replace } from '../../dom';
import { button } from '../../components/forms';
import { causalChart, type CausalChart } from '../../charts/causal/causalChart';
import { attachCausalZoom, type CausalZoom } from '../../charts/causal/zoom';
import { attachCausalKeyboard, causalKeys } from '../../charts/causal/keyboard';
import { attachBandAdd, attachCausalSelection } from '../../charts/causal/selection';
import { attachRationaleTooltip } from '../../charts/causal/tooltip';
import { highlightCausal, type CausalHighlight } from '../../charts/causal/highlight';
import { causalLegend } from '../../charts/causal/legend';
import type { FactorLevel } from '../../../../schema/taxonomy';
import type { AnalysisData } from './analysisData';
import { legendLevels, toChartData } from './chartData';
import type { AnalysisView } from './viewTypes';

/** The diagram section: the AcciMap with its controls and legend, and the side panel host beside it. */
export interface DiagramSection {
  el: HTMLElement;
  panelHost: HTMLElement;
  draw(data: AnalysisData): void;
  highlight(h: CausalHighlight): void;
  reveal(id: string): void;
  destroy(): void;
}

/** Builds the diagram section; the chart is redrawn on every reload and when its box changes width. */
export function diagramSection(view: AnalysisView): DiagramSection {
  const canvas = h('div', { class: 'sl-analysis__canvas' });
  const panelHost = h('aside', { class: 'sl-analysis__panel', 'aria-label': 'Selected item' });
  const legendHost = h('div', { class: 'sl-analysis__legend' });
  let chart: CausalChart | null = null;
  let zoom: CausalZoom | null = null;
  let last: AnalysisData | null = null;
  let lastHighlight: CausalHighlight | null = null;
  let drawnWidth = 0;

  const tools = h('div', { class: 'sl-analysis__tools' },
    view.canEdit ? button('Add a factor', { onclick: () => view.setMode({ kind: 'add', level: null }) }) : null,
    button('Zoom in', { variant: 'secondary', onclick: () => zoom?.zoomBy(1.25) }),
    button('Zoom out', { variant: 'secondary', onclick: () => zoom?.zoomBy(0.8) }),
    button('Reset view', { variant: 'secondary', onclick: () => zoom?.reset() }),
    button('Show the whole diagram', { variant: 'secondary', onclick: () => zoom?.showAll() }));

  function draw(data: AnalysisData): void {
    last = data;
    const keep = zoom?.transform();
    const width = Math.max(420, Math.floor(canvas.clientWidth || 900));
    const factors = data.graph.nodes.filter((n) => n.kind === 'factor').length;
    chart = causalChart(toChartData(data.graph, data.taxonomy), {
      width,
      maxHeight: Math.max(420, Math.min(900, window.innerHeight - 140)),
      addableBands: view.canEdit ? [...factorLevels] : [],
      label: `Causal diagram: ${factors} ${factors === 1 ? 'factor' : 'factors'}, ${data.graph.edges.length} ${data.graph.edges.length === 1 ? 'link' : 'links'}`,
    });
    zoom = attachCausalZoom(chart);
    attachCausalKeyboard(chart, zoom, (id) => view.select(id));
    attachCausalSelection(chart, (id) => view.select(id));
    attachBandAdd(chart, (band) => view.setMode({ kind: 'add', level: band as FactorLevel }));
    attachRationaleTooltip(chart);
    replace(canvas, chart);
    drawnWidth = width;
    if (keep && (keep.k !== 1 || keep.x !== 0 || keep.y !== 0)) zoom.restore(keep);
    if (lastHighlight) highlightCausal(chart, lastHighlight);
    replace(legendHost, causalLegend(legendLevels(data.graph, data.taxonomy)));
  }

  let frame = 0;
  const resize = new ResizeObserver(() => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      if (last && Math.abs(canvas.clientWidth - drawnWidth) > 40) draw(last);
    });
  });
  resize.observe(canvas);

  const el = h('section', { class: 'sl-analysis__diagram', id: 'diagram', 'aria-labelledby': 'diagram-heading' },
    h('h2', { class: 'govuk-heading-l', id: 'diagram-heading' }, 'Causal diagram'),
    h('p', { class: 'govuk-body' }, 'Systemic conditions at the top, individual practice below them, then the events and the outcome. Arrows point from a factor to what it contributed to; select a card to see its chain.'),
    h('details', { class: 'govuk-details sl-analysis__keys' },
      h('summary', { class: 'govuk-details__summary' }, h('span', { class: 'govuk-details__summary-text' }, 'Using the diagram with a keyboard or mouse')),
      h('div', { class: 'govuk-details__text' }, `${causalKeys} With a mouse, drag to move the view and hold Ctrl while using the wheel to zoom. The outline below gives the same analysis as a list.`)),
    tools,
    h('div', { class: 'sl-analysis__workbench' }, h('div', { class: 'sl-analysis__canvas-column' }, canvas, legendHost), panelHost));

  return {
    el,
    panelHost,
    draw,
    highlight(hl) {
      lastHighlight = hl;
      if (chart) highlightCausal(chart, hl);
    },
    reveal(id) { zoom?.reveal(id); },
    destroy() {
      resize.disconnect();
      cancelAnimationFrame(frame);
    },
  };
}
