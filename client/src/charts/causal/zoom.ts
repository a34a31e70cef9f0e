import { select, zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomTransform } from 'd3';
import type { CausalChart } from './causalChart';

/** Moves the AcciMap's view; every change goes through one d3-zoom behaviour, so gestures and keys agree. */
export interface CausalZoom {
  zoomBy(factor: number): void;
  /** Moves the view by screen pixels (positive x shows what is further right). */
  panBy(dx: number, dy: number): void;
  reset(): void;
  /** Zooms out until the whole diagram fits its box. */
  showAll(): void;
  /** Brings a node into view, keeping the zoom level, when it is outside the visible area. */
  reveal(id: string): void;
  transform(): ZoomTransform;
  /** Restores a view kept from an earlier drawing of the same analysis. */
  restore(t: { x: number; y: number; k: number }): void;
}

/**
 * Pan and zoom for the AcciMap (d3-zoom): drag to pan, Ctrl + wheel or pinch to zoom; a plain wheel scrolls a
 * diagram taller than its box and lets the page scroll once the top or bottom is reached.
 */
export function attachCausalZoom(chart: CausalChart, { maxScale = 3 }: { maxScale?: number } = {}): CausalZoom {
  const { viewWidth: w, viewHeight: h, layout } = chart;
  const contentHeight = Math.max(layout.height, h);
  const minScale = Math.max(0.02, Math.min(1, h / contentHeight));
  const svg = select<SVGSVGElement, unknown>(chart);
  const viewport = select(chart.viewport);

  const behaviour = zoom<SVGSVGElement, unknown>()
    .scaleExtent([minScale, maxScale])
    .extent([[0, 0], [w, h]])
    .translateExtent([[0, 0], [Math.max(layout.width, w), contentHeight]])
    .filter((event: Event & { ctrlKey?: boolean; metaKey?: boolean; button?: number }) => (event.type === 'wheel'
      ? !!(event.ctrlKey || event.metaKey)
      : !event.ctrlKey && !event.button))
    .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      viewport.attr('transform', event.transform.toString());
      chart.renderView(event.transform);
    });
  svg.call(behaviour).on('dblclick.zoom', null);

  chart.addEventListener('wheel', (event) => {
    if (event.ctrlKey || event.metaKey) return;
    const t = zoomTransform(chart);
    const top = -t.y / t.k;
    const bottom = top + h / t.k;
    const canMove = event.deltaY < 0 ? top > 0.5 : bottom < contentHeight - 0.5;
    if (!canMove) return;
    event.preventDefault();
    svg.call(behaviour.translateBy, -event.deltaX / t.k, -event.deltaY / t.k);
  }, { passive: false });

  const control: CausalZoom = {
    zoomBy(factor) { svg.call(behaviour.scaleBy, factor); },
    panBy(dx, dy) {
      const k = zoomTransform(chart).k;
      svg.call(behaviour.translateBy, -dx / k, -dy / k);
    },
    reset() { svg.call(behaviour.transform, zoomIdentity); },
    showAll() { svg.call(behaviour.transform, zoomIdentity.scale(minScale)); },
    reveal(id) {
      const node = layout.nodes.find((n) => n.id === id);
      if (!node) return;
      const t = zoomTransform(chart);
      const [x0, y0] = t.apply([node.x, node.y]);
      const [x1, y1] = t.apply([node.x + node.width, node.y + node.height]);
      if (x0 >= 0 && y0 >= 0 && x1 <= w && y1 <= h) return;
      svg.call(behaviour.translateTo, node.x + node.width / 2, node.y + node.height / 2);
    },
    transform: () => zoomTransform(chart),
    restore(t) { svg.call(behaviour.transform, zoomIdentity.translate(t.x, t.y).scale(t.k)); },
  };
  return control;
}
