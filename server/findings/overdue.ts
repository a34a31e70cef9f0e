/** What the overdue rule needs to know about a recommendation. */
export interface OverdueInput {
  status: string;
  responseDueAt: string | null;
  responseCount: number;
}

/**
 * An open recommendation is overdue when its response due date has passed (strictly before `today`)
 * and no response has been received. Dates are YYYY-MM-DD, so they compare as text.
 */
export function isOverdue(rec: OverdueInput, today: string): boolean {
  return rec.status === 'open' && rec.responseDueAt !== null && rec.responseDueAt < today && rec.responseCount === 0;
}
