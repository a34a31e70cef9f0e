import { create } from 'd3';
import { assessmentKeys, statusKeys } from './layout';

const entries: { key: string; label: string }[] = [
  { key: 'issued', label: 'Issued' },
  { key: 'responded', label: 'Responded to' },
  ...assessmentKeys.map((a) => ({ key: a.key, label: `Assessed: ${a.label.toLowerCase()}` })),
  ...statusKeys.map((s) => ({ key: s.key, label: `Status: ${s.label.toLowerCase()}` })),
];

/** The key to the annual summary chart: one swatch per bar and segment, in the chart's order. */
export function annualSummaryLegend(): HTMLUListElement {
  const ul = create('ul').attr('class', 'annual-summary-legend').attr('aria-label', 'Chart key');
  for (const entry of entries) {
    const li = ul.append('li');
    li.append('svg').attr('width', 14).attr('height', 14).attr('aria-hidden', 'true')
      .append('rect').attr('class', `annual-summary__segment annual-summary__segment--${entry.key}`)
      .attr('x', 0.5).attr('y', 0.5).attr('width', 13).attr('height', 13);
    li.append('span').text(entry.label);
  }
  return ul.node()!;
}
