// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { causalChart, type CausalChartData, type CausalChartNode } from '../../../client/src/charts/causal/causalChart';
import { attachCausalZoom } from '../../../client/src/charts/causal/zoom';
import { attachCausalKeyboard } from '../../../client/src/charts/causal/keyboard';
import { attachBandAdd, attachCausalSelection } from '../../../client/src/charts/causal/selection';
import { highlightCausal } from '../../../client/src/charts/causal/highlight';
import { attachRationaleTooltip } from '../../../client/src/charts/causal/tooltip';
import { causalLegend } from '../../../client/src/charts/causal/legend';
import { causalChain } from '../../../client/src/charts/causal/chain';

function factor(id: string, band: CausalChartNode['band'], label: string, extra: Partial<CausalChartNode> = {}): CausalChartNode {
  return { id, kind: 'factor', band, heading: 'Category', label, detail: 'Proposed · Likely', description: `${band} factor: ${label}`, slot: 0, ...extra };
}

/** A small analysis: a chain from guidance down to a missed visit and the outcome, and one supporting factor. */
const data: CausalChartData = {
  nodes: [
    factor('sys', 'systemic', 'Statutory guidance sets no limit on caseloads', { heading: 'Legislation and statutory guidance' }),
    factor('org', 'organisational', 'Caseloads were 40% above the agency limit', { heading: 'Workload, caseloads, staffing', slot: 0 }),
    factor('tools', 'organisational', 'The record system did not show earlier referrals', { heading: 'Tools, forms and case-record IT', slot: 2 }),
    factor('team', 'team', 'Supervision had not taken place for three months', { slot: 2 }),
    factor('ind', 'individual', 'The visit was rescheduled twice', { slot: 1 }),
    factor('support', 'team', 'The health visitor shared concerns promptly', { supporting: true, detail: 'Supporting · Accepted · Likely', reviewStatus: 'accepted', slot: 0 }),
    { id: 'ev1', kind: 'event', band: 'events', heading: '14 Mar 2019', label: 'Home visit did not take place', detail: 'Non-event', description: 'Event: home visit' },
    { id: 'outcome', kind: 'outcome', band: 'outcome', heading: 'Outcome', label: 'Child A was seriously harmed', detail: '', description: 'Outcome' },
  ],
  edges: [
    { id: 'l1', from: 'sys', to: 'org', rationale: 'No national ceiling' },
    { id: 'l2', from: 'org', to: 'team', rationale: 'Managers covered cases' },
    { id: 'l3', from: 'team', to: 'ind', rationale: '' },
    { id: 'l4', from: 'tools', to: 'ind', rationale: 'History not visible' },
    { id: 'l5', from: 'ind', to: 'ev1', rationale: 'The visit slipped' },
    { id: 'l6', from: 'ev1', to: 'outcome', rationale: '' },
    { id: 'l7', from: 'support', to: 'outcome', rationale: 'Earlier help' },
  ],
};

const options = { width: 760, maxHeight: 600 };

/** Serialises an element with numbers rounded to one decimal, so snapshots do not depend on float noise. */
function snapshot(el: Element): string {
  return el.outerHTML.replace(/-?\d+\.\d{2,}/g, (n) => String(Math.round(Number(n) * 10) / 10)).replace(/></g, '>\n<');
}

const ids = (chart: Element, selector: string) => [...chart.querySelectorAll(selector)].map((e) => e.getAttribute('data-id'));

describe('causalChart', () => {
  it('renders bands, coloured cards, events, the outcome and arrows as SVG', () => {
    expect(snapshot(causalChart(data, { ...options, addableBands: ['team'] }))).toMatchSnapshot();
  });

  it('draws the bands top to bottom from systemic to the outcome, each labelled', () => {
    const chart = causalChart(data, options);
    const labels = [...chart.querySelectorAll('.causal__band-label')].map((t) => t.textContent);
    expect(labels).toEqual(['Systemic', 'Organisational', 'Team', 'Individual', 'Events', 'Outcome']);
    const y = (id: string) => chart.layout.nodes.find((n) => n.id === id)!.y;
    expect(y('sys')).toBeLessThan(y('org'));
    expect(y('org')).toBeLessThan(y('team'));
    expect(y('team')).toBeLessThan(y('ind'));
    expect(y('ind')).toBeLessThan(y('ev1'));
    expect(y('ev1')).toBeLessThan(y('outcome'));
  });

  it('marks supporting factors hollow and says "Supporting" in the card and its accessible name', () => {
    const chart = causalChart(data, options);
    const card = chart.nodeElement('support')!;
    expect(card.getAttribute('class')).toBe('causal__node causal__node--factor is-supporting is-accepted');
    expect(card.querySelector('.causal__detail')!.textContent).toBe('Supporting · Accepted · Likely');
    expect(card.getAttribute('role')).toBe('button');
  });

  it('draws one arrow per link, ending in the arrow marker', () => {
    const chart = causalChart(data, options);
    expect(ids(chart, '.causal__edge')).toEqual(['l1', 'l2', 'l3', 'l4', 'l5', 'l6', 'l7']);
    expect(chart.querySelector('.causal__edge')!.getAttribute('marker-end')).toBe('url(#causal-arrow)');
  });

  it('keeps a long statement to three lines ending in an ellipsis', () => {
    const long = factor('long', 'team', 'word '.repeat(60));
    const chart = causalChart({ nodes: [long], edges: [] }, options);
    const lines = [...chart.querySelectorAll('.causal__label tspan')].map((t) => t.textContent!);
    expect(lines).toHaveLength(3);
    expect(lines[2]!.endsWith('…')).toBe(true);
  });

  it('draws an empty analysis as empty, labelled bands', () => {
    const chart = causalChart({ nodes: [], edges: [] }, options);
    expect(chart.querySelectorAll('.causal__band')).toHaveLength(6);
    expect(chart.querySelectorAll('.causal__node')).toHaveLength(0);
  });
});

describe('causal chart interaction', () => {
  function interactive() {
    const chart = causalChart(data, { ...options, addableBands: ['systemic', 'team'] });
    document.body.replaceChildren(chart);
    const selected: (string | null)[] = [];
    const zoom = attachCausalZoom(chart);
    const keys = attachCausalKeyboard(chart, zoom, (id) => selected.push(id));
    attachCausalSelection(chart, (id) => selected.push(id));
    return { chart, zoom, keys, selected };
  }

  it('highlights the chain up and down from the selected factor and its evidence, dimming the rest', () => {
    const { chart } = interactive();
    const chain = causalChain(data.edges, 'team');
    highlightCausal(chart, { selected: 'team', chain: new Set([...chain.ancestors, ...chain.descendants]), edges: chain.edgeIds, evidence: new Set(['ev1']) });
    expect(chart.classList.contains('has-selection')).toBe(true);
    expect(ids(chart, '.causal__node.is-chain')).toEqual(['sys', 'org', 'ind', 'ev1', 'outcome']);
    expect(ids(chart, '.causal__node.is-selected')).toEqual(['team']);
    expect(ids(chart, '.causal__node.is-evidence')).toEqual(['ev1']);
    expect(ids(chart, '.causal__edge.is-chain')).toEqual(['l1', 'l2', 'l3', 'l5', 'l6']);
    expect(chart.querySelector('[data-id="l1"].causal__edge')!.getAttribute('marker-end')).toBe('url(#causal-arrow-chain)');
    expect(chart.nodeElement('team')!.getAttribute('aria-pressed')).toBe('true');

    highlightCausal(chart, { selected: null, chain: new Set(), edges: new Set(), evidence: new Set() });
    expect(chart.querySelectorAll('.is-chain, .is-selected')).toHaveLength(0);
    expect(chart.classList.contains('has-selection')).toBe(false);
  });

  it('selects a card on click and clears the selection on a click on the background', () => {
    const { chart, selected } = interactive();
    chart.nodeElement('org')!.querySelector('rect')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    chart.querySelector('.causal__band rect')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(selected).toEqual(['org', null]);
  });

  it('moves focus between cards with the arrow keys (one tab stop) and selects with Enter', () => {
    const { chart, keys, selected } = interactive();
    expect(ids(chart, '.causal__node[tabindex="0"]')).toEqual(['sys']);
    keys.focusNode('sys');
    const press = (key: string) => (document.activeElement as Element).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    press('ArrowDown');
    expect(document.activeElement?.getAttribute('data-id')).toBe(chart.layout.rows[1]!.nodeIds[0]);
    press('Enter');
    expect(selected).toEqual([chart.layout.rows[1]!.nodeIds[0]]);
    expect(chart.querySelectorAll('.causal__node[tabindex="0"]')).toHaveLength(1);
    expect(chart.querySelectorAll('.causal__focus-ring')).toHaveLength(1);
    press('Escape');
    expect(selected.at(-1)).toBeNull();
  });

  it('zooms with + and − and resets with 0 when the diagram has focus', () => {
    const { chart, zoom } = interactive();
    chart.focus();
    chart.dispatchEvent(new KeyboardEvent('keydown', { key: '+', bubbles: true }));
    expect(zoom.transform().k).toBeCloseTo(1.25);
    chart.dispatchEvent(new KeyboardEvent('keydown', { key: '-', bubbles: true }));
    expect(zoom.transform().k).toBeCloseTo(1);
    chart.dispatchEvent(new KeyboardEvent('keydown', { key: '+', bubbles: true }));
    chart.dispatchEvent(new KeyboardEvent('keydown', { key: '0', bubbles: true }));
    expect(zoom.transform().k).toBe(1);
    expect(chart.viewport.getAttribute('transform')).toBe('translate(0,0) scale(1)');
  });

  it('reports the band of a pressed "Add factor" button, by click or keyboard', () => {
    const { chart, selected } = interactive();
    const bands: string[] = [];
    attachBandAdd(chart, (band) => bands.push(band));
    const buttons = [...chart.querySelectorAll('.causal__band-add')];
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual(['Add a factor at the systemic level', 'Add a factor at the team level']);
    buttons[1]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    buttons[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(bands).toEqual(['team', 'systemic']);
    expect(selected).toEqual([]);
  });

  it('shows a link\'s rationale over its arrow, and a card\'s links when it gets focus from the keyboard', () => {
    const { chart, keys } = interactive();
    attachRationaleTooltip(chart);
    const tip = chart.querySelector('.causal__tooltip')!;
    chart.querySelector('.causal__edge-hit[data-id="l2"]')!.dispatchEvent(new MouseEvent('pointerover', { bubbles: true }));
    expect(tip.getAttribute('display')).toBeNull();
    expect([...tip.querySelectorAll('tspan')].map((t) => t.textContent)).toEqual([
      '"Caseloads were 40% above the agency…" →', '"Supervision had not taken place for…"', 'Why: Managers covered cases',
    ]);
    chart.querySelector('.causal__edge-hit[data-id="l2"]')!.dispatchEvent(new MouseEvent('pointerout', { bubbles: true }));
    expect(tip.getAttribute('display')).toBe('none');
    chart.nodeElement('org')!.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    chart.nodeElement('org')!.focus();
    expect(tip.getAttribute('display')).toBe('none');
    document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    expect(document.activeElement?.getAttribute('data-id')).toBe('tools');
    expect(tip.getAttribute('display')).toBeNull();
    expect([...tip.querySelectorAll('tspan')].map((t) => t.textContent)).toEqual(['Contributed to "The visit was rescheduled', 'twice": History not visible']);
  });
});

describe('causal chart on a large analysis', () => {
  /** Sixty team factors in a chain: far taller than the box, so most cards start undrawn. */
  const tall: CausalChartData = {
    nodes: Array.from({ length: 60 }, (_, i) => factor(`t${i}`, 'team', `Condition ${i}`)),
    edges: Array.from({ length: 59 }, (_, i) => ({ id: `c${i}`, from: `t${i}`, to: `t${i + 1}`, rationale: '' })),
  };

  it('draws only the cards and arrows near the visible part, and all of them as plain boxes when zoomed out to the whole diagram', () => {
    const chart = causalChart(tall, { width: 500, maxHeight: 400 });
    document.body.replaceChildren(chart);
    const drawn = () => chart.querySelectorAll('.causal__node').length;
    expect(chart.layout.height).toBeGreaterThan(6000);
    expect(drawn()).toBe(5);
    expect(ids(chart, '.causal__edge')).toEqual(['c0', 'c1', 'c2', 'c3']);
    attachCausalZoom(chart).showAll();
    expect(drawn()).toBe(60);
    expect(chart.classList.contains('is-compact')).toBe(true);
    expect(chart.querySelectorAll('.causal__node text, .causal__edge-hit')).toHaveLength(0);
  });

  it('draws an off-screen card when the keyboard moves to it, and keeps the selected card drawn', () => {
    const chart = causalChart(tall, { width: 500, maxHeight: 400 });
    document.body.replaceChildren(chart);
    const zoom = attachCausalZoom(chart);
    const keys = attachCausalKeyboard(chart, zoom, () => {});
    keys.focusNode('t4');
    for (let i = 0; i < 10; i++) document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    expect(document.activeElement?.getAttribute('data-id')).toBe('t14');
    expect(chart.nodeElement('t0')).toBeNull();
    highlightCausal(chart, { selected: 't40', chain: new Set(), edges: new Set(), evidence: new Set() });
    expect(chart.nodeElement('t40')?.getAttribute('aria-pressed')).toBe('true');
  });
});

describe('causalLegend', () => {
  it('lists the categories of each level with their colour, then the supporting and event marks', () => {
    const legend = causalLegend([
      { label: 'Systemic', categories: [] },
      { label: 'Organisational', categories: [{ label: 'Workload', slot: 0 }, { label: 'Tools', slot: 2 }] },
    ]);
    expect(legend.getAttribute('aria-label')).toBe('Key to the causal diagram');
    expect([...legend.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Organisational:WorkloadTools', 'Supporting factor (hollow, dashed border)Chronology event',
    ]);
    expect([...legend.querySelectorAll('.causal-legend__swatch')].map((s) => s.getAttribute('class'))).toEqual([
      'causal-legend__swatch causal-legend__swatch--slot-0', 'causal-legend__swatch causal-legend__swatch--slot-2',
      'causal-legend__swatch causal-legend__swatch--supporting', 'causal-legend__swatch causal-legend__swatch--event',
    ]);
  });
});
