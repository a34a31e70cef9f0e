import { and, eq } from 'drizzle-orm';
import type { Conn } from '../db/open';
import { events } from '../../schema/tables';
import type { Gap } from '../../schema/contracts/chronology';
import { findGaps } from '../chronology/gaps';

/** Periods longer than `days` in which no entry of the investigation records the child as seen. */
export function listGaps(db: Conn, investigationId: string, days: number): Gap[] {
  const seen = db.select({ id: events.id, start: events.sortStart, end: events.sortEnd }).from(events)
    .where(and(eq(events.investigationId, investigationId), eq(events.childSeen, true))).all();
  return findGaps(seen, days);
}
