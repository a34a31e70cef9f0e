import { h } from '../dom';

/** Sets the browser tab title, most specific part first: "Overview – DEMO-1 – Sightline". */
export function setPageTitle(...parts: string[]): void {
  document.title = [...parts.filter(Boolean), 'Sightline'].join(' – ');
}

/** Marks the title as showing errors (GOV.UK pattern), or removes the mark. */
export function markTitleError(on: boolean): void {
  const clean = document.title.replace(/^Error: /, '');
  document.title = on ? `Error: ${clean}` : clean;
}

/** The page's main heading; focusable so navigation can move focus to it. */
export function pageHeading(text: string, caption?: string): HTMLElement {
  return h('h1', { class: 'govuk-heading-xl', tabindex: -1, 'data-page-heading': '' },
    caption ? h('span', { class: 'govuk-caption-l' }, caption) : null, text);
}

/** What a page receives from the shell. */
export interface PageContext {
  /** The element the page renders into; discarded when the page changes. */
  container: HTMLElement;
  /** Query parameters of the current URL. */
  params: URLSearchParams;
  /** Goes to another client path. */
  navigate(path: string): void;
}

/** A rendered page: it may clean up when left, and may take over a new URL itself (returning true). */
export interface Page {
  cleanup?(): void;
  update?(pathname: string, params: URLSearchParams): boolean;
}

/** A message for a failed load, in place of the page content. */
export function loadFailure(container: HTMLElement, heading: string, message: string): void {
  container.replaceChildren(
    h('h1', { class: 'govuk-heading-xl', tabindex: -1, 'data-page-heading': '' }, heading),
    h('p', { class: 'govuk-body' }, message),
    h('p', { class: 'govuk-body' }, h('a', { class: 'govuk-link', href: '/' }, 'Go to your investigations')));
}
