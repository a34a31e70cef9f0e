import { h } from '../../dom';
import { button, whileSubmitting } from '../../components/forms';
import { formErrors, type FormErrors } from '../../components/errors';
import { warningsList } from './languageFlags';
import type { CheckResult } from '../../../../schema/contracts/analysis';

/** What an editor form in the Findings tab is made of. */
export interface EditorShellOptions {
  kind: 'finding' | 'recommendation';
  heading: string;
  flags: readonly CheckResult[];
  fields: HTMLElement | HTMLElement[];
  saveLabel: string;
  deleteLabel: string | null;
  onCancel: () => void;
  onDelete: () => void;
  read: (form: HTMLFormElement) => Record<string, unknown>;
  save: (values: Record<string, unknown>, errors: FormErrors) => Promise<void>;
}

/** The form shared by the finding and recommendation editors: heading, language warnings, fields, buttons, error summary. */
export function editorShell(o: EditorShellOptions): { form: HTMLFormElement; errors: FormErrors } {
  const form = h('form', { novalidate: true, class: 'sl-editor', 'aria-label': o.heading, 'data-editor': o.kind },
    h('h3', { class: 'govuk-heading-m', tabindex: -1, 'data-editor-heading': '' }, o.heading),
    warningsList(o.flags),
    o.fields,
    h('div', { class: 'govuk-button-group' },
      button(o.saveLabel, { type: 'submit' }),
      button('Cancel', { variant: 'secondary', onclick: o.onCancel }),
      o.deleteLabel ? button(o.deleteLabel, { variant: 'warning', onclick: o.onDelete }) : null));
  const errors = formErrors(form);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    errors.clear();
    const values = o.read(form);
    void whileSubmitting(form, () => o.save(values, errors));
  });
  return { form, errors };
}
