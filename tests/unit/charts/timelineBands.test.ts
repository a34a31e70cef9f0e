import { describe, expect, it } from 'vitest';
import { episodeBands, episodePeriods, gapBands } from '../../../client/src/charts/timeline/bands';
import { barPath, glyphPath } from '../../../client/src/charts/timeline/glyphs';
import { timeTickFormat } from '../../../client/src/charts/timeline/tickFormat';
import { wrapLabel } from '../../../client/src/charts/timeline/labels';

const scale = { domain: [0, 100] as const, range: [0, 200] as const };

describe('episodePeriods', () => {
  it('takes a missing start or end from the entries of the episode, and leaves out episodes with neither', () => {
    const periods = episodePeriods(
      [{ id: 'e1', title: 'Referral', start: null, end: 60 }, { id: 'e2', title: 'Conference', start: null, end: null }, { id: 'e3', title: 'Empty', start: null, end: null }],
      [{ start: 10, end: 12, episodeId: 'e1' }, { start: 30, end: 35, episodeId: 'e2' }, { start: 40, end: 20, episodeId: 'e2' }, { start: 5, end: 5, episodeId: null }],
    );
    expect(periods).toEqual([
      { id: 'e1', title: 'Referral', start: 10, end: 60 },
      { id: 'e2', title: 'Conference', start: 30, end: 40 },
    ]);
  });
});

describe('episodeBands', () => {
  it('clips bands to the visible range and culls those outside it', () => {
    const bands = episodeBands([
      { id: 'a', title: 'A', start: -50, end: 25 },
      { id: 'b', title: 'B', start: 40, end: 60 },
      { id: 'c', title: 'C', start: 150, end: 160 },
    ], scale);
    expect(bands).toEqual([{ id: 'a', label: 'A', x0: 0, x1: 50 }, { id: 'b', label: 'B', x0: 80, x1: 120 }]);
  });
});

describe('gapBands', () => {
  it('labels each gap with its length in days', () => {
    expect(gapBands([{ start: 10, end: 20, days: 45 }], scale)).toEqual([{ id: 'gap-10', label: '45 days without the child being seen', x0: 20, x1: 40 }]);
  });
});

describe('glyphs', () => {
  it('draws each kind as its own shape with rounded coordinates', () => {
    expect(glyphPath('event', 10, 10, 5)).toBe('M15,10A5,5,0,1,1,5,10A5,5,0,1,1,15,10Z');
    expect(glyphPath('condition', 10, 10, 5)).toBe('M5.75,5.75L14.25,5.75L14.25,14.25L5.75,14.25Z');
    expect(glyphPath('decision', 10, 10, 5)).toBe('M10,4.25L15.75,10L10,15.75L4.25,10Z');
    expect(glyphPath('communication', 10, 10, 5)).toBe('M10,4.5L15.5,14.4L4.5,14.4Z');
    expect(glyphPath('non_event', 0, 0, 1)).toBe('M1,0A1,1,0,1,1,-1,0A1,1,0,1,1,1,0Z');
  });
  it('draws a range bar between its ends', () => {
    expect(barPath(2, 30, 10, 6)).toBe('M2,7L30,7L30,13L2,13Z');
  });
});

describe('timeTickFormat', () => {
  const at = (iso: string) => new Date(iso);
  it('labels months, adding the year to the first tick and where the year changes', () => {
    const ticks = [at('2019-11-01'), at('2019-12-01'), at('2020-01-01'), at('2020-02-01')];
    expect(ticks.map(timeTickFormat(ticks))).toEqual(['Nov 2019', 'Dec', 'Jan 2020', 'Feb']);
  });
  it('labels days and clock times with the date where it changes', () => {
    const days = [at('2019-03-14'), at('2019-03-21')];
    expect(days.map(timeTickFormat(days))).toEqual(['14 Mar 2019', '21 Mar']);
    const hours = [at('2019-03-14T18:00Z'), at('2019-03-15T00:00Z'), at('2019-03-15T06:00Z')];
    expect(hours.map(timeTickFormat(hours))).toEqual(['14 Mar 2019 18:00', '15 Mar 00:00', '06:00']);
  });
  it('labels years alone when ticks are a year or more apart', () => {
    const ticks = [at('2018-01-01'), at('2020-01-01')];
    expect(ticks.map(timeTickFormat(ticks))).toEqual(['2018', '2020']);
  });
});

describe('wrapLabel', () => {
  it('breaks a long agency name at spaces into two lines and ends a cut line with an ellipsis', () => {
    expect(wrapLabel("Northbridge Children's Social Care", 18)).toEqual(['Northbridge', "Children's Social…"]);
    expect(wrapLabel('Police', 18)).toEqual(['Police']);
    expect(wrapLabel('Northbridge Police Service', 12, 1)).toEqual(['Northbridge…']);
    expect(wrapLabel('Supercalifragilistic', 8)).toEqual(['Superca…']);
  });
});
