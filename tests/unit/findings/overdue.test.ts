import { describe, expect, it } from 'vitest';
import { isOverdue } from '../../../server/findings/overdue';

const open = { status: 'open', responseDueAt: '2026-03-01', responseCount: 0 };

describe('isOverdue', () => {
  it('is false on the due date and true the day after', () => {
    expect(isOverdue(open, '2026-03-01')).toBe(false);
    expect(isOverdue(open, '2026-03-02')).toBe(true);
  });

  it('is false once a response has been received, for a draft, and when closed or superseded', () => {
    expect(isOverdue({ ...open, responseCount: 1 }, '2026-04-01')).toBe(false);
    expect(isOverdue({ ...open, status: 'draft', responseDueAt: null }, '2026-04-01')).toBe(false);
    expect(isOverdue({ ...open, status: 'closed' }, '2026-04-01')).toBe(false);
    expect(isOverdue({ ...open, status: 'superseded' }, '2026-04-01')).toBe(false);
  });
});
