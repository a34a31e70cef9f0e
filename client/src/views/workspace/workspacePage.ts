import type { Investigation } from '../../../../schema/contracts/investigations';
import { labels } from '../../../../schema/contracts/enums';
import { h, replace } from '../../dom';
import { ApiFailure, api } from '../../api';
import { matchRoute, workspacePath } from '../../router';
import { problemsOf } from '../../components/errors';
import { loadFailure, setPageTitle, type Page, type PageContext } from '../../components/page';
import { statusTag } from '../investigations/investigationsPage';
import { showChangeNotices } from '../../components/changeFeed';
import type { TabContext } from '../tab';
import { workspaceTabs } from './tabs';

const slugs = () => workspaceTabs.map((t) => t.slug);

/** The investigation workspace: title, section navigation, and the selected tab rendered through the Tab contract. */
export function workspacePage({ container, params, navigate }: PageContext, id: string, initialTab: string): Page {
  const heading = h('div', { class: 'sl-workspace__heading' });
  const nav = h('nav', { class: 'sl-tabs', 'aria-label': 'Investigation sections' });
  let tabHost = h('div', { class: 'sl-workspace__tab' });
  let investigation: Investigation | null = null;
  let tab = initialTab;
  let latestParams = params;
  let cleanup: (() => void) | null = null;
  let renderCount = 0;
  let tabContext: TabContext | null = null;
  let stopNotices: (() => void) | null = null;
  container.append(h('p', { class: 'govuk-body', role: 'status' }, 'Loading the investigation…'));
  setPageTitle('Investigation');

  function drawHeading(inv: Investigation): void {
    replace(heading,
      h('span', { class: 'govuk-caption-l' }, inv.reference),
      h('h1', { class: 'govuk-heading-l sl-workspace__title', tabindex: -1, 'data-page-heading': '' }, inv.title),
      h('p', { class: 'govuk-body sl-workspace__meta' },
        h('strong', { class: `govuk-tag ${statusTag(inv.status)}` }, labels[inv.status] ?? inv.status),
        ` Your role: ${labels[inv.myRole] ?? inv.myRole}`,
        inv.isDemo ? ' · Fictional demonstration case' : ''));
  }

  function drawNav(): void {
    replace(nav, h('ul', { class: 'sl-tabs__list' }, workspaceTabs.map((t) => {
      const current = t.slug === tab;
      return h('li', { class: `sl-tabs__item${current ? ' sl-tabs__item--current' : ''}` },
        h('a', { class: 'sl-tabs__link', href: workspacePath(id, t.slug), 'aria-current': current ? 'page' : null }, t.label));
    })));
  }

  async function renderTab(search: URLSearchParams): Promise<void> {
    cleanup?.();
    cleanup = null;
    const mine = ++renderCount;
    const entry = workspaceTabs.find((t) => t.slug === tab) ?? workspaceTabs[0]!;
    setPageTitle(entry.label, investigation!.reference);
    const fresh = h('div', { class: 'sl-workspace__tab', id: 'workspace-tab', 'aria-label': entry.label, role: 'region' });
    tabHost.replaceWith(fresh);
    tabHost = fresh;
    const ctx: TabContext = {
      investigation: investigation!, container: fresh, params: search, navigate, refreshInvestigation,
    };
    tabContext = ctx;
    try {
      const result = await entry.render(ctx);
      const done = typeof result === 'function' ? result : null;
      if (mine === renderCount) cleanup = done;
      else done?.();
    } catch (err) {
      if (mine !== renderCount) return;
      replace(fresh, h('div', { class: 'govuk-error-summary', role: 'alert' },
        h('h2', { class: 'govuk-error-summary__title' }, `The ${entry.label} section could not be shown`),
        h('div', { class: 'govuk-error-summary__body' }, h('p', { class: 'govuk-body' }, problemsOf(err)[0]!.message))));
    }
  }

  /** Reloads the investigation (after the Overview saved it, for example) and updates the heading; open tabs see the new object. */
  async function refreshInvestigation(): Promise<void> {
    const fresh = await api.get<Investigation>(`/api/investigations/${encodeURIComponent(id)}`);
    investigation = fresh;
    if (tabContext) tabContext.investigation = fresh;
    drawHeading(fresh);
    const entry = workspaceTabs.find((t) => t.slug === tab);
    if (entry) setPageTitle(entry.label, fresh.reference);
  }

  api.get<Investigation>(`/api/investigations/${encodeURIComponent(id)}`).then((inv) => {
    investigation = inv;
    stopNotices ??= showChangeNotices(id);
    drawHeading(inv);
    drawNav();
    container.replaceChildren(heading, nav, tabHost);
    void renderTab(latestParams);
  }, (err) => {
    const missing = err instanceof ApiFailure && err.status === 404;
    setPageTitle(missing ? 'Investigation not found' : 'Investigation unavailable');
    loadFailure(container, missing ? 'Investigation not found' : 'The investigation could not be loaded',
      missing ? 'It does not exist, or you are not a member of it. Ask its lead investigator to add you.' : problemsOf(err)[0]!.message);
  });

  return {
    cleanup: () => { cleanup?.(); cleanup = null; renderCount++; stopNotices?.(); stopNotices = () => {}; },
    update(pathname, search) {
      const route = matchRoute(pathname, slugs());
      if (route.name !== 'workspace' || route.id !== id) return false;
      tab = route.tab;
      latestParams = search;
      if (!investigation) return true;
      drawNav();
      void renderTab(search);
      return true;
    },
  };
}
