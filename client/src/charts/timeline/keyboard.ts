import type { TimelineChart } from './timeline';
import type { TimelineZoom } from './zoom';

/** The keys the focused timeline answers to, for the on-screen hint. */
export const timelineKeys = '+ and − zoom, ← and → move in time, 0 shows everything, ↑ and ↓ select the previous or next entry.';

/**
 * Keyboard control of the focused timeline: + / − zoom, arrows left and right pan, 0 or Home resets, and
 * arrows up and down step the selection through the entries in date order (bringing each into view).
 */
export function attachKeyboard(chart: TimelineChart, zoom: TimelineZoom, onSelect: (id: string) => void): void {
  chart.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const handled = handle(event.key);
    if (handled) event.preventDefault();
  });

  function handle(key: string): boolean {
    switch (key) {
      case '+': case '=': zoom.zoomBy(1.5); return true;
      case '-': case '_': case '−': zoom.zoomBy(1 / 1.5); return true;
      case 'ArrowLeft': zoom.panBy(-0.2); return true;
      case 'ArrowRight': zoom.panBy(0.2); return true;
      case '0': case 'Home': zoom.reset(); return true;
      case 'ArrowDown': return step(1);
      case 'ArrowUp': return step(-1);
      default: return false;
    }
  }

  function step(by: number): boolean {
    const { items } = chart;
    if (items.length === 0) return false;
    const current = items.findIndex((i) => i.id === chart.selected());
    const [d0, d1] = chart.domain();
    const next = current === -1
      ? Math.max(0, items.findIndex((i) => i.end >= d0))
      : Math.min(items.length - 1, Math.max(0, current + by));
    const item = items[next]!;
    const mid = (item.start + Math.max(item.start, item.end)) / 2;
    if (mid < d0 || mid > d1) zoom.centreOn(mid);
    chart.select(item.id);
    onSelect(item.id);
    return true;
  }
}
