/**
 * The annual summary as bars, in counts (no pixels): for each year of issue, one bar for the
 * recommendations issued, one for those that received a response, one stacked by the assessment of
 * the latest response and one stacked by status. Pure, so the chart and its table read the same numbers.
 */

/** One year of the register's annual summary, as the chart needs it. */
export interface AnnualSummaryYear {
  year: number;
  issued: number;
  responded: number;
  assessments: Partial<Record<string, number>>;
  statuses: Partial<Record<string, number>>;
}

/** Which bar of a year: issued, responded, or a stack by assessment or by status. */
export type SummarySeries = 'issued' | 'responded' | 'assessment' | 'status';

/** One piece of a bar: `start` and `end` are counts from the baseline. */
export interface SummarySegment {
  key: string;
  label: string;
  value: number;
  start: number;
  end: number;
}

/** One bar: its series, the total it reaches and its non-empty segments, bottom first. */
export interface SummaryBar {
  series: SummarySeries;
  label: string;
  total: number;
  segments: SummarySegment[];
}

/** One year's group of bars. */
export interface SummaryYearBars {
  year: number;
  bars: SummaryBar[];
}

/** The bars of every year, oldest first, with the largest total to size the scale. */
export interface SummaryLayout {
  years: SummaryYearBars[];
  max: number;
}

/** The bars of a year, in drawing order, with their labels. */
export const summarySeries: { series: SummarySeries; label: string }[] = [
  { series: 'issued', label: 'Issued' },
  { series: 'responded', label: 'Responded to' },
  { series: 'assessment', label: 'By assessment' },
  { series: 'status', label: 'By status' },
];

/** The segments of the assessment stack, bottom first. */
export const assessmentKeys: { key: string; label: string }[] = [
  { key: 'adequate', label: 'Adequate' },
  { key: 'partially_adequate', label: 'Partially adequate' },
  { key: 'not_adequate', label: 'Not adequate' },
  { key: 'awaiting_response', label: 'Awaiting response' },
];

/** The segments of the status stack, bottom first. */
export const statusKeys: { key: string; label: string }[] = [
  { key: 'closed', label: 'Closed' },
  { key: 'open', label: 'Open' },
  { key: 'superseded', label: 'Superseded' },
];

function count(value: number | undefined): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
}

function stack(series: SummarySeries, label: string, keys: { key: string; label: string }[], counts: Partial<Record<string, number>>): SummaryBar {
  let end = 0;
  const segments: SummarySegment[] = [];
  for (const k of keys) {
    const value = count(counts[k.key]);
    if (value === 0) continue;
    segments.push({ key: k.key, label: k.label, value, start: end, end: end + value });
    end += value;
  }
  return { series, label, total: end, segments };
}

function single(series: SummarySeries, label: string, value: number): SummaryBar {
  const v = count(value);
  return { series, label, total: v, segments: v === 0 ? [] : [{ key: series, label, value: v, start: 0, end: v }] };
}

/** Lays out the summary: years in ascending order (a year listed twice is merged), negative or missing counts as zero. */
export function summaryLayout(data: readonly AnnualSummaryYear[]): SummaryLayout {
  const merged = new Map<number, AnnualSummaryYear>();
  for (const d of data) {
    const seen = merged.get(d.year);
    if (!seen) { merged.set(d.year, { ...d, assessments: { ...d.assessments }, statuses: { ...d.statuses } }); continue; }
    seen.issued = count(seen.issued) + count(d.issued);
    seen.responded = count(seen.responded) + count(d.responded);
    for (const [k, v] of Object.entries(d.assessments)) seen.assessments[k] = count(seen.assessments[k]) + count(v);
    for (const [k, v] of Object.entries(d.statuses)) seen.statuses[k] = count(seen.statuses[k]) + count(v);
  }
  const years = [...merged.values()].sort((a, b) => a.year - b.year).map((d) => ({
    year: d.year,
    bars: [
      single('issued', 'Issued', d.issued),
      single('responded', 'Responded to', d.responded),
      stack('assessment', 'By assessment', assessmentKeys, d.assessments),
      stack('status', 'By status', statusKeys, d.statuses),
    ],
  }));
  const max = Math.max(0, ...years.flatMap((y) => y.bars.map((b) => b.total)));
  return { years, max };
}

/** One bar in words, for titles and screen readers: "2024, by assessment: 2 adequate, 1 awaiting response". */
export function describeBar(year: number, bar: SummaryBar): string {
  if (bar.series === 'issued' || bar.series === 'responded') return `${year}, ${bar.label.toLowerCase()}: ${bar.total}`;
  const parts = bar.segments.map((s) => `${s.value} ${s.label.toLowerCase()}`);
  return `${year}, ${bar.label.toLowerCase()}: ${parts.length ? parts.join(', ') : 'none'}`;
}
