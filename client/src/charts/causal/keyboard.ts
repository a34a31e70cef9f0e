import { select } from 'd3';
import type { CausalChart } from './causalChart';
import type { CausalZoom } from './zoom';
import { neighbourNode, type NodeDirection } from './navigation';
import { trackKeyboardUse } from './focus';

/** The keys the focused AcciMap answers to, for the on-screen hint. */
export const causalKeys = 'With the diagram focused: + and − zoom, the arrow keys move the view, 0 resets it. Tab moves to the cards; there, the arrow keys move between cards, Enter selects a card and Escape clears the selection.';

const directions: Record<string, NodeDirection> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };
const pans: Record<string, [number, number]> = { ArrowLeft: [-80, 0], ArrowRight: [80, 0], ArrowUp: [0, -80], ArrowDown: [0, 80] };

/**
 * Keyboard control of the AcciMap: zoom and pan when the diagram itself has focus; on a card, arrows move
 * focus to the neighbouring card (one tab stop for all cards), Enter or Space selects it, Escape clears.
 * A focus ring follows the focused card.
 */
export function attachCausalKeyboard(chart: CausalChart, zoom: CausalZoom, onSelect: (id: string | null) => void): { focusNode(id: string): void } {
  const fromKeyboard = trackKeyboardUse(chart);
  const ring = select(chart.viewport).append('g').attr('class', 'causal__focus').attr('aria-hidden', 'true');

  function focusNode(id: string): void {
    chart.setTabStop(id);
    zoom.reveal(id);
    chart.nodeElement(id)?.focus({ preventScroll: true });
  }

  chart.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const node = (event.target as Element).closest?.('.causal__node');
    const id = node?.getAttribute('data-id') ?? null;
    let handled = true;
    if (event.key === '+' || event.key === '=') zoom.zoomBy(1.25);
    else if (event.key === '-' || event.key === '_' || event.key === '−') zoom.zoomBy(0.8);
    else if (event.key === '0' || event.key === 'Home') zoom.reset();
    else if (id && directions[event.key]) {
      const next = neighbourNode(chart.layout, id, directions[event.key]!);
      if (next) focusNode(next);
    } else if (id && (event.key === 'Enter' || event.key === ' ')) onSelect(id);
    else if (event.key === 'Escape') onSelect(null);
    else if (event.target === chart && pans[event.key]) zoom.panBy(...pans[event.key]!);
    else handled = false;
    if (handled) event.preventDefault();
  });

  chart.addEventListener('focusin', (event) => {
    const target = event.target as Element;
    const id = target.closest?.('.causal__node')?.getAttribute('data-id');
    const at = id ? chart.layout.nodes.find((n) => n.id === id) : undefined;
    ring.selectAll('rect').remove();
    if (!at || !fromKeyboard()) return;
    for (const [cls, pad] of [['causal__focus-ring', 4], ['causal__focus-ring-inner', 1]] as const) {
      ring.append('rect').attr('class', cls).attr('x', at.x - pad).attr('y', at.y - pad)
        .attr('width', at.width + 2 * pad).attr('height', at.height + 2 * pad).attr('rx', 5);
    }
  });
  chart.addEventListener('focusout', () => ring.selectAll('rect').remove());
  return { focusNode };
}
