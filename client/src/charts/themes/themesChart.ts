import { create, format, scaleLinear, axisTop } from 'd3';
import { themesLayout } from './themesLayout';
import type { ThemeCount } from '../../../../schema/contracts/publication';

/** Options of the themes chart: sizes and margins, the number of published reviews, and an accessible title. */
export interface ThemesChartOptions {
  width?: number;
  labelWidth?: number;
  barHeight?: number;
  gap?: number;
  marginTop?: number;
  marginRight?: number;
  marginBottom?: number;
  total: number;
  title: string;
}

/**
 * A horizontal bar chart of how many published reviews each theme appears in, most frequent first, labelled
 * with the theme and "n of N reviews". The SVG is named by its title; the page gives a table alternative.
 */
export function themesChart(data: readonly ThemeCount[], options: ThemesChartOptions): SVGSVGElement {
  const { width = 640, labelWidth = 340, barHeight = 22, gap = 8, marginTop = 24, marginRight = 90, marginBottom = 8, total, title } = options;
  const layout = themesLayout(data, { width: width - marginRight, labelWidth, barHeight, gap, total });
  const height = marginTop + layout.height + marginBottom;
  const x = scaleLinear().domain([0, Math.max(1, total)]).range([labelWidth, labelWidth + layout.barSpace]);

  const svg = create('svg')
    .attr('class', 'themes-chart')
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('width', width)
    .attr('height', height)
    .attr('role', 'img')
    .attr('aria-label', title);
  svg.append('title').text(title);

  svg.append('g')
    .attr('class', 'themes-chart__axis')
    .attr('transform', `translate(0,${marginTop - 4})`)
    .attr('aria-hidden', 'true')
    .call(axisTop(x).ticks(Math.min(5, Math.max(1, total))).tickFormat(format('d')).tickSizeOuter(0));

  const row = svg.append('g')
    .attr('transform', `translate(0,${marginTop})`)
    .selectAll('g')
    .data(layout.bars)
    .join('g')
    .attr('class', 'themes-chart__row')
    .attr('data-key', (d) => d.key)
    .attr('transform', (d) => `translate(0,${d.y})`);
  row.append('text')
    .attr('class', 'themes-chart__label')
    .attr('x', labelWidth - 8)
    .attr('y', barHeight / 2)
    .attr('dy', '0.35em')
    .attr('text-anchor', 'end')
    .text((d) => d.label);
  row.append('rect')
    .attr('class', 'themes-chart__bar')
    .attr('x', labelWidth)
    .attr('height', barHeight)
    .attr('width', (d) => d.width);
  row.append('text')
    .attr('class', 'themes-chart__value')
    .attr('x', (d) => labelWidth + d.width + 6)
    .attr('y', barHeight / 2)
    .attr('dy', '0.35em')
    .text((d) => `${d.reviews} of ${total}`);
  return svg.node()!;
}
