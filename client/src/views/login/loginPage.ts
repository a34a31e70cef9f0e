import { h } from '../../dom';
import { ApiFailure } from '../../api';
import { logIn } from '../../session';
import { isLocalPath } from '../../router';
import { button, textField, valueOf, whileSubmitting } from '../../components/forms';
import { formErrors } from '../../components/errors';
import { markTitleError, pageHeading, setPageTitle, type PageContext } from '../../components/page';

/** The login page: email and password; afterwards returns to the page that asked for a login. */
export function loginPage({ container, params, navigate }: PageContext): void {
  setPageTitle('Log in');
  const form = h('form', { novalidate: true, class: 'sl-narrow' },
    textField({ name: 'email', label: 'Email address', type: 'email', autocomplete: 'username', spellcheck: false }),
    textField({ name: 'password', label: 'Password', type: 'password', autocomplete: 'current-password' }),
    button('Log in', { type: 'submit' }));
  const errors = formErrors(form, { onShow: () => markTitleError(true) });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const email = valueOf(form, 'email').trim();
    const password = valueOf(form, 'password');
    const missing = [
      !email ? { field: 'email', message: 'Enter your email address' } : null,
      !password ? { field: 'password', message: 'Enter your password' } : null,
    ].filter((p) => p !== null);
    if (missing.length > 0) return errors.show(missing);
    try {
      await whileSubmitting(form, () => logIn(email, password));
      markTitleError(false);
      const next = params.get('next');
      navigate(isLocalPath(next) && !next.startsWith('/login') ? next : '/');
    } catch (err) {
      if (err instanceof ApiFailure && err.status === 401) {
        errors.show([{ field: 'email', message: 'The email address or password is not recognised, or the account is disabled' }]);
      } else errors.showError(err);
    }
  });
  container.append(pageHeading('Log in to Sightline'), form);
}
