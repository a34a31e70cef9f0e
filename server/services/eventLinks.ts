import { randomUUID } from 'node:crypto';
import { and, eq, or } from 'drizzle-orm';
import type { Db } from '../db/open';
import { eventLinks, events } from '../../schema/tables';
import type { ChronologyEvent } from '../../schema/contracts/chronology';
import { notFound, unprocessable } from '../http/errors';
import { recordAudit } from './audit';
import type { Actor } from './actor';
import { loadScoped } from './versioned';

type Link = ChronologyEvent['links'][number];
type LinkInput = { otherEventId: string; kind: Link['kind']; note: string };

/**
 * Links two entries of one investigation as conflicting accounts or accounts of the same occasion.
 * Both entries stay as they are: linking never merges or overwrites an account.
 */
export function linkEvents(db: Db, actor: Actor, investigationId: string, eventId: string, input: LinkInput): Link {
  return db.transaction((tx) => {
    loadScoped(tx, events, eventId, investigationId, 'event');
    if (input.otherEventId === eventId) throw unprocessable('otherEventId: an entry cannot be linked to itself');
    const other = tx.select({ id: events.id }).from(events)
      .where(and(eq(events.id, input.otherEventId), eq(events.investigationId, investigationId))).get();
    if (!other) throw unprocessable('otherEventId: no such entry in this investigation');
    const [a, b] = eventId < input.otherEventId ? [eventId, input.otherEventId] : [input.otherEventId, eventId];
    const existing = tx.select({ id: eventLinks.id }).from(eventLinks)
      .where(and(eq(eventLinks.eventAId, a), eq(eventLinks.eventBId, b), eq(eventLinks.kind, input.kind))).get();
    if (existing) throw unprocessable(`otherEventId: these entries are already linked as ${input.kind.replace('_', ' ')}`);
    const row = tx.insert(eventLinks).values({
      id: randomUUID(), investigationId, eventAId: a, eventBId: b, kind: input.kind, note: input.note, createdAt: actor.at, updatedAt: actor.at,
    }).returning().get();
    recordAudit(tx, actor, { investigationId, entity: 'event_link', entityId: row.id, action: 'create', after: row });
    return { id: row.id, otherEventId: input.otherEventId, kind: input.kind, note: row.note };
  });
}

/** Removes a link from an entry; the two entries themselves are untouched. */
export function unlinkEvents(db: Db, actor: Actor, investigationId: string, eventId: string, linkId: string): void {
  db.transaction((tx) => {
    const row = tx.select().from(eventLinks).where(and(
      eq(eventLinks.id, linkId), eq(eventLinks.investigationId, investigationId),
      or(eq(eventLinks.eventAId, eventId), eq(eventLinks.eventBId, eventId)),
    )).get();
    if (!row) throw notFound('link');
    tx.delete(eventLinks).where(eq(eventLinks.id, linkId)).run();
    recordAudit(tx, actor, { investigationId, entity: 'event_link', entityId: linkId, action: 'delete', before: row });
  });
}
