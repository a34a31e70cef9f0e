import type { User } from '../../../schema/contracts/accounts';
import { h, replace } from '../dom';

/** Which top-level section the current page belongs to, for the header's aria-current. */
export type Section = 'investigations' | 'register' | 'admin' | 'none';

function navItem(label: string, href: string, current: boolean): HTMLElement {
  return h('li', { class: `govuk-service-navigation__item${current ? ' govuk-service-navigation__item--active' : ''}` },
    h('a', { class: 'govuk-service-navigation__link', href, 'aria-current': current ? 'true' : null },
      current ? h('strong', { class: 'govuk-service-navigation__active-fallback' }, label) : label));
}

/** Renders the page header: the service name, navigation for the user's sections, their name and Log out. */
export function renderHeader(el: HTMLElement, user: User | null, section: Section, onLogOut: () => void): void {
  const logOut = h('button', { type: 'button', class: 'sl-header__logout govuk-link' }, 'Log out');
  logOut.addEventListener('click', onLogOut);
  replace(el,
    h('div', { class: 'govuk-service-navigation sl-header' },
      h('div', { class: 'govuk-width-container sl-header__inner' },
        h('div', { class: 'govuk-service-navigation__container' },
          h('span', { class: 'govuk-service-navigation__service-name' },
            h('a', { href: '/', class: 'govuk-service-navigation__link' }, 'Sightline')),
          user
            ? h('nav', { 'aria-label': 'Main', class: 'govuk-service-navigation__wrapper' },
              h('ul', { class: 'govuk-service-navigation__list' },
                navItem('Investigations', '/', section === 'investigations'),
                navItem('Recommendations', '/recommendations', section === 'register'),
                user.isAdmin ? navItem('Administration', '/admin/users', section === 'admin') : null))
            : null),
        user
          ? h('div', { class: 'sl-header__account' },
            h('span', { class: 'sl-header__user' }, h('span', { class: 'govuk-visually-hidden' }, 'Logged in as '), user.name),
            logOut)
          : null)));
}
