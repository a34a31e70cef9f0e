import { h } from '../../dom';
import { table } from '../../components/tables';
import { themesChart } from '../../charts/themes/themesChart';
import type { LibraryThemes, ThemeCount } from '../../../../schema/contracts/publication';

function themeBlock(title: string, counts: ThemeCount[], total: number, width: number): HTMLElement {
  return h('div', { class: 'sl-theme-block' },
    h('h3', { class: 'govuk-heading-s' }, title),
    counts.length === 0 ? h('p', { class: 'govuk-body sl-empty' }, 'None recorded yet.') : [
      h('figure', { class: 'sl-theme-figure' }, themesChart(counts, { total, title: `${title}: number of published reviews`, width })),
      h('details', { class: 'govuk-details' },
        h('summary', { class: 'govuk-details__summary' }, h('span', { class: 'govuk-details__summary-text' }, `${title} as a table`)),
        h('div', { class: 'govuk-details__text' }, table({
          caption: title, head: ['Theme', 'Reviews', 'Items'],
          rows: counts.map((c) => [c.label, String(c.reviews), String(c.items)]),
        }))),
    ]);
}

/** Themes across published reviews: factor levels and categories, and what recommendations address, as charts and tables. */
export function themesSection(themes: LibraryThemes, width: number): HTMLElement {
  return h('section', { class: 'sl-library-section', 'aria-labelledby': 'themes-heading' },
    h('h2', { class: 'govuk-heading-l', id: 'themes-heading' }, 'Themes across reviews'),
    h('p', { class: 'govuk-body' }, `How many of the ${themes.reviews} published ${themes.reviews === 1 ? 'review' : 'reviews'} `
      + 'identified contributory factors at each level and in each category.'),
    themeBlock('Factor levels', themes.factorLevels, themes.reviews, width),
    themeBlock('Factor categories', themes.factorCategories, themes.reviews, width),
    themeBlock('Recommendations by the factor categories behind them', themes.recommendationsByFindingCategory, themes.reviews, width));
}
