import { describe, expect, it } from 'vitest';
import type { ChronologyEvent } from '../../../schema/contracts/chronology';
import { filterEvents, isFiltering, noFilter } from '../../../client/src/views/chronology/eventFilter';
import { sortEvents } from '../../../client/src/views/chronology/eventSort';
import { linkCandidates } from '../../../client/src/views/chronology/linkForm';
import { dateQuality } from '../../../client/src/views/chronology/eventDetail';
import { checkEntry } from '../../../client/src/views/chronology/eventForm';
import { personLabel, toTimelineItem } from '../../../client/src/views/chronology/chronologyData';

const DAY = 86_400_000;

function event(id: string, overrides: Partial<ChronologyEvent> = {}): ChronologyEvent {
  return {
    id, occurred: '2019-03-14', display: '14 Mar 2019', precision: 'day', uncertain: false, approximate: false,
    start: Date.UTC(2019, 2, 14), end: Date.UTC(2019, 2, 15) - 1, sequence: 0, kind: 'event', agencyId: 'police',
    actorIds: [], subjectIds: [], description: 'Home visit', knownAtTime: '', childSeen: null, childWords: '', sharedWith: '',
    sourceIds: [], confidence: 'fact', episodeId: null, links: [], unsourced: true, createdAt: '', updatedAt: '', version: 1, ...overrides,
  };
}

const events = [
  event('a', { agencyId: 'police', kind: 'decision', actorIds: ['pc1'], description: 'Strategy discussion held' }),
  event('b', { agencyId: 'health', subjectIds: ['child'], episodeId: 'ep1', childWords: 'I am hungry' }),
  event('c', { agencyId: null, kind: 'non_event', description: 'Planned visit did not take place' }),
];

describe('filterEvents', () => {
  it('keeps everything with no filter', () => {
    expect(filterEvents(events, noFilter).map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect(isFiltering(noFilter)).toBe(false);
  });
  it('filters by agency, including entries with no agency', () => {
    expect(filterEvents(events, { ...noFilter, agencyId: 'health' }).map((e) => e.id)).toEqual(['b']);
    expect(filterEvents(events, { ...noFilter, agencyId: 'none' }).map((e) => e.id)).toEqual(['c']);
  });
  it('filters by kind, by a person as actor or subject, and by episode (or none)', () => {
    expect(filterEvents(events, { ...noFilter, kind: 'non_event' }).map((e) => e.id)).toEqual(['c']);
    expect(filterEvents(events, { ...noFilter, personId: 'pc1' }).map((e) => e.id)).toEqual(['a']);
    expect(filterEvents(events, { ...noFilter, personId: 'child' }).map((e) => e.id)).toEqual(['b']);
    expect(filterEvents(events, { ...noFilter, episodeId: 'ep1' }).map((e) => e.id)).toEqual(['b']);
    expect(filterEvents(events, { ...noFilter, episodeId: 'none' }).map((e) => e.id)).toEqual(['a', 'c']);
  });
  it('finds every word, in any case, in the description, the child\'s words or the date', () => {
    expect(filterEvents(events, { ...noFilter, text: 'VISIT planned' }).map((e) => e.id)).toEqual(['c']);
    expect(filterEvents(events, { ...noFilter, text: 'hungry' }).map((e) => e.id)).toEqual(['b']);
    expect(filterEvents(events, { ...noFilter, text: 'mar 2019' })).toHaveLength(3);
    expect(isFiltering({ ...noFilter, text: ' x ' })).toBe(true);
  });
});

describe('sortEvents', () => {
  const names: Record<string, string> = { police: 'Police', health: 'Health visiting' };
  const agency = (id: string | null) => (id === null ? 'No agency' : names[id]!);
  const list = [
    event('late', { start: Date.UTC(2019, 5, 1), agencyId: 'health', kind: 'event' }),
    event('second', { start: Date.UTC(2019, 2, 14), sequence: 2, agencyId: null, kind: 'condition' }),
    event('first', { start: Date.UTC(2019, 2, 14), sequence: 1, agencyId: 'police', kind: 'non_event' }),
    event('month', { start: Date.UTC(2019, 2, 1), agencyId: 'police', kind: 'event' }),
  ];
  it('sorts by earliest possible date, then sequence, so "March 2019" comes before 14 March', () => {
    expect(sortEvents(list, { key: 'date', descending: false }, agency).map((e) => e.id)).toEqual(['month', 'first', 'second', 'late']);
    expect(sortEvents(list, { key: 'date', descending: true }, agency).map((e) => e.id)).toEqual(['late', 'second', 'first', 'month']);
  });
  it('sorts by agency name with entries of no agency last, in date order within an agency', () => {
    expect(sortEvents(list, { key: 'agency', descending: false }, agency).map((e) => e.id)).toEqual(['late', 'month', 'first', 'second']);
  });
  it('sorts by kind in the order of the kinds, then by date', () => {
    expect(sortEvents(list, { key: 'kind', descending: false }, agency).map((e) => e.id)).toEqual(['month', 'late', 'second', 'first']);
  });
});

describe('linkCandidates', () => {
  it('offers other entries within two months, other agencies first, nearest first, without ones already linked', () => {
    const me = event('me', { agencyId: 'police', links: [{ id: 'l', otherEventId: 'linked', kind: 'same_occasion', note: '' }] });
    const others = [
      me,
      event('same-agency', { agencyId: 'police' }),
      event('near', { agencyId: 'health', start: me.start + 2 * DAY, end: me.start + 3 * DAY }),
      event('nearest', { agencyId: 'health' }),
      event('far', { agencyId: 'health', start: me.start + 90 * DAY, end: me.start + 91 * DAY }),
      event('linked', { agencyId: 'health' }),
    ];
    expect(linkCandidates(me, others).map((e) => e.id)).toEqual(['nearest', 'near', 'same-agency']);
  });
});

describe('chronology names', () => {
  it('describes a date by its precision and qualifiers', () => {
    expect(dateQuality({ precision: 'month', uncertain: false, approximate: false })).toBe('known to the month');
    expect(dateQuality({ precision: 'day', uncertain: true, approximate: true })).toBe('known to the day, uncertain, approximate');
  });
  it('names a person by role code and display name', () => {
    expect(personLabel({ roleCode: 'SW1', displayName: 'Social Worker 1' })).toBe('SW1 – Social Worker 1');
    expect(personLabel({ roleCode: null, displayName: 'Child A' })).toBe('Child A');
  });
  it('gives the timeline the earliest and latest instants of an entry, not a single day', () => {
    const month = event('m', { occurred: '2019-03', precision: 'month', start: Date.UTC(2019, 2, 1), end: Date.UTC(2019, 3, 1) - 1, episodeId: 'ep' });
    expect(toTimelineItem(month)).toEqual({
      id: 'm', start: Date.UTC(2019, 2, 1), end: Date.UTC(2019, 3, 1) - 1, agencyId: 'police', kind: 'event',
      uncertain: false, approximate: false, sequence: 0, episodeId: 'ep', openBefore: false, openAfter: false,
    });
  });
  it('tells the timeline which side of a date is open or unknown', () => {
    const open = (occurred: string) => {
      const item = toTimelineItem(event('o', { occurred }));
      return [item.openBefore, item.openAfter];
    };
    expect(open('../2019-05')).toEqual([true, false]);
    expect(open('/2019-05')).toEqual([true, false]);
    expect(open('2019-03/..')).toEqual([false, true]);
    expect(open('2019-03/')).toEqual([false, true]);
    expect(open('2019-03/2019-05')).toEqual([false, false]);
    expect(open('2019-03-14')).toEqual([false, false]);
  });
});

describe('checkEntry', () => {
  const base = { occurred: '2019-03?', kind: 'event' as const, description: 'Home visit', agencyId: null, actorIds: [], subjectIds: [], knownAtTime: '',
    childSeen: null, childWords: '', sharedWith: '', sourceIds: [], confidence: 'fact' as const, episodeId: null };
  it('accepts an honest partial date with a description', () => {
    expect(checkEntry(base)).toEqual([]);
  });
  it('names every field it can check at once: an unreadable date, no description, an order that is not a number', () => {
    expect(checkEntry({ ...base, occurred: '14/03/2019', description: '  ', sequence: 'first' }).map((p) => p.field)).toEqual(['occurred', 'description', 'sequence']);
    expect(checkEntry({ ...base, occurred: '' })).toEqual([{ field: 'occurred', message: 'must not be empty' }]);
  });
});
