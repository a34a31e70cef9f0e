// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { ChronologyEvent } from '../../../schema/contracts/chronology';
import { eventTable } from '../../../client/src/views/chronology/eventTable';
import { eventDetail } from '../../../client/src/views/chronology/eventDetail';
import { namesOf, type ChronologyData } from '../../../client/src/views/chronology/chronologyData';
import type { Sort } from '../../../client/src/views/chronology/eventSort';

function event(id: string, overrides: Partial<ChronologyEvent> = {}): ChronologyEvent {
  return {
    id, occurred: '2019-03-14', display: '14 Mar 2019', precision: 'day', uncertain: false, approximate: false,
    start: Date.UTC(2019, 2, 14), end: Date.UTC(2019, 2, 15) - 1, sequence: 0, kind: 'event', agencyId: 'police',
    actorIds: [], subjectIds: [], description: 'Home visit', knownAtTime: '', childSeen: null, childWords: '', sharedWith: '',
    sourceIds: [], confidence: 'fact', episodeId: null, links: [], unsourced: true, createdAt: '', updatedAt: '', version: 1, ...overrides,
  };
}

const data: ChronologyData = {
  events: [
    event('visit', { sourceIds: ['s1'], unsourced: false, actorIds: ['sw1'], subjectIds: ['child'], description: '<img src=x onerror=alert(1)> visit' }),
    event('march', { occurred: '2019-03?', display: 'March 2019 (uncertain)', precision: 'month', uncertain: true, start: Date.UTC(2019, 2, 1), agencyId: 'health', kind: 'non_event',
      links: [{ id: 'l1', otherEventId: 'visit', kind: 'conflicts_with', note: 'Accounts differ on who was present' }] }),
  ],
  agencies: [{ id: 'police', name: 'Police', kind: 'police', version: 1 }, { id: 'health', name: 'Health visiting', kind: 'health', version: 1 }],
  people: [
    { id: 'sw1', kind: 'practitioner', pseudonym: 'Social Worker 1', roleCode: 'SW1', relationship: '', agencyId: null, jobTitle: '', realName: null, aliases: null, dateOfBirth: null, identifiers: null, displayName: 'Social Worker 1', version: 1 },
    { id: 'child', kind: 'child', pseudonym: 'Child A', roleCode: null, relationship: 'Subject child', agencyId: null, jobTitle: '', realName: null, aliases: null, dateOfBirth: null, identifiers: null, displayName: 'Child A', version: 1 },
  ],
  sources: [{ id: 's1', title: 'Case note', agencyId: 'police', kind: 'case_record', reference: 'CN-12', version: 1 }],
  episodes: [],
  gaps: [],
};
const names = namesOf(data);

describe('eventTable', () => {
  it('lists entries in date order with dates at their precision, people by role code or pseudonym, and entries without a source flagged', () => {
    const sorts: Sort[] = [];
    const table = eventTable({ events: data.events, names, sort: { key: 'date', descending: false }, onSort: (s) => sorts.push(s), onOpen: () => {} });
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(rows).toEqual([
      ['March 2019 (uncertain)known to the month, uncertain', 'Health visiting', 'Non-event', 'Home visit', '', '', 'No source'],
      ['14 Mar 2019', 'Police', 'Event', '<img src=x onerror=alert(1)> visit', 'SW1Child A', '', 'Case note (CN-12)'],
    ]);
    expect(table.querySelector('img')).toBeNull();
    expect([...table.querySelectorAll('th[aria-sort]')].map((th) => [th.textContent, th.getAttribute('aria-sort')])).toEqual([
      ['Date ▲', 'ascending'], ['Agency ↕', 'none'], ['Kind ↕', 'none'],
    ]);
    table.querySelectorAll<HTMLButtonElement>('th button')[0]!.click();
    table.querySelectorAll<HTMLButtonElement>('th button')[1]!.click();
    expect(sorts).toEqual([{ key: 'date', descending: true }, { key: 'agency', descending: false }]);
  });

  it('shows a page of entries at a time and more on request', () => {
    const many = Array.from({ length: 5 }, (_, i) => event(`e${i}`, { start: i }));
    const table = eventTable({ events: many, names, sort: { key: 'date', descending: false }, onSort: () => {}, onOpen: () => {}, pageSize: 2 });
    expect(table.querySelectorAll('tbody tr')).toHaveLength(2);
    [...table.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Show more'))!.click();
    expect(table.querySelectorAll('tbody tr')).toHaveLength(4);
  });
});

describe('eventDetail', () => {
  it('shows every field, the linked conflicting account, and no editing buttons for a read-only reader', () => {
    const selected: string[] = [];
    const panel = eventDetail(data.events[1]!, names, { select: (id) => selected.push(id), close: () => {} });
    const rows = Object.fromEntries([...panel.querySelectorAll('.govuk-summary-list__row')].map((r) => [r.children[0]!.textContent, r.children[1]!.textContent]));
    expect(rows.Date).toBe('March 2019 (uncertain)known to the month, uncertain · recorded as 2019-03?');
    expect(rows.Kind).toBe('Non-event');
    expect(rows.Sources).toBe('No source recorded');
    expect(rows['Linked accounts']).toBe('Conflicting account: 14 Mar 2019, Police: <img src=x onerror=alert(1)> visitAccounts differ on who was present');
    expect(panel.querySelectorAll('.govuk-button-group')).toHaveLength(0);
    [...panel.querySelectorAll('button')].find((b) => b.textContent?.startsWith('14 Mar 2019'))!.click();
    expect(selected).toEqual(['visit']);
  });
});
