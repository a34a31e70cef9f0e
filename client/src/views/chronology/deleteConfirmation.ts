import { h } from '../../dom';
import { button, uniqueId, whileSubmitting } from '../../components/forms';
import { formErrors } from '../../components/errors';
import { isConflict } from '../../components/conflict';

/** What a delete confirmation says and does. */
export interface DeleteConfirmationOptions {
  /** The kind of item in words: "entry", "episode". */
  what: string;
  heading: string;
  /** What is deleted and what stays, one paragraph each. */
  explanation: readonly string[];
  confirmLabel: string;
  /** Sends the delete with the version the reader saw. */
  remove(): Promise<void>;
  onCancel(): void;
  /** Shows the version someone else saved meanwhile. */
  onShowTheirs(): void;
}

/**
 * A confirmation before deleting an item from the chronology: says what goes and what stays, and when
 * someone else changed the item since it was opened (409) says so and offers their version instead.
 */
export function deleteConfirmation(o: DeleteConfirmationOptions): HTMLFormElement {
  const headingId = uniqueId(`delete-${o.what}`);
  const form = h('form', { novalidate: true, class: 'sl-chronology__editor', 'aria-labelledby': headingId, 'data-delete-confirmation': o.what },
    h('h3', { class: 'govuk-heading-m', id: headingId, tabindex: -1 }, o.heading),
    o.explanation.map((text) => h('p', { class: 'govuk-body' }, text)),
    h('div', { class: 'govuk-button-group' }, button(o.confirmLabel, { type: 'submit', variant: 'warning' }), button('Cancel', { variant: 'secondary', onclick: o.onCancel })));
  const errors = formErrors(form);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void whileSubmitting(form, async () => {
      try {
        await o.remove();
      } catch (err) {
        if (!isConflict(err)) return errors.showError(err);
        errors.show([{ message: `Someone else changed this ${o.what} after you opened it, so it has not been deleted. Look at their version before deciding again.` }]);
        form.querySelector('.govuk-error-summary__body')?.append(button('Show their version', { variant: 'secondary', onclick: o.onShowTheirs }));
      }
    });
  });
  return form;
}
