import type { CausalChart } from './causalChart';

/** What to emphasise: the selected card, the chain through it, its evidence events, and a link being drawn from a card. */
export interface CausalHighlight {
  selected: string | null;
  chain: ReadonlySet<string>;
  edges: ReadonlySet<string>;
  evidence: ReadonlySet<string>;
  linkSource?: string | null;
}

/** No highlight: nothing selected. */
export const noHighlight: CausalHighlight = { selected: null, chain: new Set(), edges: new Set(), evidence: new Set() };

/** Sets the highlight classes on the cards and arrows drawn in `root` (the chart calls it after every redraw). */
export function applyHighlight(root: SVGSVGElement, h: CausalHighlight, idPrefix: string): void {
  root.classList.toggle('has-selection', h.selected !== null);
  root.querySelectorAll<SVGGElement>('.causal__node').forEach((el) => {
    const id = el.getAttribute('data-id')!;
    el.classList.toggle('is-selected', id === h.selected);
    el.classList.toggle('is-chain', h.chain.has(id));
    el.classList.toggle('is-evidence', h.evidence.has(id));
    el.classList.toggle('is-link-source', id === h.linkSource);
    el.setAttribute('aria-pressed', String(id === h.selected));
  });
  const plain = `url(#${idPrefix}-arrow)`;
  const strong = `url(#${idPrefix}-arrow-chain)`;
  root.querySelectorAll<SVGPathElement>('.causal__edge').forEach((el) => {
    const on = h.edges.has(el.getAttribute('data-id')!);
    el.classList.toggle('is-chain', on);
    el.setAttribute('marker-end', on ? strong : plain);
  });
}

/** Marks the selected card, its chain up and down and its evidence; everything else is dimmed while something is selected. */
export function highlightCausal(chart: CausalChart, h: CausalHighlight): void {
  chart.highlight(h);
}
