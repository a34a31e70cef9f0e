import { and, eq, gte, lte, sql } from 'drizzle-orm';
import type { Conn } from '../db/open';
import { events } from '../../schema/tables';
import type { ImportResult } from '../../schema/contracts/chronology';
import type { ReadRow } from '../chronology/rows';
import { buildOccasionIndex } from '../chronology/sameOccasion';
import { contentWords } from '../chronology/similarity';

const MONTH = 31 * 86_400_000;

/**
 * Suggests existing entries (from any agency) that may record the same occasion as incoming rows: dates that
 * overlap by day and alike words. Suggestions only; both accounts are kept.
 */
export function findSameOccasion(db: Conn, investigationId: string, rows: readonly ReadRow[]): ImportResult['sameOccasion'] {
  const precise = rows.filter((r) => r.occurred.end - r.occurred.start < MONTH);
  if (precise.length === 0) return [];
  let from = Infinity;
  let to = -Infinity;
  for (const r of precise) {
    from = Math.min(from, r.occurred.start);
    to = Math.max(to, r.occurred.end);
  }
  const existing = db.select({ id: events.id, agencyId: events.agencyId, start: events.sortStart, end: events.sortEnd, description: events.description })
    .from(events)
    .where(and(eq(events.investigationId, investigationId), gte(events.sortEnd, from), lte(events.sortStart, to), sql`${events.sortEnd} - ${events.sortStart} < ${MONTH}`))
    .all();
  if (existing.length === 0) return [];
  const index = buildOccasionIndex(existing.map((e) => ({ ...e, words: contentWords(e.description) })));
  return precise.flatMap((r) => index.find(r.occurred.start, r.occurred.end, contentWords(r.text))
    .map((m) => ({ rowNumber: r.rowNumber, ...m })));
}
