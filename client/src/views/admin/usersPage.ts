import type { User } from '../../../../schema/contracts/accounts';
import { h } from '../../dom';
import { api } from '../../api';
import { currentUser } from '../../session';
import { collectionSection } from '../../components/collection';
import { checkboxField, checkedOf, linkButton, textField, valueOf } from '../../components/forms';
import { pageHeading, setPageTitle, type PageContext } from '../../components/page';

/** Account administration: list accounts, create one, disable or enable, reset a password. */
export function usersPage({ container }: PageContext): void {
  setPageTitle('Accounts', 'Administration');
  const me = currentUser();
  container.append(
    pageHeading('Accounts', 'Administration'),
    collectionSection<User>({
      id: 'accounts', title: 'All accounts', noun: 'account', addHeading: 'Create an account',
      intro: 'People log in with these accounts. A lead investigator then adds them to an investigation with a role.',
      caption: 'Accounts', head: ['Name', 'Email address', 'Administrator', 'Status'], empty: 'No accounts.',
      labels: { name: 'Name', isAdmin: 'Administrator' },
      load: () => api.get<User[]>('/api/users'),
      row: (u) => [u.name, u.email, u.isAdmin ? 'Yes' : 'No',
        h('strong', { class: `govuk-tag ${u.disabled ? 'govuk-tag--grey' : 'govuk-tag--green'}` }, u.disabled ? 'Disabled' : 'Active')],
      name: (u) => u.name,
      canEdit: true,
      rowActions: (u, tools) => [
        u.id === me?.id ? null : linkButton(u.disabled ? 'Enable' : 'Disable', u.name, () => void tools.act(
          () => api.patch(`/api/users/${u.id}`, { version: u.version, disabled: !u.disabled }),
          `The account of ${u.name} is ${u.disabled ? 'enabled' : 'disabled'}.`)),
        linkButton('Reset password', u.name, () => tools.edit('password')),
      ].filter((b): b is HTMLButtonElement => b !== null),
      form: (u) => ({
        fields: [
          textField({ name: 'name', label: 'Full name', value: u?.name, autocomplete: 'off' }),
          u ? null : textField({ name: 'email', label: 'Email address', type: 'email', spellcheck: false }),
          textField({ name: 'password', label: u ? 'New password (leave empty to keep the current one)' : 'Password', type: 'password', autocomplete: 'new-password', hint: 'At least 12 characters. A few unrelated words are easy to remember and hard to guess.' }),
          u?.id === me?.id ? null : checkboxField({ name: 'isAdmin', label: 'Administrator (can manage accounts)', checked: u?.isAdmin }),
        ].filter((f): f is HTMLElement => f !== null),
        read: (form) => {
          const values: Record<string, unknown> = { name: valueOf(form, 'name').trim() };
          if (!u) values.email = valueOf(form, 'email').trim();
          if (!u || valueOf(form, 'password')) values.password = valueOf(form, 'password');
          if (u?.id !== me?.id) values.isAdmin = checkedOf(form, 'isAdmin');
          return values;
        },
      }),
      create: (values) => api.post('/api/users', values),
      update: (u, values) => api.patch(`/api/users/${u.id}`, { ...values, version: u.version }),
    }));
}
