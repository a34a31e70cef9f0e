import { h } from '../dom';
import { ApiFailure } from '../api';

/** One problem to show: the API field it concerns (if any) and what is wrong. */
export interface Problem { field?: string; message: string }

/** Turns anything a call can throw into problems: field-level ones when the server named fields. */
export function problemsOf(err: unknown): Problem[] {
  if (err instanceof ApiFailure) {
    const fields = Object.entries(err.fieldErrors);
    if (fields.length > 0) return fields.map(([field, message]) => ({ field, message }));
    return [{ message: sentence(err.message) }];
  }
  if (err instanceof TypeError) return [{ message: 'The server could not be reached. Check your connection and try again.' }];
  return [{ message: err instanceof Error ? sentence(err.message) : 'Something went wrong. Try again.' }];
}

function sentence(text: string): string {
  const t = text.trim();
  return t ? t[0]!.toUpperCase() + t.slice(1) : 'Something went wrong. Try again.';
}

/** Finds the control for an API field path, trying `a[1].b`, then `a[1]`, then `a`. */
export function controlFor(form: HTMLElement, field: string): HTMLElement | null {
  for (let path = field; path; path = path.replace(/(\.[^.[\]]+|\[\d+\])$/, '')) {
    const el = form.querySelector<HTMLElement>(`[name="${CSS.escape(path)}"]`);
    if (el) return el;
    if (!/(\.[^.[\]]+|\[\d+\])$/.test(path)) break;
  }
  return null;
}

function labelFor(control: HTMLElement): string {
  const label = control.id ? control.ownerDocument.querySelector(`label[for="${CSS.escape(control.id)}"]`) : null;
  return label?.textContent?.trim() ?? '';
}

/** Client messages are whole sentences ("Enter a title"); server ones name the field's problem ("must not be empty"). */
function joined(label: string, message: string): string {
  if (!label || /^[A-Z]/.test(message)) return sentence(message);
  return /^(must|may|is|are|should)\b/.test(message) ? `${label} ${message}` : `${label}: ${message}`;
}

/** Shows and clears a form's errors: a GOV.UK error summary that takes focus, and messages by each field. */
export function formErrors(form: HTMLFormElement, options: { onShow?: () => void } = {}) {
  const marked: HTMLElement[] = [];
  let summary: HTMLElement | null = null;

  function clear(): void {
    summary?.remove();
    summary = null;
    for (const group of marked) {
      group.classList.remove('govuk-form-group--error');
      group.querySelectorAll('.govuk-error-message').forEach((m) => m.remove());
      group.querySelectorAll('.govuk-input--error, .govuk-select--error, .govuk-textarea--error').forEach((c) => {
        c.classList.remove('govuk-input--error', 'govuk-select--error', 'govuk-textarea--error');
        const described = (c.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && !id.endsWith('-error')).join(' ');
        if (described) c.setAttribute('aria-describedby', described); else c.removeAttribute('aria-describedby');
      });
    }
    marked.length = 0;
  }

  function markField(control: HTMLElement, text: string): void {
    const group = control.closest<HTMLElement>('.govuk-form-group') ?? control.parentElement!;
    const errorId = `${control.id}-error`;
    if (group.querySelector(`#${CSS.escape(errorId)}`)) return;
    group.classList.add('govuk-form-group--error');
    const kind = control.tagName === 'SELECT' ? 'select' : control.tagName === 'TEXTAREA' ? 'textarea' : 'input';
    control.classList.add(`govuk-${kind}--error`);
    control.setAttribute('aria-describedby', [control.getAttribute('aria-describedby'), errorId].filter(Boolean).join(' '));
    control.before(h('p', { class: 'govuk-error-message', id: errorId }, h('span', { class: 'govuk-visually-hidden' }, 'Error: '), text));
    marked.push(group);
  }

  /** Replaces the shown errors with these, moving focus to the summary. */
  function show(problems: Problem[]): void {
    clear();
    const items = problems.map((p) => {
      const control = p.field ? controlFor(form, p.field) : null;
      const text = joined(control ? labelFor(control) : p.field ?? '', p.message);
      if (control) {
        markField(control, text);
        const link = h('a', { href: `#${control.id}` }, text);
        link.addEventListener('click', (e) => { e.preventDefault(); control.focus(); });
        return h('li', {}, link);
      }
      return h('li', {}, text);
    });
    summary = h('div', { class: 'govuk-error-summary', tabindex: -1 },
      h('div', { role: 'alert' },
        h('h2', { class: 'govuk-error-summary__title' }, 'There is a problem'),
        h('div', { class: 'govuk-error-summary__body' }, h('ul', { class: 'govuk-list govuk-error-summary__list' }, items))));
    form.prepend(summary);
    summary.focus();
    options.onShow?.();
  }

  return { show, clear, showError: (err: unknown) => show(problemsOf(err)) };
}

/** The errors controller of one form. */
export type FormErrors = ReturnType<typeof formErrors>;
