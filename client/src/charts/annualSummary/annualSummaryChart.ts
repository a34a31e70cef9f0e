import { axisBottom, axisLeft, create, scaleBand, scaleLinear } from 'd3';
import './annualSummary.scss';
import { describeBar, summaryLayout, summarySeries, type AnnualSummaryYear, type SummaryBar } from './layout';

interface YearBar { bar: SummaryBar; year: number }

/** Sizes and wording of the annual summary chart; every size is in CSS pixels. */
export interface AnnualSummaryOptions {
  width: number;
  height?: number;
  marginTop?: number;
  marginRight?: number;
  marginBottom?: number;
  marginLeft?: number;
  /** Space between years, as a fraction of a year's band. */
  yearPadding?: number;
  /** Space between the bars of a year, as a fraction of a bar's band. */
  barPadding?: number;
  /** The chart's accessible name. */
  label?: string;
  /** Below this bar width (px) the bars are not labelled by series, and the key alone names them. */
  minLabelledBar?: number;
}

const shortLabels: Record<string, string> = { issued: 'Issued', responded: 'Responded', assessment: 'Assessed', status: 'Status' };

/**
 * Draws the annual summary of the recommendation register as grouped bars: per year of issue, the
 * recommendations issued, those responded to, and stacks by assessment and by status. Each bar has a
 * title in words; a table of the same numbers goes beside it for screen readers.
 */
export function annualSummaryChart(data: readonly AnnualSummaryYear[], options: AnnualSummaryOptions): SVGSVGElement {
  const {
    width, height = 240, marginTop = 18, marginRight = 8, marginBottom = 40, marginLeft = 36,
    yearPadding = 0.25, barPadding = 0.12, label = 'Recommendations by year of issue', minLabelledBar = 44,
  } = options;
  const layout = summaryLayout(data);

  const x = scaleBand<number>().domain(layout.years.map((y) => y.year)).range([marginLeft, width - marginRight]).paddingInner(yearPadding).paddingOuter(yearPadding / 2);
  const inner = scaleBand<string>().domain(summarySeries.map((s) => s.series)).range([0, x.bandwidth()]).padding(barPadding);
  const y = scaleLinear().domain([0, Math.max(1, layout.max)]).nice().range([height - marginBottom, marginTop]);
  const ticks = y.ticks(Math.min(5, Math.max(1, layout.max))).filter(Number.isInteger);
  const labelled = inner.bandwidth() >= minLabelledBar;

  const svg = create('svg')
    .attr('class', 'annual-summary')
    .attr('width', width)
    .attr('height', height)
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('role', 'img')
    .attr('aria-label', label);

  svg.append('g')
    .attr('class', 'annual-summary__axis annual-summary__axis--y')
    .attr('transform', `translate(${marginLeft},0)`)
    .call(axisLeft(y).tickValues(ticks).tickFormat((v) => String(v)).tickSizeOuter(0))
    .call((g) => g.selectAll('.tick line').clone().attr('class', 'annual-summary__grid').attr('x2', width - marginLeft - marginRight));

  svg.append('g')
    .attr('class', 'annual-summary__axis annual-summary__axis--x')
    .attr('transform', `translate(0,${height - marginBottom})`)
    .call(axisBottom(x).tickFormat((v) => String(v)).tickSizeOuter(0).tickSize(0).tickPadding(labelled ? 20 : 6));

  const years = svg.append('g').attr('class', 'annual-summary__years')
    .selectAll('g')
    .data(layout.years)
    .join('g')
    .attr('class', 'annual-summary__year')
    .attr('data-year', (d) => d.year)
    .attr('transform', (d) => `translate(${x(d.year)},0)`);

  const bars = years.selectAll<SVGGElement, YearBar>('g')
    .data((d) => d.bars.map((bar): YearBar => ({ bar, year: d.year })))
    .join('g')
    .attr('class', (d) => `annual-summary__bar annual-summary__bar--${d.bar.series}`)
    .attr('transform', (d) => `translate(${inner(d.bar.series)},0)`);

  bars.append('title').text((d) => describeBar(d.year, d.bar));

  bars.selectAll('rect')
    .data((d) => d.bar.segments.map((s) => ({ ...s, series: d.bar.series })))
    .join('rect')
    .attr('class', (s) => `annual-summary__segment annual-summary__segment--${s.series === 'assessment' || s.series === 'status' ? s.key : s.series}`)
    .attr('x', 0)
    .attr('width', inner.bandwidth())
    .attr('y', (s) => y(s.end))
    .attr('height', (s) => Math.max(0, y(s.start) - y(s.end)));

  if (labelled) {
    bars.append('text')
      .attr('class', 'annual-summary__series')
      .attr('x', inner.bandwidth() / 2)
      .attr('y', height - marginBottom + 13)
      .attr('aria-hidden', 'true')
      .text((d) => shortLabels[d.bar.series] ?? d.bar.label);
  }

  bars.append('text')
    .attr('class', 'annual-summary__total')
    .attr('x', inner.bandwidth() / 2)
    .attr('y', (d) => y(d.bar.total) - 3)
    .attr('aria-hidden', 'true')
    .text((d) => d.bar.total);

  return svg.node()!;
}
