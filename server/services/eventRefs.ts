import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Conn } from '../db/open';
import { episodes, events, people, sources } from '../../schema/tables';
import { EdtfError, parseEdtf, type ParsedEdtf } from '../../schema/edtf';
import { unprocessable } from '../http/errors';
import { assertAgencyIn } from './agencies';

/** Reads an EDTF field or throws 422 naming the field and the reason. */
export function readOccurred(text: string, field = 'occurred'): ParsedEdtf {
  try {
    return parseEdtf(text);
  } catch (e) {
    if (e instanceof EdtfError) throw unprocessable(`${field}: ${e.message}`);
    throw e;
  }
}

/** References an entry makes; each must belong to the same investigation. */
export interface EventRefs {
  agencyId?: string | null;
  actorIds?: string[];
  subjectIds?: string[];
  sourceIds?: string[];
  episodeId?: string | null;
}

const SUBJECT_KINDS = new Set(['child', 'family_member']);

function assertPeople(db: Conn, investigationId: string, ids: readonly string[], field: string, kinds: Set<string>, what: string) {
  if (ids.length === 0) return;
  const found = new Map(db.select({ id: people.id, kind: people.kind }).from(people)
    .where(and(eq(people.investigationId, investigationId), inArray(people.id, [...ids]))).all().map((p) => [p.id, p.kind]));
  ids.forEach((id, i) => {
    const kind = found.get(id);
    if (!kind) throw unprocessable(`${field}[${i}]: no such person in this investigation's registry`);
    if (!kinds.has(kind)) throw unprocessable(`${field}[${i}]: must be ${what} from this investigation's registry`);
  });
}

/**
 * Throws 422 naming the field unless the agency, actors (registry practitioners), subjects (the child and
 * family), sources and episode all belong to this investigation.
 */
export function assertEventRefs(db: Conn, investigationId: string, refs: EventRefs): void {
  assertAgencyIn(db, investigationId, refs.agencyId);
  if (refs.actorIds) assertPeople(db, investigationId, refs.actorIds, 'actorIds', new Set(['practitioner']), 'a practitioner');
  if (refs.subjectIds) assertPeople(db, investigationId, refs.subjectIds, 'subjectIds', SUBJECT_KINDS, 'the child or a family member');
  if (refs.sourceIds && refs.sourceIds.length > 0) {
    const found = new Set(db.select({ id: sources.id }).from(sources)
      .where(and(eq(sources.investigationId, investigationId), inArray(sources.id, refs.sourceIds))).all().map((s) => s.id));
    refs.sourceIds.forEach((id, i) => {
      if (!found.has(id)) throw unprocessable(`sourceIds[${i}]: no such source in this investigation`);
    });
  }
  if (refs.episodeId) {
    const row = db.select({ id: episodes.id }).from(episodes)
      .where(and(eq(episodes.id, refs.episodeId), eq(episodes.investigationId, investigationId))).get();
    if (!row) throw unprocessable('episodeId: no such episode in this investigation');
  }
}

/** The next free sequence number in an investigation (orders entries that share a date). */
export function nextSequence(db: Conn, investigationId: string): number {
  const row = db.select({ max: sql<number | null>`max(${events.sequence})` }).from(events).where(eq(events.investigationId, investigationId)).get();
  return (row?.max ?? 0) + 1;
}

/** Removes repeated ids, keeping the first of each. */
export const unique = (ids: readonly string[] | undefined) => (ids ? [...new Set(ids)] : undefined);
