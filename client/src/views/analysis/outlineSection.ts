import type { GraphNode } from '../../../../schema/contracts/analysis';
import { displayEdtf } from '../../../../schema/edtf';
import { h, replace } from '../../dom';
import type { CausalHighlight } from '../../charts/causal/highlight';
import type { AnalysisData } from './analysisData';
import { factorDetail } from './chartData';
import { buildOutline, type OutlineItem } from './outline';
import type { AnalysisView } from './viewTypes';

/** Above this many factors the outline is built when the reader opens it, so the tab opens quickly. */
export const LARGE_OUTLINE = 400;

function entry(view: AnalysisView, data: AnalysisData, item: OutlineItem): HTMLElement | null {
  const node = data.nodes.get(item.id);
  if (!node || node.kind !== 'factor') return null;
  const category = data.taxonomy.category(node.category)?.label ?? node.category;
  const slot = data.taxonomy.slots.get(node.category) ?? 0;
  const children = item.children.map((c) => entry(view, data, c)).filter((x): x is HTMLElement => x !== null);
  return h('li', { class: 'sl-outline__item', 'data-id': node.id },
    h('button', { type: 'button', class: 'sl-link-button govuk-link sl-outline__select', onclick: () => view.select(node.id, { reveal: true, focusPanel: true }) }, node.label),
    h('span', { class: 'sl-outline__meta' },
      h('span', { class: `causal-legend__swatch ${node.influence === 'supported' ? 'causal-legend__swatch--supporting' : `causal-legend__swatch--slot-${slot}`}`, 'aria-hidden': 'true' }),
      ` ${data.taxonomy.levelLabel(node.level)} · ${category} · ${node.influence === 'supported' ? 'Supporting' : 'Hindering'} · ${factorDetail(node).replace(/^Supporting · /, '')}`),
    item.rationale ? h('span', { class: 'sl-outline__why' }, `Why linked: ${item.rationale}`) : null,
    item.repeat ? h('span', { class: 'sl-outline__why' }, 'Its own causes are listed where it first appears above.') : null,
    children.length ? h('ul', { class: 'sl-outline__list' }, children) : null);
}

function rootHeading(view: AnalysisView, node: GraphNode): HTMLElement {
  const text = node.kind === 'event' ? `Chronology entry, ${displayEdtf(node.occurred)}: ${node.label}` : `Outcome: ${node.label}`;
  return h('h3', { class: 'govuk-heading-s sl-outline__root', 'data-id': node.id },
    h('button', { type: 'button', class: 'sl-link-button govuk-link sl-outline__select', onclick: () => view.select(node.id, { reveal: true, focusPanel: true }) }, text));
}

/**
 * The analysis as an indented outline for keyboard and screen-reader users: the outcome and the events
 * factors led to, each followed by nested lists of what contributed to it, with level, category, influence
 * and statement on every item. Selecting an item selects it in the diagram and shows it in the panel.
 */
export function outlineSection(view: AnalysisView): { el: HTMLElement; draw(data: AnalysisData): void; highlight(hl: CausalHighlight): void } {
  const body = h('div', { class: 'sl-outline' });
  const el = h('section', { class: 'sl-section', id: 'outline', 'aria-labelledby': 'outline-heading' },
    h('h2', { class: 'govuk-heading-l', id: 'outline-heading' }, 'Outline'),
    h('p', { class: 'govuk-body' }, 'The same analysis as a list, read from the outcome downwards: under each item, the factors that contributed to it, then their own causes.'),
    body);

  let latest: CausalHighlight | null = null;

  function draw(data: AnalysisData): void {
    const factors = data.factors.size;
    if (factors <= LARGE_OUTLINE) return fill(data);
    const summary = h('summary', { class: 'govuk-details__summary' }, h('span', { class: 'govuk-details__summary-text' }, `Show the outline of all ${factors.toLocaleString('en-GB')} factors`));
    const details = h('details', { class: 'govuk-details' }, summary, h('div', { class: 'govuk-details__text' }, 'Building the outline…'));
    details.addEventListener('toggle', () => {
      if (!details.open || details.dataset.built) return;
      details.dataset.built = 'true';
      fill(data, details.querySelector<HTMLElement>('.govuk-details__text')!);
      if (latest) highlight(latest);
    });
    replace(body, details);
  }

  function fill(data: AnalysisData, host: HTMLElement = body): void {
    const roots = buildOutline(data.graph.nodes, data.graph.edges);
    const list = (items: OutlineItem[]) => {
      const entries = items.map((i) => entry(view, data, i)).filter((x): x is HTMLElement => x !== null);
      return entries.length ? h('ul', { class: 'sl-outline__list' }, entries) : h('p', { class: 'govuk-body-s sl-muted' }, 'Nothing is linked to this yet.');
    };
    const unlinked = roots.filter((r) => r.kind === 'unlinked');
    replace(host,
      roots.filter((r) => r.kind !== 'unlinked').map((r) => [rootHeading(view, data.nodes.get(r.id)!), list(r.children)]),
      unlinked.length ? [
        h('h3', { class: 'govuk-heading-s' }, 'Factors not yet linked to the outcome or an entry'),
        list(unlinked.map((r) => ({ id: r.id, edgeId: '', rationale: '', repeat: false, children: r.children }))),
      ] : null);
  }

  function highlight(hl: CausalHighlight): void {
    latest = hl;
    body.querySelectorAll<HTMLElement>('[data-id]').forEach((item) => {
      const id = item.dataset.id!;
      item.classList.toggle('is-chain', hl.chain.has(id) || hl.evidence.has(id));
      item.classList.toggle('is-selected', id === hl.selected);
      const select = item.querySelector(':scope > .sl-outline__select');
      if (id === hl.selected) select?.setAttribute('aria-current', 'true');
      else select?.removeAttribute('aria-current');
    });
  }

  return { el, draw, highlight };
}
