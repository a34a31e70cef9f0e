/** A client page, decided from the URL path alone. */
export type Route =
  | { name: 'login' }
  | { name: 'investigations' }
  | { name: 'newInvestigation' }
  | { name: 'workspace'; id: string; tab: string }
  | { name: 'adminUsers' }
  | { name: 'register' }
  | { name: 'library'; slug: string | null }
  | { name: 'notFound' };

/** Routes anyone may open without logging in (the public learning library). */
export const isPublicRoute = (route: Route) => route.name === 'library';

/** Matches a path against the client routes; `tabs` are the workspace tab slugs, the first being the default. */
export function matchRoute(pathname: string, tabs: readonly string[]): Route {
  const parts = pathname.split('/').filter(Boolean).map(safeDecode);
  if (parts.some((p) => p === null)) return { name: 'notFound' };
  const [a, b, c, ...rest] = parts as string[];
  if (parts.length === 0) return { name: 'investigations' };
  if (a === 'login' && parts.length === 1) return { name: 'login' };
  if (a === 'admin' && b === 'users' && parts.length === 2) return { name: 'adminUsers' };
  if (a === 'recommendations' && parts.length === 1) return { name: 'register' };
  if (a === 'library' && parts.length <= 2) return { name: 'library', slug: b ?? null };
  if (a !== 'investigations' || rest.length > 0) return { name: 'notFound' };
  if (b === undefined) return { name: 'investigations' };
  if (b === 'new' && c === undefined) return { name: 'newInvestigation' };
  const tab = c ?? tabs[0];
  if (!tab || !tabs.includes(tab)) return { name: 'notFound' };
  return { name: 'workspace', id: b, tab };
}

function safeDecode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

/** The path to an investigation's workspace tab. */
export function workspacePath(id: string, tab = 'overview'): string {
  return `/investigations/${encodeURIComponent(id)}/${tab}`;
}

/** A path is safe to return to after logging in when it stays inside this site. */
export function isLocalPath(path: string | null): path is string {
  return !!path && path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\');
}

/** Why the router calls back: the browser moved through history (or a #fragment), or the app navigated. */
export type Cause = 'history' | 'navigate';
type Listener = (cause: Cause) => void;
let listener: Listener = () => {};

/** Calls `onChange` whenever the location changes (links, back and forward, navigate()). */
export function startRouter(onChange: Listener): void {
  listener = onChange;
  window.addEventListener('popstate', () => listener('history'));
  document.addEventListener('click', interceptLinkClick);
  listener('navigate');
}

/** Goes to a client path, adding a history entry unless `replace` is set. */
export function navigate(path: string, options: { replace?: boolean } = {}): void {
  const url = new URL(path, window.location.href);
  const target = url.pathname + url.search + url.hash;
  if (target === currentPath() && !options.replace) return listener('navigate');
  if (options.replace) history.replaceState(null, '', target);
  else history.pushState(null, '', target);
  listener('navigate');
}

/** The current path with its query string. */
export function currentPath(): string {
  return window.location.pathname + window.location.search + window.location.hash;
}

function interceptLinkClick(event: MouseEvent): void {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = (event.target as Element | null)?.closest?.('a');
  if (!link || link.target || link.hasAttribute('download') || link.dataset.external !== undefined) return;
  const href = link.getAttribute('href');
  if (!href || href.startsWith('#')) return;
  const url = new URL(link.href, window.location.href);
  if (url.origin !== window.location.origin || url.pathname.startsWith('/api/')) return;
  event.preventDefault();
  navigate(url.pathname + url.search + url.hash);
}
