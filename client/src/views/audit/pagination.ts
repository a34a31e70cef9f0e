import { h } from '../../dom';

/** GOV.UK pagination: Previous, numbered pages around the current one (with gaps), Next; nothing for a single page. */
export function pagination(current: number, pages: number, href: (page: number) => string): HTMLElement | null {
  if (pages <= 1) return null;
  const numbers = [...new Set([1, current - 1, current, current + 1, pages])].filter((n) => n >= 1 && n <= pages).sort((a, b) => a - b);
  const items: HTMLElement[] = [];
  numbers.forEach((n, i) => {
    if (i > 0 && n - numbers[i - 1]! > 1) items.push(h('li', { class: 'govuk-pagination__item govuk-pagination__item--ellipses' }, '⋯'));
    items.push(h('li', { class: `govuk-pagination__item${n === current ? ' govuk-pagination__item--current' : ''}` },
      h('a', { class: 'govuk-link govuk-pagination__link', href: href(n), 'aria-label': `Page ${n}`, 'aria-current': n === current ? 'page' : null }, String(n))));
  });
  return h('nav', { class: 'govuk-pagination', 'aria-label': 'Pages of the audit log' },
    current > 1 ? h('div', { class: 'govuk-pagination__prev' },
      h('a', { class: 'govuk-link govuk-pagination__link', href: href(current - 1), rel: 'prev' }, h('span', { class: 'govuk-pagination__link-title' }, 'Previous'))) : null,
    h('ul', { class: 'govuk-pagination__list' }, items),
    current < pages ? h('div', { class: 'govuk-pagination__next' },
      h('a', { class: 'govuk-link govuk-pagination__link', href: href(current + 1), rel: 'next' }, h('span', { class: 'govuk-pagination__link-title' }, 'Next'))) : null);
}
