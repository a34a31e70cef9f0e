/** Default days an addressee has to respond to a recommendation (aviation practice). */
export const DEFAULT_RESPONSE_DAYS = 90;

/** The calendar date (UTC) of an instant, as YYYY-MM-DD. */
export function dateOf(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/** Adds whole days to a YYYY-MM-DD date, in UTC so clock changes never shift it. */
export function addDays(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(t)) throw new RangeError(`not a date: ${date}`);
  return new Date(t + days * 86_400_000).toISOString().slice(0, 10);
}

/** The year of a YYYY-MM-DD date. */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** What the caller asked for the due date: a number of days or an explicit date (not both). */
export interface DueDateRequest { responseDays?: number; responseDueAt?: string }

/** The response due date: the explicit date, or issue date plus the days asked for (default 90). */
export function responseDueDate(issuedOn: string, request: DueDateRequest): string {
  if (request.responseDueAt) return request.responseDueAt;
  return addDays(issuedOn, request.responseDays ?? DEFAULT_RESPONSE_DAYS);
}
