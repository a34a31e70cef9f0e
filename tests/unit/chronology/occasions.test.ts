import { describe, expect, it } from 'vitest';
import { findGaps } from '../../../server/chronology/gaps';
import { buildOccasionIndex } from '../../../server/chronology/sameOccasion';
import { contentWords, normaliseText, similarity } from '../../../server/chronology/similarity';
import { importKeysFor } from '../../../server/chronology/importKeys';
import { buildActorMatcher } from '../../../server/chronology/actorMatch';
import { sequentialIds } from '../../../server/chronology/sequentialIds';
import { parseEdtf } from '../../../schema/edtf';

const day = (iso: string) => parseEdtf(iso);

describe('contentWords and similarity', () => {
  it('drops common words, folds accents and trims plurals', () => {
    expect([...contentWords('The strategy discussions with Police about the child’s bruises, café')]).toEqual(['strategy', 'discussion', 'police', 'bruise', 'cafe']);
  });

  it('scores word sets from 0 to 1', () => {
    expect(similarity(new Set(['a1', 'b1']), new Set(['a1', 'b1']))).toBe(1);
    expect(similarity(new Set(['a1', 'b1']), new Set(['a1', 'c1']))).toBe(0.5);
    expect(similarity(new Set(['a1']), new Set())).toBe(0);
  });

  it('normalises text for duplicate keys', () => {
    expect(normaliseText('  Home   VISIT\n')).toBe('home visit');
  });
});

describe('buildOccasionIndex', () => {
  const entry = (id: string, when: string, text: string, agencyId = 'police') => ({ id, agencyId, ...day(when), words: contentWords(text) });
  const index = buildOccasionIndex([
    entry('strategy', '2023-06-13T10:00', 'Strategy discussion with police about bruise; agreed single agency enquiry'),
    entry('visit', '2023-06-13', 'Home visit, mother seen'),
    entry('vague', '2023', 'Strategy discussion about bruise agreed enquiry'),
  ]);

  it('suggests alike entries whose days overlap', () => {
    const d = day('2023-06-13');
    expect(index.find(d.start, d.end, contentWords('Strategy discussion with CSC regarding bruise; agreed joint enquiry'))).toEqual([
      { eventId: 'strategy', agencyId: 'police', similarity: 0.67 },
    ]);
  });

  it('does not suggest entries on other days, vaguer than a month, or excluded', () => {
    const other = day('2023-06-14');
    expect(index.find(other.start, other.end, contentWords('Strategy discussion about bruise agreed enquiry'))).toEqual([]);
    const d = day('2023-06-13');
    expect(index.find(d.start, d.end, contentWords('Strategy discussion about bruise agreed enquiry'), 'strategy')).toEqual([]);
  });
});

describe('findGaps', () => {
  const seen = (id: string, when: string) => ({ id, ...day(when) });

  it('reports periods longer than the threshold between sightings, never overstated', () => {
    expect(findGaps([seen('b', '2023-05-20'), seen('a', '2023-03-10'), seen('c', '2023-05-25T10:00')], 28)).toEqual([
      { start: Date.parse('2023-03-11T00:00:00Z'), end: Date.parse('2023-05-20T00:00:00Z'), days: 70, fromEventId: 'a', toEventId: 'b' },
    ]);
  });

  it('lets a month-long sighting bound a gap but leaves out year-long ones', () => {
    expect(findGaps([seen('a', '2023-01-05'), seen('y', '2023'), seen('m', '2023-03'), seen('z', '2023-03-20')], 28)).toEqual([
      { start: Date.parse('2023-01-06T00:00:00Z'), end: Date.parse('2023-03-01T00:00:00Z'), days: 54, fromEventId: 'a', toEventId: 'm' },
    ]);
  });
});

describe('importKeysFor', () => {
  const row = (value: string, text: string) => ({ occurred: { value }, text });

  it('gives the same key to the same agency, date and text whatever the spacing or case, and numbers repeats', () => {
    const [a, b, c, d] = importKeysFor('agency-1', [row('2023-03-14', 'Home visit'), row('2023-03-14', ' home  VISIT '), row('2023-03-15', 'Home visit'), row('2023-03-14', 'Home visit')]);
    expect(new Set([a, b, c, d]).size).toBe(4);
    expect(importKeysFor('agency-1', [row('2023-03-14', 'HOME VISIT')])[0]).toBe(a);
    expect(importKeysFor('agency-2', [row('2023-03-14', 'Home visit')])[0]).not.toBe(a);
  });
});

describe('buildActorMatcher', () => {
  const match = buildActorMatcher([
    { id: 'sw1', realName: 'Priya Natarajan', aliases: [], roleCode: 'SW1' },
    { id: 'hv1', realName: 'Łukasz Nowak', aliases: ['Luke'], roleCode: 'HV1' },
  ]);

  it('finds practitioners by full name, alias or role code as whole words', () => {
    expect(match('Priya Natarajan (SW)')).toEqual(['sw1']);
    expect(match('lukasz nowak / SW1')).toEqual(['sw1', 'hv1']);
    expect(match('Luke')).toEqual(['hv1']);
    expect(match('SW10')).toEqual([]);
    expect(match('')).toEqual([]);
  });
});

describe('sequentialIds', () => {
  it('makes version 7 UUIDs that sort in the order they were made', () => {
    const next = sequentialIds(Date.parse('2026-03-01T09:00:00Z'));
    const ids = Array.from({ length: 300 }, next);
    expect(ids[0]).toMatch(/^019ca8a0-3e80-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(300);
  });
});
