import { pointer, select, zoomTransform } from 'd3';
import type { CausalChart, CausalChartEdge } from './causalChart';
import { charsFor, wrapText } from './wrap';
import { trackKeyboardUse } from './focus';

const WIDTH = 300;
const LINE = 16;

/** The lines of a link's tooltip: which card contributed to which, then the rationale. */
export function linkTooltipLines(from: string, to: string, rationale: string, chars: number): string[] {
  return [
    ...wrapText(`${from} → ${to}`, chars, 2),
    ...wrapText(rationale.trim() ? `Why: ${rationale}` : 'No rationale recorded.', chars, 4),
  ];
}

/** The lines of a card's tooltip when it has keyboard focus: what it contributed to, and why. */
export function nodeTooltipLines(outgoing: readonly { to: string; rationale: string }[], chars: number): string[] {
  if (outgoing.length === 0) return ['Not linked to anything yet.'];
  const lines = outgoing.slice(0, 3).flatMap((o) => wrapText(`Contributed to ${o.to}${o.rationale.trim() ? `: ${o.rationale}` : ' (no rationale recorded)'}`, chars, 3));
  return outgoing.length > 3 ? [...lines, `and ${outgoing.length - 3} more`] : lines;
}

/**
 * Shows a link's rationale when the pointer is over its arrow, and a focused card's outgoing links with
 * their rationales, in a tooltip drawn over the diagram. Screen readers get the same text from the side panel
 * and the outline, so the tooltip is hidden from them.
 */
export function attachRationaleTooltip(chart: CausalChart): void {
  const labels = new Map(chart.data.nodes.map((n) => [n.id, n.label]));
  const byId = new Map(chart.data.edges.map((e) => [e.id, e]));
  const outgoing = new Map<string, CausalChartEdge[]>();
  for (const e of chart.data.edges) {
    const list = outgoing.get(e.from);
    if (list) list.push(e);
    else outgoing.set(e.from, [e]);
  }
  const chars = charsFor(WIDTH - 16, 12);
  const short = (id: string) => `"${wrapText(labels.get(id) ?? id, 40, 1)[0] ?? ''}"`;
  const fromKeyboard = trackKeyboardUse(chart);
  const tip = select(chart.overlay).append('g').attr('class', 'causal__tooltip').attr('display', 'none');
  const box = tip.append('rect').attr('rx', 3);
  const text = tip.append('text');

  function show(lines: string[], x: number, y: number): void {
    text.selectAll('tspan').data(lines).join('tspan').attr('x', 8).attr('y', (_, i) => 18 + i * LINE).text((l) => l);
    const height = lines.length * LINE + 10;
    const left = Math.max(0, Math.min(x + 12, chart.viewWidth - WIDTH));
    const top = y + 12 + height > chart.viewHeight ? Math.max(0, y - height - 8) : y + 12;
    box.attr('width', WIDTH).attr('height', height);
    tip.attr('transform', `translate(${Math.round(left)},${Math.round(top)})`).attr('display', null);
  }
  const hide = () => tip.attr('display', 'none');

  chart.addEventListener('pointerover', (event) => {
    const hit = (event.target as Element).closest('.causal__edge-hit');
    const edge = hit ? byId.get(hit.getAttribute('data-id')!) : undefined;
    if (!edge) return;
    const [x, y] = pointer(event, chart);
    show(linkTooltipLines(short(edge.from), short(edge.to), edge.rationale, chars), x, y);
  });
  chart.addEventListener('pointerout', (event) => {
    if ((event.target as Element).closest('.causal__edge-hit')) hide();
  });
  chart.addEventListener('focusin', (event) => {
    const target = event.target as Element;
    const id = target.closest?.('.causal__node')?.getAttribute('data-id');
    const at = id ? chart.layout.nodes.find((n) => n.id === id) : undefined;
    if (!id || !at || !fromKeyboard()) return hide();
    const [x, y] = zoomTransform(chart).apply([at.x, at.y + at.height]);
    const lines = nodeTooltipLines((outgoing.get(id) ?? []).map((e) => ({ to: short(e.to), rationale: e.rationale })), chars);
    show(lines, x - 12, y - 4);
  });
  chart.addEventListener('focusout', hide);
}
