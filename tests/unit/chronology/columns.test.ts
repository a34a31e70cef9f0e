import { describe, expect, it } from 'vitest';
import { findHeaderRow, matchColumns, normaliseHeader } from '../../../server/chronology/columns';
import { readChildSeen, readKind } from '../../../server/chronology/cellValues';

describe('matchColumns', () => {
  it('maps common agency header names in any order', () => {
    const headers = ['Worker', 'Outcome/Action', 'Date of contact', 'Time', 'Case note details', 'Record', 'Date recorded'];
    expect(matchColumns(headers)).toEqual({
      ok: true,
      columns: { date: 2, time: 3, description: 4, actor: 0, outcome: 1, source: 5 },
      mapping: { date: 'Date of contact', time: 'Time', description: 'Case note details', actor: 'Worker', outcome: 'Outcome/Action', source: 'Record' },
    });
  });

  it('prefers a whole-header match ("Event date" is the date, "Event" the entry)', () => {
    const result = matchColumns(['Event', 'Event date', 'Entry type', 'Recorded by', 'Child’s words', 'Shared with']);
    expect(result.ok && result.mapping).toEqual({
      date: 'Event date', description: 'Event', kind: 'Entry type', actor: 'Recorded by', childWords: 'Child’s words', sharedWith: 'Shared with',
    });
  });

  it('lets an explicit mapping override the guess, case-insensitively', () => {
    const result = matchColumns(['Date', 'Narrative', 'Summary'], { description: 'summary' });
    expect(result.ok && result.mapping).toEqual({ description: 'Summary', date: 'Date' });
  });

  it('names the required fields it cannot find and mapping mistakes', () => {
    expect(matchColumns(['Notes'])).toEqual({ ok: false, messages: ['mapping.date: no column looks like the date; name it in the mapping'] });
    expect(matchColumns(['A', 'B'], { date: 'A', description: 'A' })).toEqual({
      ok: false, messages: ['mapping.description: column "A" is already mapped to another field'],
    });
  });

  it('normalises headers for matching', () => {
    expect(normaliseHeader('  Child’s Words / Voice ')).toBe('childs words voice');
  });
});

describe('findHeaderRow', () => {
  it('skips title lines above the header row', () => {
    expect(findHeaderRow([['Northbridge Police chronology'], [''], ['Date', 'Entry'], ['1/1/23', 'x']])).toBe(2);
  });

  it('prefers the row matching known header names best over a title row that names a date and notes', () => {
    expect(findHeaderRow([['Date of export: 01/04/2023', 'Case notes'], ['Date', 'Details', 'Worker'], ['1/1/23', 'x', 'SW1']])).toBe(1);
  });

  it('takes the first of two equally good header rows', () => {
    expect(findHeaderRow([['Date', 'Details'], ['Date', 'Details']])).toBe(0);
  });
});

describe('readKind and readChildSeen', () => {
  it.each([
    ['', 'event'], ['Home visit', 'event'], ['Phone call', 'communication'], ['DNA', 'non_event'], ['Was not brought', 'non_event'],
    ['Non-event', 'non_event'], ['decision', 'decision'], ['Condition', 'condition'],
  ])('reads kind %j as %s', (text, kind) => {
    expect(readKind(text)).toEqual({ ok: true, value: kind });
  });

  it('refuses an unknown kind naming the choices', () => {
    expect(readKind('Lunch')).toEqual({ ok: false, message: '"Lunch" is not a kind of entry (use event, condition, decision, communication or non-event)' });
  });

  it.each([['Yes', true], ['Y', true], ['seen alone', true], ['No', false], ['not seen', false], ['', null], ['N/A', null], ['Unknown', null]])(
    'reads child seen %j as %s', (text, value) => {
      expect(readChildSeen(text)).toEqual({ ok: true, value });
    },
  );
});
