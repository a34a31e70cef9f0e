import type { EventKind } from '../../../../schema/contracts/enums';
import { drawBar, drawGlyph, drawOpenTails } from './glyphs';
import { BAR_RATIO } from './markStyle';
import type { Mark } from './types';

/** Colours of the canvas marks, read from the chart's CSS custom properties. */
export interface CanvasPalette {
  kind: Record<EventKind, string>;
  hollowFill: string;
}

const kinds: EventKind[] = ['event', 'condition', 'decision', 'communication', 'non_event'];

/** The colours timeline.scss gives the custom properties, used while the chart is not yet in the document. */
const defaults: CanvasPalette = {
  kind: { event: '#0072b2', condition: '#b36b00', decision: '#007a5a', communication: '#a8528a', non_event: '#c0461b' },
  hollowFill: '#ffffff',
};

/** Reads the kind colours from the `--timeline-<kind>` custom properties on the chart, falling back to the stylesheet's values. */
export function readPalette(el: Element): CanvasPalette {
  const style = el.isConnected ? getComputedStyle(el) : null;
  const read = (name: string, fallback: string) => style?.getPropertyValue(name).trim() || fallback;
  return {
    kind: Object.fromEntries(kinds.map((k) => [k, read(`--timeline-${k.replace('_', '-')}`, defaults.kind[k])])) as Record<EventKind, string>,
    hollowFill: read('--timeline-hollow', defaults.hollowFill),
  };
}

/** Sizes a canvas for the device pixel ratio and returns its context, or null where canvas is unavailable. */
export function prepareCanvas(canvas: HTMLCanvasElement, width: number, height: number, ratio: number): CanvasRenderingContext2D | null {
  const w = Math.round(width * ratio);
  const h = Math.round(height * ratio);
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, width, height);
  return ctx;
}

/**
 * Draws marks on a canvas, with the same shapes as the SVG marks: translucent bars for ranges, solid glyphs,
 * hollow non-events, dashed and faded uncertain dates, tails on dates with no known start or end, and dimming
 * outside the highlighted set.
 */
export function drawCanvasMarks(ctx: CanvasRenderingContext2D, marks: readonly Mark[], glyph: number, palette: CanvasPalette, highlighted: ReadonlySet<string>): void {
  const r = glyph / 2;
  ctx.lineWidth = 1.25;
  for (const m of marks) {
    const colour = palette.kind[m.kind];
    const vague = m.uncertain || m.approximate;
    const base = highlighted.size > 0 && !highlighted.has(m.id) ? 0.2 : 1;
    ctx.setLineDash(vague ? [2, 2] : []);
    ctx.strokeStyle = colour;
    if (m.openBefore || m.openAfter) {
      ctx.beginPath();
      drawOpenTails(ctx, m, glyph);
      ctx.globalAlpha = base;
      ctx.stroke();
    }
    if (m.shape === 'range') {
      ctx.beginPath();
      drawBar(ctx, m.x0, m.x1, m.cy, glyph * BAR_RATIO);
      ctx.globalAlpha = base * (vague ? 0.15 : 0.3);
      ctx.fillStyle = colour;
      if (m.kind !== 'non_event') ctx.fill();
      ctx.globalAlpha = base;
      ctx.stroke();
    }
    ctx.beginPath();
    drawGlyph(ctx, m.kind, m.cx, m.cy, r);
    ctx.globalAlpha = base * (vague ? 0.55 : 1);
    ctx.fillStyle = m.kind === 'non_event' ? palette.hollowFill : colour;
    ctx.fill();
    ctx.globalAlpha = base;
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);
}
