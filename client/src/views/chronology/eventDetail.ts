import type { ChronologyEvent } from '../../../../schema/contracts/chronology';
import { labels } from '../../../../schema/contracts/enums';
import { h } from '../../dom';
import { bulletList, summaryList } from '../../components/tables';
import { button } from '../../components/forms';
import type { Names } from './chronologyData';

/** What the reader can do from the detail panel; editing actions are absent for read-only roles. */
export interface DetailActions {
  select(id: string): void;
  edit?(event: ChronologyEvent): void;
  remove?(event: ChronologyEvent): void;
  link?(event: ChronologyEvent): void;
  close(): void;
}

const precisionLabels: Record<string, string> = {
  year: 'known to the year', month: 'known to the month', day: 'known to the day', minute: 'known to the minute', second: 'known to the second',
};

/** How sure the date is, in words: its precision and whether it is uncertain or approximate. */
export function dateQuality(e: Pick<ChronologyEvent, 'precision' | 'uncertain' | 'approximate'>): string {
  const parts = [precisionLabels[e.precision] ?? e.precision];
  if (e.uncertain) parts.push('uncertain');
  if (e.approximate) parts.push('approximate');
  return parts.join(', ');
}

function childSeen(value: boolean | null): string {
  return value === null ? 'Not recorded' : value ? 'Yes' : 'No';
}

/** The detail panel of one entry: every field, with the date at its true precision, people by name or pseudonym, and linked accounts. */
export function eventDetail(e: ChronologyEvent, names: Names, actions: DetailActions): HTMLElement {
  const headingId = `event-detail-${e.id}`;
  const links = e.links.map((l) => {
    const other = names.event(l.otherEventId);
    const what = l.kind === 'conflicts_with' ? 'Conflicting account' : 'Same occasion';
    const label = other ? `${other.display}, ${names.agency(other.agencyId)}: ${other.description.slice(0, 80)}` : 'an entry not shown';
    return h('li', {},
      h('strong', {}, `${what}: `),
      other ? h('button', { type: 'button', class: 'sl-link-button govuk-link', onclick: () => actions.select(other.id) }, label) : label,
      l.note ? h('span', { class: 'sl-secondary' }, l.note) : null);
  });
  const sources = e.sourceIds.length > 0
    ? bulletList(e.sourceIds.map(names.source))
    : h('strong', { class: 'govuk-tag govuk-tag--orange' }, 'No source recorded');
  return h('section', { class: 'sl-chronology__detail', 'aria-labelledby': headingId, 'data-event-detail': e.id },
    h('div', { class: 'sl-chronology__detail-head' },
      h('h3', { class: 'govuk-heading-m', id: headingId, tabindex: -1 }, `${e.display} · ${names.agency(e.agencyId)}`),
      button('Close', { variant: 'secondary', onclick: actions.close })),
    summaryList([
      ['Date', h('span', {}, e.display, h('span', { class: 'sl-secondary' }, `${dateQuality(e)} · recorded as ${e.occurred}`))],
      ['Kind', labels[e.kind] ?? e.kind],
      ['Agency', names.agency(e.agencyId)],
      ['Practitioners', bulletList(e.actorIds.map(names.person))],
      ['Child and family', bulletList(e.subjectIds.map(names.person))],
      ['What happened', h('span', { class: 'sl-chronology__prewrap' }, e.description)],
      ['Known at the time', e.knownAtTime ? h('span', { class: 'sl-chronology__prewrap' }, e.knownAtTime) : ''],
      ['Child seen', childSeen(e.childSeen)],
      ["Child's words", e.childWords ? h('span', { class: 'sl-chronology__prewrap' }, e.childWords) : ''],
      ['Shared with', e.sharedWith],
      ['Sources', sources],
      ['Confidence', labels[e.confidence] ?? e.confidence],
      ['Episode', e.episodeId ? names.episode(e.episodeId) : h('span', { class: 'sl-muted' }, 'Not in an episode')],
      ['Linked accounts', links.length > 0 ? h('ul', { class: 'govuk-list' }, links) : ''],
      ['Order on the day', String(e.sequence)],
    ]),
    actions.edit || actions.remove || actions.link
      ? h('div', { class: 'govuk-button-group' },
        actions.edit ? button('Change this entry', { onclick: () => actions.edit!(e) }) : null,
        actions.link ? button('Link to another account', { variant: 'secondary', onclick: () => actions.link!(e) }) : null,
        actions.remove ? button('Delete this entry', { variant: 'warning', onclick: () => actions.remove!(e) }) : null)
      : null);
}
