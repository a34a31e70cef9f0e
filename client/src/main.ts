import './styles.scss';
import { setUnauthorizedHandler } from './api';
import { currentPath, isPublicRoute, matchRoute, navigate, startRouter, type Cause, type Route } from './router';
import { currentUser, forgetSession, loadSession, logOut } from './session';
import { renderHeader, type Section } from './components/header';
import { loadFailure, setPageTitle, type Page, type PageContext } from './components/page';
import { workspaceTabs } from './views/workspace/tabs';
import { loginPage } from './views/login/loginPage';
import { investigationsPage } from './views/investigations/investigationsPage';
import { newInvestigationPage } from './views/investigations/newInvestigationPage';
import { workspacePage } from './views/workspace/workspacePage';
import { usersPage } from './views/admin/usersPage';
import { registerPage } from './views/register/registerPage';
import { libraryPage } from './views/library/libraryPage';

const header = document.getElementById('header')!;
const main = document.getElementById('main')!;
let active: Page | null = null;
let firstRender = true;
let shown = '';

function sectionOf(route: Route): Section {
  if (route.name === 'adminUsers') return 'admin';
  if (route.name === 'register') return 'register';
  if (route.name === 'investigations' || route.name === 'newInvestigation' || route.name === 'workspace') return 'investigations';
  return 'none';
}

function pageFor(route: Route, ctx: PageContext): Page | void {
  switch (route.name) {
    case 'login': return loginPage(ctx);
    case 'investigations': return investigationsPage(ctx);
    case 'newInvestigation': return newInvestigationPage(ctx);
    case 'workspace': return workspacePage(ctx, route.id, route.tab);
    case 'register': return registerPage(ctx);
    case 'library': return libraryPage(ctx, route.slug);
    case 'adminUsers':
      if (currentUser()?.isAdmin) return usersPage(ctx);
      setPageTitle('Not allowed');
      return loadFailure(ctx.container, 'You cannot open this page', 'Only administrators can manage accounts.');
    case 'notFound':
      setPageTitle('Page not found');
      return loadFailure(ctx.container, 'Page not found', 'If you typed the web address, check it is correct.');
  }
}

function render(cause: Cause): void {
  const key = window.location.pathname + window.location.search;
  if (cause === 'history' && key === shown) return;
  shown = key;
  const route = matchRoute(window.location.pathname, workspaceTabs.map((t) => t.slug));
  const params = new URLSearchParams(window.location.search);
  const user = currentUser();
  if (route.name !== 'login' && !isPublicRoute(route) && !user) return navigate(`/login?next=${encodeURIComponent(currentPath())}`, { replace: true });
  if (route.name === 'login' && user) return navigate('/', { replace: true });
  renderHeader(header, user, sectionOf(route), onLogOut);
  if (active?.update?.(window.location.pathname, params)) return;
  active?.cleanup?.();
  const container = document.createElement('div');
  main.replaceChildren(container);
  active = pageFor(route, { container, params, navigate }) ?? null;
  if (!firstRender) focusHeading();
  firstRender = false;
}

/** After a page change, moves focus to the new page's heading (or main) so screen readers start there. */
function focusHeading(): void {
  let tries = 0;
  const attempt = () => {
    const heading = main.querySelector<HTMLElement>('[data-page-heading]');
    if (heading) return heading.focus();
    if (++tries < 20) return void setTimeout(attempt, 50);
    main.focus();
  };
  attempt();
}

async function onLogOut(): Promise<void> {
  await logOut().catch(() => undefined);
  navigate('/login');
}

setUnauthorizedHandler(() => {
  if (!currentUser()) return;
  forgetSession();
  navigate(`/login?next=${encodeURIComponent(currentPath())}`, { replace: true });
});

try {
  await loadSession();
  startRouter(render);
} catch {
  setPageTitle('Sightline is unavailable');
  loadFailure(main, 'Sightline is unavailable', 'The server could not be reached. Try again in a moment.');
}
