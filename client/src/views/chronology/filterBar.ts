import { eventKinds, labels, type EventKind } from '../../../../schema/contracts/enums';
import { h } from '../../dom';
import { button, selectField, textField, valueOf, type Choice } from '../../components/forms';
import type { ChronologyData } from './chronologyData';
import { personLabel } from './chronologyData';
import { noFilter, type EventFilter } from './eventFilter';

/** The filter form above the timeline and table: agency, kind, person, episode and words. Applies as the reader changes it. */
export function filterBar(data: ChronologyData, current: EventFilter, onChange: (filter: EventFilter) => void): HTMLFormElement {
  const all: Choice = { value: '', label: 'All' };
  const agencies = [all, ...data.agencies.map((a) => ({ value: a.id, label: a.name })), { value: 'none', label: 'No agency' }];
  const kinds = [all, ...eventKinds.map((k) => ({ value: k, label: labels[k] ?? k }))];
  const people = [all, ...[...data.people].sort((a, b) => personLabel(a).localeCompare(personLabel(b), 'en-GB')).map((p) => ({ value: p.id, label: personLabel(p) }))];
  const episodes = [all, ...data.episodes.map((e) => ({ value: e.id, label: e.title })), { value: 'none', label: 'Not in an episode' }];
  const form = h('form', { class: 'sl-chronology__filters', 'aria-label': 'Filter the chronology', role: 'search', novalidate: true },
    selectField({ name: 'agencyId', label: 'Agency', choices: agencies, value: current.agencyId }),
    selectField({ name: 'kind', label: 'Kind', choices: kinds, value: current.kind }),
    selectField({ name: 'personId', label: 'Person', choices: people, value: current.personId }),
    selectField({ name: 'episodeId', label: 'Episode', choices: episodes, value: current.episodeId }),
    textField({ name: 'text', label: 'Words', value: current.text, classes: 'govuk-input--width-10' }),
    button('Clear filters', { variant: 'secondary', onclick: () => { form.reset(); for (const s of form.querySelectorAll('select')) s.value = ''; apply(); } }));
  const read = (): EventFilter => ({
    agencyId: valueOf(form, 'agencyId'), kind: valueOf(form, 'kind') as EventKind | '', personId: valueOf(form, 'personId'),
    episodeId: valueOf(form, 'episodeId'), text: valueOf(form, 'text'),
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const apply = () => onChange(read());
  form.addEventListener('change', apply);
  form.addEventListener('input', (e) => {
    if ((e.target as HTMLElement).getAttribute('name') !== 'text') return;
    clearTimeout(timer);
    timer = setTimeout(apply, 250);
  });
  form.addEventListener('submit', (e) => { e.preventDefault(); apply(); });
  return form;
}

/** A filter read from the tab's URL parameters (agency, kind, person, episode, q). */
export function filterFromParams(params: URLSearchParams): EventFilter {
  const kind = params.get('kind') ?? '';
  return {
    ...noFilter,
    agencyId: params.get('agency') ?? '',
    kind: (eventKinds as readonly string[]).includes(kind) ? kind as EventKind : '',
    personId: params.get('person') ?? '',
    episodeId: params.get('episode') ?? '',
    text: params.get('q') ?? '',
  };
}
