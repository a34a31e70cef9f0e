import '../findings/findings.scss';
import './register.scss';
import type { AnnualSummary, RegisterEntry } from '../../../../schema/contracts/findings';
import type { Investigation } from '../../../../schema/contracts/investigations';
import { labels } from '../../../../schema/contracts/enums';
import { h, replace } from '../../dom';
import { api } from '../../api';
import { problemsOf } from '../../components/errors';
import { liveStatus } from '../../components/banners';
import { pageHeading, setPageTitle, type Page, type PageContext } from '../../components/page';
import { responseForm } from '../findings/responseForm';
import { filterForm } from './filterForm';
import { registerTable } from './registerTable';
import { summarySection } from './summarySection';
import { filtersFromParams, hasFilters, offsetFromParams, pageSummary, queryOf, type RegisterFilters } from './registerQuery';

const PAGE_SIZE = 50;

interface RegisterPageData { items: RegisterEntry[]; total: number; limit: number; offset: number }

function failure(heading: string, err: unknown): HTMLElement {
  return h('div', { class: 'govuk-error-summary', role: 'alert' },
    h('h2', { class: 'govuk-error-summary__title' }, heading),
    h('div', { class: 'govuk-error-summary__body' }, h('p', { class: 'govuk-body' }, problemsOf(err)[0]!.message)));
}

/**
 * The recommendation register across the reader's investigations: filters kept in the URL, the
 * table with overdue rows tagged, response entry from a row (where the reader may edit), a CSV
 * download of the same selection, and the annual summary chart with its table.
 */
export function registerPage({ container, params, navigate }: PageContext): Page {
  setPageTitle('Recommendation register');
  const status = liveStatus();
  const filtersHost = h('div');
  const results = h('div', { 'aria-busy': 'true' }, h('p', { class: 'govuk-body' }, 'Loading the register…'));
  const respondHost = h('div');
  const summaryHost = h('div');
  let investigations: Investigation[] = [];
  let years: number[] = [];
  let filters = filtersFromParams(params);
  let offset = offsetFromParams(params);

  container.append(
    pageHeading('Recommendation register'),
    h('p', { class: 'govuk-body-l' }, 'Safety recommendations issued in the investigations you are a member of, their responses and whether they have been answered.'),
    filtersHost, status.el, results, respondHost, summaryHost);

  function pathFor(f: RegisterFilters, at = 0): string {
    const q = queryOf(f, { offset: at }).toString();
    return `/recommendations${q ? `?${q}` : ''}`;
  }

  function drawFilters(): void {
    replace(filtersHost, filterForm({ filters, investigations, years, onApply: (f) => navigate(pathFor(f)) }));
  }

  async function loadResults(): Promise<void> {
    results.setAttribute('aria-busy', 'true');
    replace(respondHost);
    try {
      const page = await api.get<RegisterPageData>(`/api/recommendations?${queryOf(filters, { offset, limit: PAGE_SIZE })}`);
      const q = queryOf(filters).toString();
      const csv = `/api/recommendations.csv${q ? `?${q}` : ''}`;
      replace(results,
        h('div', { class: 'sl-register__bar' },
          h('p', { class: 'govuk-body sl-register__count', 'data-register-count': '' },
            pageSummary(page.offset, page.items.length, page.total), hasFilters(filters) ? ' Filters are applied.' : ''),
          h('a', { class: 'govuk-link', href: csv, download: '', 'data-external': '' }, 'Download as CSV',
            h('span', { class: 'govuk-visually-hidden' }, ' (the recommendations matching the filters)'))),
        page.items.length ? registerTable(page.items, openResponse) : null,
        pager(page));
    } catch (err) {
      replace(results, failure('The register could not be loaded', err));
    } finally {
      results.setAttribute('aria-busy', 'false');
    }
  }

  function pager(page: RegisterPageData): HTMLElement | null {
    const prev = page.offset > 0 ? Math.max(0, page.offset - page.limit) : null;
    const next = page.offset + page.items.length < page.total ? page.offset + page.limit : null;
    if (prev === null && next === null) return null;
    return h('nav', { class: 'govuk-pagination govuk-pagination--block', 'aria-label': 'Register pages' },
      prev !== null ? h('div', { class: 'govuk-pagination__prev' }, h('a', { class: 'govuk-link govuk-pagination__link', href: pathFor(filters, prev), rel: 'prev' }, 'Previous page')) : null,
      next !== null ? h('div', { class: 'govuk-pagination__next' }, h('a', { class: 'govuk-link govuk-pagination__link', href: pathFor(filters, next), rel: 'next' }, 'Next page')) : null);
  }

  async function loadSummary(): Promise<void> {
    try {
      const summary = await api.get<AnnualSummary[]>(`/api/recommendations/summary?${queryOf(filters)}`);
      replace(summaryHost, summarySection(summary, container.clientWidth || 720));
    } catch (err) {
      replace(summaryHost, failure('The annual summary could not be loaded', err));
    }
  }

  function openResponse(entry: RegisterEntry): void {
    const form = responseForm({
      rec: { id: entry.id, identifier: entry.identifier, addresseeName: entry.addresseeName, issuedAt: entry.issuedAt },
      onSaved: async (saved) => {
        await Promise.all([loadResults(), loadSummary()]);
        status.say(`Response to ${entry.identifier} recorded, assessed as ${(labels[saved.assessment] ?? saved.assessment).toLowerCase()}.`);
        results.querySelector<HTMLElement>(`[data-register-row="${CSS.escape(entry.identifier)}"] a`)?.focus();
      },
      onCancel: () => {
        replace(respondHost);
        results.querySelector<HTMLElement>(`[data-respond="${CSS.escape(entry.id)}"]`)?.focus();
      },
    });
    replace(respondHost, h('div', { class: 'sl-detail sl-register__respond' }, form));
    const heading = form.querySelector<HTMLElement>('[data-editor-heading]');
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus();
  }

  async function start(): Promise<void> {
    const [invs, allYears] = await Promise.all([
      api.get<Investigation[]>('/api/investigations').catch(() => []),
      api.get<AnnualSummary[]>('/api/recommendations/summary').then((s) => s.map((y) => y.year)).catch(() => []),
    ]);
    investigations = invs;
    years = allYears;
    drawFilters();
  }

  void start();
  void loadResults();
  void loadSummary();

  return {
    update(pathname, search) {
      if (pathname !== '/recommendations') return false;
      filters = filtersFromParams(search);
      offset = offsetFromParams(search);
      drawFilters();
      void loadResults();
      void loadSummary();
      status.say('The register was updated.');
      return true;
    },
  };
}
