import { describe, expect, it } from 'vitest';
import { describeBar, summaryLayout } from '../../../client/src/charts/annualSummary/layout';

describe('summaryLayout', () => {
  it('gives each year an issued bar, a responded bar and stacks by assessment and by status, leaving out empty segments', () => {
    const layout = summaryLayout([{
      year: 2025, issued: 3, responded: 1,
      assessments: { adequate: 1, partially_adequate: 0, not_adequate: 0, awaiting_response: 2 },
      statuses: { open: 2, closed: 1, superseded: 0 },
    }]);
    expect(layout).toEqual({
      max: 3,
      years: [{
        year: 2025,
        bars: [
          { series: 'issued', label: 'Issued', total: 3, segments: [{ key: 'issued', label: 'Issued', value: 3, start: 0, end: 3 }] },
          { series: 'responded', label: 'Responded to', total: 1, segments: [{ key: 'responded', label: 'Responded to', value: 1, start: 0, end: 1 }] },
          { series: 'assessment', label: 'By assessment', total: 3, segments: [
            { key: 'adequate', label: 'Adequate', value: 1, start: 0, end: 1 },
            { key: 'awaiting_response', label: 'Awaiting response', value: 2, start: 1, end: 3 },
          ] },
          { series: 'status', label: 'By status', total: 3, segments: [
            { key: 'closed', label: 'Closed', value: 1, start: 0, end: 1 },
            { key: 'open', label: 'Open', value: 2, start: 1, end: 3 },
          ] },
        ],
      }],
    });
  });

  it('sorts years, merges a year listed twice and treats negative or missing counts as zero', () => {
    const layout = summaryLayout([
      { year: 2026, issued: 1, responded: -4, assessments: {}, statuses: { open: 1 } },
      { year: 2024, issued: 2, responded: 2, assessments: { adequate: 2 }, statuses: { closed: 2 } },
      { year: 2026, issued: 1, responded: 1, assessments: { not_adequate: 1 }, statuses: { open: 1 } },
    ]);
    expect(layout.years.map((y) => [y.year, y.bars.map((b) => b.total)])).toEqual([[2024, [2, 2, 2, 2]], [2026, [2, 1, 1, 2]]]);
    expect(layout.max).toBe(2);
  });

  it('has no years and a maximum of zero for an empty register', () => {
    expect(summaryLayout([])).toEqual({ years: [], max: 0 });
  });
});

describe('describeBar', () => {
  it('names a stack by its segments and a plain bar by its count', () => {
    const [year] = summaryLayout([{ year: 2025, issued: 2, responded: 0, assessments: { adequate: 1, not_adequate: 1 }, statuses: {} }]).years;
    expect(year!.bars.map((b) => describeBar(2025, b))).toEqual([
      '2025, issued: 2', '2025, responded to: 0', '2025, by assessment: 1 adequate, 1 not adequate', '2025, by status: none',
    ]);
  });
});
