import type { TaxonomyCategory } from '../../../../schema/taxonomy';
import { h } from '../../dom';

/** A category's description and the questions that help keep asking "why", as the taxonomy gives them. */
export function categoryPrompts(category: TaxonomyCategory | undefined): HTMLElement | null {
  if (!category) return null;
  return h('div', { class: 'sl-prompts__box' },
    h('h4', { class: 'govuk-heading-s' }, `Questions to ask: ${category.label}`),
    h('p', { class: 'govuk-body-s' }, category.description),
    h('ul', { class: 'govuk-list govuk-list--bullet govuk-body-s' }, category.prompts.map((p) => h('li', {}, p))));
}
