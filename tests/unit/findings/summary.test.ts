import { describe, expect, it } from 'vitest';
import { annualSummary } from '../../../server/findings/summary';

describe('annualSummary', () => {
  it('counts per year of issue, oldest first', () => {
    const rows = [
      { issuedAt: '2026-01-02', status: 'open', assessment: 'awaiting_response', responseCount: 0, overdue: true },
      { issuedAt: '2025-06-01', status: 'closed', assessment: 'adequate', responseCount: 2, overdue: false },
      { issuedAt: '2026-02-01', status: 'superseded', assessment: 'not_adequate', responseCount: 1, overdue: false },
    ];
    expect(annualSummary(rows)).toEqual([
      { year: 2025, issued: 1, responded: 1, responsesReceived: 2, overdue: 0,
        assessments: { adequate: 1, partially_adequate: 0, not_adequate: 0, awaiting_response: 0 },
        statuses: { open: 0, closed: 1, superseded: 0 } },
      { year: 2026, issued: 2, responded: 1, responsesReceived: 1, overdue: 1,
        assessments: { adequate: 0, partially_adequate: 0, not_adequate: 1, awaiting_response: 1 },
        statuses: { open: 1, closed: 0, superseded: 1 } },
    ]);
  });

  it('is empty for no recommendations', () => {
    expect(annualSummary([])).toEqual([]);
  });
});
