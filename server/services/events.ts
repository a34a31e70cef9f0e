import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Conn, Db } from '../db/open';
import { eventPeople, events, eventSources } from '../../schema/tables';
import type { ChronologyEvent, EventCreateInput, EventUpdateInput } from '../../schema/contracts/chronology';
import { recordAudit } from './audit';
import type { Actor } from './actor';
import { assertEventRefs, nextSequence, readOccurred, unique } from './eventRefs';
import { getEvent } from './eventList';
import { assertVersion, definedOnly, loadScoped, updateVersioned } from './versioned';

type EventRow = typeof events.$inferSelect;

function writePeople(tx: Conn, eventId: string, actorIds: string[] | undefined, subjectIds: string[] | undefined) {
  if (actorIds) {
    tx.delete(eventPeople).where(and(eq(eventPeople.eventId, eventId), eq(eventPeople.role, 'actor'))).run();
    if (actorIds.length) tx.insert(eventPeople).values(actorIds.map((personId) => ({ eventId, personId, role: 'actor' }))).run();
  }
  if (subjectIds) {
    tx.delete(eventPeople).where(and(eq(eventPeople.eventId, eventId), eq(eventPeople.role, 'subject'))).run();
    if (subjectIds.length) tx.insert(eventPeople).values(subjectIds.map((personId) => ({ eventId, personId, role: 'subject' }))).run();
  }
}

function writeSources(tx: Conn, eventId: string, sourceIds: string[] | undefined) {
  if (!sourceIds) return;
  tx.delete(eventSources).where(eq(eventSources.eventId, eventId)).run();
  if (sourceIds.length) tx.insert(eventSources).values(sourceIds.map((sourceId) => ({ eventId, sourceId }))).run();
}

const sortColumns = (occurred: string) => {
  const d = readOccurred(occurred);
  return { occurred: d.value, sortStart: d.start, sortEnd: d.end, precision: d.precision };
};

/** Records a chronology entry with its people and sources; every reference must belong to the investigation. */
export function createEvent(db: Db, actor: Actor, investigationId: string, input: EventCreateInput): ChronologyEvent {
  return db.transaction((tx) => {
    const dates = sortColumns(input.occurred);
    assertEventRefs(tx, investigationId, input);
    const { actorIds, subjectIds, sourceIds, sequence, ...fields } = input;
    const row = tx.insert(events).values({
      id: randomUUID(), investigationId, ...fields, ...dates, sequence: sequence ?? nextSequence(tx, investigationId),
      createdBy: actor.userId, createdAt: actor.at, updatedAt: actor.at,
    }).returning().get();
    writePeople(tx, row.id, unique(actorIds), unique(subjectIds));
    writeSources(tx, row.id, unique(sourceIds));
    const after = getEvent(tx, investigationId, row.id);
    recordAudit(tx, actor, { investigationId, entity: 'event', entityId: row.id, action: 'create', after });
    return after;
  });
}

/** Edits an entry; refused with 409 when it changed since the version the edit was based on. */
export function updateEvent(db: Db, actor: Actor, investigationId: string, id: string, input: EventUpdateInput): ChronologyEvent {
  return db.transaction((tx) => {
    const row = loadScoped<EventRow>(tx, events, id, investigationId, 'event');
    const { version, actorIds, subjectIds, sourceIds, occurred, ...fields } = input;
    assertVersion(row, version, 'event');
    assertEventRefs(tx, investigationId, input);
    const before = getEvent(tx, investigationId, id);
    updateVersioned<EventRow>(tx, events, row, version, { ...definedOnly(fields), ...(occurred !== undefined ? sortColumns(occurred) : {}) }, actor.at, 'event');
    writePeople(tx, id, unique(actorIds), unique(subjectIds));
    writeSources(tx, id, unique(sourceIds));
    const after = getEvent(tx, investigationId, id);
    recordAudit(tx, actor, { investigationId, entity: 'event', entityId: id, action: 'update', before, after });
    return after;
  });
}

/** Deletes an entry (its people, sources and links go with it); 409 when stale. */
export function deleteEvent(db: Db, actor: Actor, investigationId: string, id: string, version: number): void {
  db.transaction((tx) => {
    const row = loadScoped<EventRow>(tx, events, id, investigationId, 'event');
    assertVersion(row, version, 'event');
    const before = getEvent(tx, investigationId, id);
    tx.delete(events).where(eq(events.id, id)).run();
    recordAudit(tx, actor, { investigationId, entity: 'event', entityId: id, action: 'delete', before });
  });
}
