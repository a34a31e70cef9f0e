import { h } from '../dom';

/** A GOV.UK success banner announcing what just happened. */
export function successBanner(text: string): HTMLElement {
  return h('div', { class: 'govuk-notification-banner govuk-notification-banner--success', role: 'alert', tabindex: -1, 'aria-labelledby': 'success-title' },
    h('div', { class: 'govuk-notification-banner__header' },
      h('h2', { class: 'govuk-notification-banner__title', id: 'success-title' }, 'Success')),
    h('div', { class: 'govuk-notification-banner__content' }, h('p', { class: 'govuk-notification-banner__heading' }, text)));
}

/** An inset message for read-only views ("Your role can view but not change ..."). */
export function insetText(text: string): HTMLElement {
  return h('div', { class: 'govuk-inset-text' }, text);
}

/** A short status message read out by screen readers without moving focus. */
export function liveStatus(): { el: HTMLElement; say(text: string): void } {
  const el = h('p', { class: 'govuk-body sl-status', role: 'status' });
  return { el, say: (text) => { el.textContent = text; } };
}
