import type { LibraryEntry, LibraryHit } from '../../../../schema/contracts/publication';
import { h, replace } from '../../dom';
import { api } from '../../api';
import { selectField, textField, button, type Choice } from '../../components/forms';
import { formErrors, problemsOf } from '../../components/errors';
import { pageHeading, setPageTitle, type PageContext } from '../../components/page';
import { snippetNodes } from './snippet';
import { themesSection } from './themesSection';
import type { LibraryThemes } from '../../../../schema/contracts/publication';

const FILTERS = ['q', 'year', 'level', 'category'] as const;

function entryItem(e: LibraryEntry | LibraryHit): HTMLElement {
  const snippet = 'snippet' in e && e.snippet.length ? h('p', { class: 'govuk-body sl-snippet' }, snippetNodes(e.snippet)) : null;
  return h('li', { class: 'sl-library-entry', 'data-slug': e.slug },
    h('h3', { class: 'govuk-heading-m' }, h('a', { class: 'govuk-link', href: `/library/${encodeURIComponent(e.slug)}` }, e.title)),
    h('p', { class: 'govuk-body-s sl-muted' }, `${e.year} · ${e.area}${e.publicationVersion > 1 ? ` · version ${e.publicationVersion}` : ''}`),
    snippet ?? h('p', { class: 'govuk-body' }, e.summary));
}

function searchForm(params: URLSearchParams, years: number[], themes: LibraryThemes, go: (path: string) => void): HTMLFormElement {
  const any: Choice = { value: '', label: 'Any' };
  const form = h('form', { class: 'sl-library-search', role: 'search', 'aria-label': 'Search the library', novalidate: true },
    textField({ name: 'q', label: 'Search published reviews', value: params.get('q'), hint: 'Words in the report text, for example “handover” or “caseloads”.' }),
    h('div', { class: 'sl-library-filters' },
      selectField({ name: 'year', label: 'Year', value: params.get('year') ?? '', choices: [any, ...years.map((y) => ({ value: String(y), label: String(y) }))] }),
      selectField({ name: 'level', label: 'Factor level', value: params.get('level') ?? '', choices: [any, ...themes.factorLevels.map((t) => ({ value: t.key, label: t.label }))] }),
      selectField({ name: 'category', label: 'Factor category', value: params.get('category') ?? '', choices: [any, ...themes.factorCategories.map((t) => ({ value: t.key, label: t.label }))] })),
    button('Search', { type: 'submit' }));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const query = new URLSearchParams();
    for (const name of FILTERS) {
      const value = String((form.elements.namedItem(name) as HTMLInputElement | null)?.value ?? '').trim();
      if (value) query.set(name, value);
    }
    go(`/library${query.size ? `?${query}` : ''}`);
  });
  return form;
}

/** The library index: search with filters and highlighted snippets (or every review), themes, and dataset downloads. */
export async function libraryIndex({ container, params, navigate }: PageContext): Promise<void> {
  setPageTitle('Learning library');
  replace(container, pageHeading('Learning library', 'Published reviews'), h('p', { class: 'govuk-body', role: 'status' }, 'Loading the library…'));
  const searching = FILTERS.some((f) => params.get(f));
  try {
    const query = new URLSearchParams(FILTERS.flatMap((f) => (params.get(f) ? [[f, params.get(f)!]] : [])));
    const [entries, themes] = await Promise.all([api.get<LibraryEntry[]>('/api/library'), api.get<LibraryThemes>('/api/library/themes')]);
    const form = searchForm(params, [...new Set(entries.map((e) => e.year))].sort((a, b) => b - a), themes, navigate);
    const errors = formErrors(form);
    let results: (LibraryEntry | LibraryHit)[] = entries;
    if (searching) {
      try { results = await api.get<LibraryHit[]>(`/api/library/search?${query}`); } catch (err) { results = []; queueMicrotask(() => errors.showError(err)); }
    }
    const heading = searching ? `${results.length} ${results.length === 1 ? 'review matches' : 'reviews match'} your search` : `${entries.length} published ${entries.length === 1 ? 'review' : 'reviews'}`;
    replace(container,
      pageHeading('Learning library', 'Published reviews'),
      h('p', { class: 'govuk-body-l' }, 'Anonymised reviews of child-protection incidents, published so that every agency can learn. '
        + 'They explain the conditions that shaped practice, not who was to blame.'),
      form,
      h('section', { class: 'sl-library-section', 'aria-labelledby': 'results-heading' },
        h('h2', { class: 'govuk-heading-l', id: 'results-heading', 'aria-live': 'polite' }, heading),
        searching ? h('p', { class: 'govuk-body' }, h('a', { class: 'govuk-link', href: '/library' }, 'Clear the search')) : null,
        results.length === 0 ? h('p', { class: 'govuk-body sl-empty' }, searching ? 'Try other words or fewer filters.' : 'Nothing has been published yet.')
          : h('ol', { class: 'sl-library-list' }, results.map(entryItem))),
      themesSection(themes, Math.min(760, Math.max(320, container.clientWidth || 760))),
      h('section', { class: 'sl-library-section', 'aria-labelledby': 'dataset-heading' },
        h('h2', { class: 'govuk-heading-l', id: 'dataset-heading' }, 'Data for researchers'),
        h('p', { class: 'govuk-body' }, 'The coded analyses of every published review: factors with their level and category, findings and recommendations, anonymised.'),
        h('ul', { class: 'govuk-list' },
          h('li', {}, h('a', { class: 'govuk-link', href: '/api/library/dataset.json', download: 'sightline-library-dataset.json' }, 'Download the dataset (JSON)')),
          h('li', {}, h('a', { class: 'govuk-link', href: '/api/library/dataset.csv', download: '' }, 'Download the dataset (CSV)')))));
  } catch (err) {
    replace(container, pageHeading('Learning library'), h('p', { class: 'govuk-body' }, problemsOf(err)[0]!.message));
  }
}
