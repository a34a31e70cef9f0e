// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { annualSummaryChart } from '../../../client/src/charts/annualSummary/annualSummaryChart';
import { annualSummaryLegend } from '../../../client/src/charts/annualSummary/legend';
import type { AnnualSummaryYear } from '../../../client/src/charts/annualSummary/layout';

const data: AnnualSummaryYear[] = [
  { year: 2024, issued: 2, responded: 2, assessments: { adequate: 1, partially_adequate: 1 }, statuses: { closed: 1, open: 1 } },
  { year: 2025, issued: 4, responded: 1, assessments: { not_adequate: 1, awaiting_response: 3 }, statuses: { open: 3, superseded: 1 } },
];

/** Serialises an element with numbers rounded to one decimal, so snapshots do not depend on float noise. */
function snapshot(el: Element): string {
  return el.outerHTML.replace(/-?\d+\.\d{2,}/g, (n) => String(Math.round(Number(n) * 10) / 10)).replace(/></g, '>\n<');
}

describe('annualSummaryChart', () => {
  it('renders grouped bars per year with stacked assessments and statuses as SVG', () => {
    expect(snapshot(annualSummaryChart(data, { width: 600, height: 200 }))).toMatchSnapshot();
  });

  it('stacks segments without gaps, so a stack reaches the same height as the issued bar', () => {
    const chart = annualSummaryChart(data, { width: 360, height: 200 });
    const year = chart.querySelector('[data-year="2025"]')!;
    const top = (series: string) => Math.min(...[...year.querySelectorAll(`.annual-summary__bar--${series} rect`)].map((r) => Number(r.getAttribute('y'))));
    const extent = (series: string) => [...year.querySelectorAll(`.annual-summary__bar--${series} rect`)]
      .reduce((sum, r) => sum + Number(r.getAttribute('height')), 0);
    expect(top('assessment')).toBeCloseTo(top('issued'), 6);
    expect(top('status')).toBeCloseTo(top('issued'), 6);
    expect(extent('assessment')).toBeCloseTo(extent('issued'), 6);
    expect([...year.querySelectorAll('title')].map((t) => t.textContent)).toEqual([
      '2025, issued: 4', '2025, responded to: 1', '2025, by assessment: 1 not adequate, 3 awaiting response', '2025, by status: 3 open, 1 superseded',
    ]);
  });

  it('labels the y axis in whole numbers only, even when every count is small', () => {
    const chart = annualSummaryChart([{ year: 2026, issued: 1, responded: 0, assessments: { awaiting_response: 1 }, statuses: { open: 1 } }], { width: 200 });
    expect([...chart.querySelectorAll('.annual-summary__axis--y .tick text')].map((t) => t.textContent)).toEqual(['0', '1']);
  });

  it('names each bar under it when the bars are wide enough, and leaves naming to the key when they are not', () => {
    const wide = annualSummaryChart(data, { width: 720 });
    expect([...wide.querySelectorAll('[data-year="2024"] .annual-summary__series')].map((t) => t.textContent)).toEqual(['Issued', 'Responded', 'Assessed', 'Status']);
    expect(annualSummaryChart(data, { width: 360 }).querySelectorAll('.annual-summary__series')).toHaveLength(0);
  });

  it('draws an empty plot with its axes when nothing has been issued', () => {
    const chart = annualSummaryChart([], { width: 200 });
    expect(chart.querySelectorAll('rect')).toHaveLength(0);
    expect(chart.getAttribute('aria-label')).toBe('Recommendations by year of issue');
  });
});

describe('annualSummaryLegend', () => {
  it('lists a swatch for each bar and segment in the chart order', () => {
    expect([...annualSummaryLegend().querySelectorAll('span')].map((s) => s.textContent)).toEqual([
      'Issued', 'Responded to', 'Assessed: adequate', 'Assessed: partially adequate', 'Assessed: not adequate', 'Assessed: awaiting response',
      'Status: closed', 'Status: open', 'Status: superseded',
    ]);
  });
});
