import { h } from '../dom';

/**
 * The "On this page" list of a tab's sections. Following a link moves focus to the section's heading, so keyboard
 * and screen-reader users land where sighted users look; `heading: false` leaves out the list's own heading.
 */
export function pageContents(container: HTMLElement, sections: readonly (readonly [string, string])[], options: { heading?: boolean } = {}): HTMLElement {
  const jump = (event: Event, id: string) => {
    event.preventDefault();
    const target = container.querySelector<HTMLElement>(`#${id} h2`);
    target?.setAttribute('tabindex', '-1');
    target?.scrollIntoView();
    target?.focus();
  };
  return h('nav', { class: 'sl-contents', 'aria-label': 'On this page' },
    options.heading === false ? null : h('h2', { class: 'govuk-heading-s' }, 'On this page'),
    h('ul', { class: 'govuk-list' }, sections.map(([id, label]) =>
      h('li', {}, h('a', { class: 'govuk-link', href: `#${id}`, onclick: (e: Event) => jump(e, id) }, label)))));
}
