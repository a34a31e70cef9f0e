import { scaleUtc, select, zoom, zoomIdentity, type D3ZoomEvent, type ZoomTransform } from 'd3';
import type { TimelineChart } from './timeline';

/** Where a change of view came from: a gesture on the chart, the overview brush, or code. */
export type ZoomSource = 'gesture' | 'brush' | 'program';

/** Moves the timeline's view; every change goes through the one d3 zoom behaviour so gestures and keys agree. */
export interface TimelineZoom {
  zoomTo(domain: readonly [number, number], source?: ZoomSource): void;
  zoomBy(factor: number): void;
  /** Pans by a share of the visible width (negative goes back in time). */
  panBy(share: number): void;
  /** Pans so the instant is in the middle of the view, keeping the zoom level. */
  centreOn(t: number): void;
  reset(): void;
  onChange(listener: (domain: [number, number], source: ZoomSource) => void): void;
}

const HOUR = 3_600_000;

/**
 * Zoom and pan with the mouse wheel, drag and touch on the plot area (d3-zoom), down to `minSpan` ms across
 * the plot, never beyond the whole chronology.
 */
export function attachZoom(chart: TimelineChart, { minSpan = 6 * HOUR }: { minSpan?: number } = {}): TimelineZoom {
  const { width, bottom } = chart.plot;
  const [f0, f1] = chart.full;
  const base = scaleUtc().domain([f0, f1]).range([0, width]);
  const maxScale = Math.max(1, (f1 - f0) / minSpan);
  const front = select(chart).select<SVGSVGElement>('svg.timeline__front');
  const listeners: ((domain: [number, number], source: ZoomSource) => void)[] = [];
  let pending: ZoomSource | 'initial' | null = null;

  const behaviour = zoom<SVGSVGElement, unknown>()
    .scaleExtent([1, maxScale])
    .extent([[0, 0], [width, bottom]])
    .translateExtent([[0, 0], [width, bottom]])
    .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      const d = event.transform.rescaleX(base).domain();
      const domain: [number, number] = [d[0]!.getTime(), d[1]!.getTime()];
      const source = pending ?? 'gesture';
      pending = null;
      if (source === 'initial') return;
      chart.setDomain(domain);
      for (const l of listeners) l(domain, source);
    });
  front.call(behaviour);

  const transformFor = ([d0, d1]: readonly [number, number]): ZoomTransform => {
    const span = Math.min(f1 - f0, Math.max(minSpan, d1 - d0));
    const start = Math.min(Math.max(f0, (d0 + d1) / 2 - span / 2), f1 - span);
    const k = width / (base(start + span) - base(start));
    return zoomIdentity.scale(k).translate(-base(start), 0);
  };

  const control: TimelineZoom = {
    zoomTo(domain, source = 'program') { pending = source; front.call(behaviour.transform, transformFor(domain)); },
    zoomBy(factor) { pending = 'program'; front.call(behaviour.scaleBy, factor); },
    panBy(share) {
      const k = select(front.node()!).property('__zoom')?.k ?? 1;
      pending = 'program';
      front.call(behaviour.translateBy, (-share * width) / k, 0);
    },
    centreOn(t) { pending = 'program'; front.call(behaviour.translateTo, base(t), bottom / 2); },
    reset() { control.zoomTo(chart.full); },
    onChange(listener) { listeners.push(listener); },
  };
  pending = 'initial';
  front.call(behaviour.transform, transformFor(chart.domain()));
  return control;
}
