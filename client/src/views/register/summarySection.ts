import type { AnnualSummary } from '../../../../schema/contracts/findings';
import { h, replace } from '../../dom';
import { annualSummaryChart } from '../../charts/annualSummary/annualSummaryChart';
import { annualSummaryLegend } from '../../charts/annualSummary/legend';
import { assessmentKeys, statusKeys } from '../../charts/annualSummary/layout';
import { table } from '../../components/tables';

/** The annual summary as a table of numbers: the chart's text alternative. */
export function summaryTable(years: readonly AnnualSummary[]): HTMLElement {
  const a = (y: AnnualSummary, k: string) => String((y.assessments as Record<string, number>)[k] ?? 0);
  const s = (y: AnnualSummary, k: string) => String((y.statuses as Record<string, number>)[k] ?? 0);
  return table({
    caption: 'Recommendations by year of issue', showCaption: true, classes: 'sl-register__summary-table',
    head: ['Year', 'Issued', 'Responded to', ...assessmentKeys.map((k) => k.label), ...statusKeys.map((k) => k.label), 'Overdue'],
    rows: years.map((y) => [String(y.year), String(y.issued), String(y.responded),
      ...assessmentKeys.map((k) => a(y, k.key)), ...statusKeys.map((k) => s(y, k.key)), String(y.overdue)]),
    empty: 'No recommendation has been issued yet.',
  });
}

/**
 * The annual review: a small chart per year of issue (issued, responded to, by assessment, by status)
 * with its key, and the same numbers as a table. The table is what screen readers read (the chart is
 * hidden from them); sighted readers can show it too.
 */
export function summarySection(years: readonly AnnualSummary[], width: number): HTMLElement {
  const tableHost = h('div', { class: years.length > 0 ? 'govuk-visually-hidden' : '', id: 'summary-table' }, h('div', { class: 'sl-register__scroll' }, summaryTable(years)));
  const toggle = h('button', { type: 'button', class: 'sl-link-button govuk-link', 'aria-controls': 'summary-table', 'aria-expanded': 'false' },
    'Show the numbers as a table');
  toggle.addEventListener('click', () => {
    const shown = tableHost.classList.toggle('govuk-visually-hidden') === false;
    toggle.setAttribute('aria-expanded', String(shown));
    replace(toggle, shown ? 'Hide the table' : 'Show the numbers as a table');
  });
  const chart = years.length > 0 ? annualSummaryChart(years, { width: Math.max(280, Math.min(width, 720)), height: 220 }) : null;
  chart?.setAttribute('aria-hidden', 'true');
  return h('section', { class: 'sl-section sl-register__summary', 'aria-labelledby': 'summary-heading' },
    h('h2', { class: 'govuk-heading-l', id: 'summary-heading' }, 'Annual summary'),
    h('p', { class: 'govuk-body' }, 'Recommendations matching the filters, counted by the year they were issued: how many received a response, the assessment of the latest response, and their status.'),
    chart ? [h('div', { 'aria-hidden': 'true' }, annualSummaryLegend()), h('div', { class: 'sl-register__chart' }, chart), h('p', { class: 'govuk-body' }, toggle)] : null,
    tableHost);
}
