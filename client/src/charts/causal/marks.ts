import type { EnterElement, Selection } from 'd3';
import type { CausalChartNode } from './causalChart';
import type { PlacedNode } from './types';
import { charsFor, wrapText } from './wrap';

/** A node with its place on the diagram. */
export interface PlacedCard {
  node: CausalChartNode;
  at: PlacedNode;
}

const r = (v: number) => Math.round(v * 10) / 10;

function nodeClass(node: CausalChartNode): string {
  return `causal__node causal__node--${node.kind}${node.supporting ? ' is-supporting' : ''}${node.reviewStatus ? ` is-${node.reviewStatus}` : ''}`;
}

function cardClass(node: CausalChartNode): string {
  if (node.kind !== 'factor') return `causal__card causal__card--${node.kind}`;
  return `causal__card causal__card--slot-${node.slot ?? 0}`;
}

function enterGroups(enter: Selection<EnterElement, PlacedCard, SVGGElement, undefined>) {
  return enter.append('g').attr('class', ({ node }) => nodeClass(node)).attr('data-id', ({ node }) => node.id)
    .attr('transform', ({ at }) => `translate(${r(at.x)},${r(at.y)})`)
    .attr('role', 'button').attr('aria-pressed', 'false').attr('aria-label', ({ node }) => node.description);
}

/** Draws entering cards as plain coloured boxes, for views zoomed out too far to read text. */
export function enterCompactCards(enter: Selection<EnterElement, PlacedCard, SVGGElement, undefined>, nodeHeight: number) {
  const g = enterGroups(enter);
  g.append('rect').attr('class', ({ node }) => cardClass(node)).attr('width', ({ at }) => r(at.width)).attr('height', nodeHeight).attr('rx', 4);
  return g;
}

/**
 * Draws entering cards: a focusable group named for screen readers, the card, the small heading, up to three
 * lines of statement (four for the outcome) and the line of qualifiers, all wrapped to the card's width.
 */
export function enterCards(enter: Selection<EnterElement, PlacedCard, SVGGElement, undefined>, nodeHeight: number, fontSize: number) {
  const g = enterGroups(enter);
  g.append('rect').attr('class', ({ node }) => cardClass(node)).attr('width', ({ at }) => r(at.width)).attr('height', nodeHeight).attr('rx', 4);
  g.append('text').attr('class', 'causal__heading').attr('x', 8).attr('y', 15)
    .text(({ node, at }) => wrapText(node.heading, charsFor(at.width - 16, (fontSize - 2) * 1.12), 1)[0] ?? '');
  g.append('text').attr('class', 'causal__label').selectAll('tspan')
    .data(({ node, at }) => wrapText(node.label, charsFor(at.width - 16, fontSize), node.kind === 'outcome' ? 4 : 3))
    .join('tspan').attr('x', 8).attr('y', (_, i) => 31 + i * (fontSize + 2)).text((line) => line);
  g.append('text').attr('class', 'causal__detail').attr('x', 8).attr('y', nodeHeight - 8)
    .text(({ node, at }) => wrapText(node.detail, charsFor(at.width - 16, fontSize - 2), 1)[0] ?? '');
  return g;
}
