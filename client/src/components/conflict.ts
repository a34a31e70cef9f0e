import { h } from '../dom';
import { ApiFailure } from '../api';
import { button } from './forms';
import { table } from './tables';
import type { ChangedField } from './changes';

/** True when a call was refused because the record changed since it was loaded (409). */
export function isConflict(err: unknown): err is ApiFailure {
  return err instanceof ApiFailure && err.status === 409;
}

/**
 * Explains that someone else saved a newer version: their values next to yours, and a button to reload theirs.
 * Takes focus so screen-reader users hear it at once.
 */
export function conflictNotice(o: { what: string; changes: ChangedField[]; onReload: () => void }): HTMLElement {
  const body = o.changes.length > 0
    ? [
      h('p', { class: 'govuk-body' }, 'Your changes have not been saved. These are the values they saved, next to yours:'),
      table({
        classes: 'sl-conflict__table',
        caption: 'Values saved by someone else',
        head: ['Field', 'Their value', 'Your value'],
        rows: o.changes.map((c) => [c.label, c.theirs, c.mine]),
      }),
    ]
    : [h('p', { class: 'govuk-body' }, 'Your changes have not been saved. Their version has the same values as yours in this form, but other details changed.')];
  const notice = h('div', { class: 'govuk-error-summary sl-conflict', tabindex: -1, 'data-conflict': '' },
    h('div', { role: 'alert' },
      h('h2', { class: 'govuk-error-summary__title' }, `Someone else changed this ${o.what} while you were editing it`),
      h('div', { class: 'govuk-error-summary__body' },
        body,
        h('p', { class: 'govuk-body' }, 'Reloading shows their version; your edits in this form will be replaced, so copy anything you want to keep first.'),
        button('Reload their version', { variant: 'secondary', onclick: o.onReload }))));
  queueMicrotask(() => notice.focus());
  return notice;
}
