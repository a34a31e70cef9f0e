import { and, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import type { Conn } from '../db/open';
import { events } from '../../schema/tables';
import type { ImportResult } from '../../schema/contracts/chronology';
import type { ReadRow } from '../chronology/rows';
import { buildOccasionIndex } from '../chronology/sameOccasion';
import { contentWords } from '../chronology/similarity';

const MONTH = 31 * 86_400_000;

/** What the suggestions need of an incoming row. */
export type OccasionRow = Pick<ReadRow, 'rowNumber' | 'text'> & { occurred: Pick<ReadRow['occurred'], 'start' | 'end'> };

interface Existing { id: string; agencyId: string | null; start: number; end: number; description: string }

/** The investigation's entries precise enough to suggest (within a month), overlapping the period when given. */
function existingEntries(db: Conn, investigationId: string, period?: { from: number; to: number }): Existing[] {
  const where: SQL[] = [eq(events.investigationId, investigationId), sql`${events.sortEnd} - ${events.sortStart} < ${MONTH}`];
  if (period) where.push(gte(events.sortEnd, period.from), lte(events.sortStart, period.to));
  return db.select({ id: events.id, agencyId: events.agencyId, start: events.sortStart, end: events.sortEnd, description: events.description })
    .from(events).where(and(...where)).all();
}

const preciseRows = (rows: readonly OccasionRow[]) => rows.filter((r) => r.occurred.end - r.occurred.start < MONTH);

/** The period the rows may fall in: from the earliest start to the latest end. */
function periodOf(rows: readonly OccasionRow[]): { from: number; to: number } {
  let from = Infinity;
  let to = -Infinity;
  for (const r of rows) {
    from = Math.min(from, r.occurred.start);
    to = Math.max(to, r.occurred.end);
  }
  return { from, to };
}

function suggest(existing: readonly Existing[], precise: readonly OccasionRow[]): ImportResult['sameOccasion'] {
  if (existing.length === 0 || precise.length === 0) return [];
  const { from, to } = periodOf(precise);
  // Only entries overlapping the rows' period can match; their words are all that is worth computing.
  const candidates = existing.filter((e) => e.end >= from && e.start <= to);
  if (candidates.length === 0) return [];
  const index = buildOccasionIndex(candidates.map((e) => ({ ...e, words: contentWords(e.description) })));
  return precise.flatMap((r) => index.find(r.occurred.start, r.occurred.end, contentWords(r.text))
    .map((m) => ({ rowNumber: r.rowNumber, ...m })));
}

/**
 * Suggests existing entries (from any agency) that may record the same occasion as incoming rows: dates that
 * overlap by day and alike words. Suggestions only; both accounts are kept.
 */
export function findSameOccasion(db: Conn, investigationId: string, rows: readonly OccasionRow[]): ImportResult['sameOccasion'] {
  const precise = preciseRows(rows);
  if (precise.length === 0) return [];
  return suggest(existingEntries(db, investigationId, periodOf(precise)), precise);
}

/**
 * The same suggestions for an import written while it is read, whose rows are only all known at the end: the
 * existing entries are taken now, before any row is written, and the rows are matched against them at the end.
 */
export function sameOccasionAgainstNow(db: Conn, investigationId: string): (rows: readonly OccasionRow[]) => ImportResult['sameOccasion'] {
  const existing = existingEntries(db, investigationId);
  return (rows) => suggest(existing, preciseRows(rows));
}
