// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { themesLayout } from '../../../client/src/charts/themes/themesLayout';
import type { ThemeCount } from '../../../schema/contracts/publication';
import { themesChart } from '../../../client/src/charts/themes/themesChart';

const themes: ThemeCount[] = [
  { key: 'training', label: 'Training and development', reviews: 1, items: 1 },
  { key: 'workload', label: 'Workload, caseloads, staffing and turnover', reviews: 3, items: 5 },
  { key: 'supervision', label: 'Supervision, reflection and seeking help', reviews: 1, items: 2 },
];

describe('themesLayout', () => {
  it('orders themes by reviews then items, and sizes bars as a share of all reviews', () => {
    const { bars, height, barSpace } = themesLayout(themes, { width: 500, labelWidth: 100, barHeight: 20, gap: 5, total: 4 });
    expect(barSpace).toBe(400);
    expect(height).toBe(70);
    expect(bars.map((b) => [b.key, b.y, b.width, b.share])).toEqual([
      ['workload', 0, 300, 0.75],
      ['supervision', 25, 100, 0.25],
      ['training', 50, 100, 0.25],
    ]);
  });

  it('needs no height for no themes and never divides by zero reviews', () => {
    expect(themesLayout([], { width: 300, labelWidth: 100, barHeight: 20, gap: 5, total: 0 })).toEqual({ bars: [], height: 0, barSpace: 200 });
    const { bars } = themesLayout([{ key: 'a', label: 'A', reviews: 0, items: 0 }], { width: 300, labelWidth: 100, barHeight: 20, gap: 5, total: 0 });
    expect(bars[0]!.width).toBe(0);
  });
});

describe('themesChart', () => {
  it('draws one labelled bar per theme with "n of N" and names the SVG by its title', () => {
    const svg = themesChart(themes, { width: 600, labelWidth: 200, total: 4, title: 'Factor categories across published reviews' });
    expect(svg.getAttribute('aria-label')).toBe('Factor categories across published reviews');
    const rows = [...svg.querySelectorAll('.themes-chart__row')];
    expect(rows.map((r) => r.getAttribute('data-key'))).toEqual(['workload', 'supervision', 'training']);
    expect(rows.map((r) => r.querySelector('.themes-chart__value')!.textContent)).toEqual(['3 of 4', '1 of 4', '1 of 4']);
    expect(rows.map((r) => Number(r.querySelector('rect')!.getAttribute('width')))).toEqual([232.5, 77.5, 77.5]);
    expect(rows[0]!.querySelector('.themes-chart__label')!.textContent).toBe('Workload, caseloads, staffing and turnover');
  });
});
