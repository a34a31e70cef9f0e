import { and, asc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import type { Conn } from '../db/open';
import { eventLinks, eventPeople, events, eventSources } from '../../schema/tables';
import type { ChronologyEvent } from '../../schema/contracts/chronology';
import type { EventKind } from '../../schema/contracts/enums';
import { formatEdtf, tryParseEdtf, type EdtfPrecision } from '../../schema/edtf';
import type { Redactor } from '../anonymise/registryRedactor';
import { badRequest, notFound } from '../http/errors';

type EventRow = typeof events.$inferSelect;
type Link = ChronologyEvent['links'][number];

/** People, sources and links of entries, loaded in bulk and grouped by entry id. */
interface Relations {
  actors: Map<string, string[]>;
  subjects: Map<string, string[]>;
  sources: Map<string, string[]>;
  links: Map<string, Link[]>;
}

const push = <T>(map: Map<string, T[]>, key: string, value: T) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

function loadRelations(db: Conn, investigationId: string, eventId?: string): Relations {
  const rel: Relations = { actors: new Map(), subjects: new Map(), sources: new Map(), links: new Map() };
  const scope = eventId ? eq(events.id, eventId) : eq(events.investigationId, investigationId);
  const peopleRows = db.select({ eventId: eventPeople.eventId, personId: eventPeople.personId, role: eventPeople.role })
    .from(eventPeople).innerJoin(events, eq(events.id, eventPeople.eventId)).where(scope).all();
  for (const p of peopleRows) push(p.role === 'actor' ? rel.actors : rel.subjects, p.eventId, p.personId);
  const sourceRows = db.select({ eventId: eventSources.eventId, sourceId: eventSources.sourceId })
    .from(eventSources).innerJoin(events, eq(events.id, eventSources.eventId)).where(scope).all();
  for (const s of sourceRows) push(rel.sources, s.eventId, s.sourceId);
  const linkScope = eventId
    ? sql`${eventLinks.eventAId} = ${eventId} or ${eventLinks.eventBId} = ${eventId}`
    : eq(eventLinks.investigationId, investigationId);
  for (const l of db.select().from(eventLinks).where(linkScope).orderBy(asc(eventLinks.createdAt)).all()) {
    push(rel.links, l.eventAId, { id: l.id, otherEventId: l.eventBId, kind: l.kind as Link['kind'], note: l.note });
    push(rel.links, l.eventBId, { id: l.id, otherEventId: l.eventAId, kind: l.kind as Link['kind'], note: l.note });
  }
  return rel;
}

interface DateView { display: string; precision: EdtfPrecision; uncertain: boolean; approximate: boolean }
const dateViews = new Map<string, DateView>();

/** How a stored EDTF value is shown; memoised because a chronology repeats the same dates many times. */
function dateView(occurred: string, storedPrecision: string): DateView {
  let view = dateViews.get(occurred);
  if (view) return view;
  const d = tryParseEdtf(occurred);
  view = d
    ? { display: formatEdtf(d), precision: d.precision, uncertain: d.uncertain, approximate: d.approximate }
    : { display: occurred, precision: storedPrecision as EdtfPrecision, uncertain: false, approximate: false };
  if (dateViews.size > 100_000) dateViews.clear();
  dateViews.set(occurred, view);
  return view;
}

const EMPTY: never[] = [];

function present(row: EventRow, rel: Relations): ChronologyEvent {
  const sourceIds = rel.sources.get(row.id) ?? EMPTY;
  return {
    id: row.id, occurred: row.occurred, ...dateView(row.occurred, row.precision), start: row.sortStart, end: row.sortEnd,
    sequence: row.sequence, kind: row.kind as EventKind, agencyId: row.agencyId,
    actorIds: rel.actors.get(row.id) ?? EMPTY, subjectIds: rel.subjects.get(row.id) ?? EMPTY,
    description: row.description, knownAtTime: row.knownAtTime, childSeen: row.childSeen, childWords: row.childWords,
    sharedWith: row.sharedWith, sourceIds, confidence: row.confidence as ChronologyEvent['confidence'],
    episodeId: row.episodeId, links: rel.links.get(row.id) ?? EMPTY, unsourced: sourceIds.length === 0,
    createdAt: row.createdAt, updatedAt: row.updatedAt, version: row.version,
  };
}

/** Filters for listing a chronology (see EventListQuerySchema). */
export interface EventFilter {
  agencyId?: string;
  kind?: EventKind;
  personId?: string;
  episodeId?: string;
  from?: string;
  to?: string;
  q?: string;
  limit?: number;
  offset?: number;
}

const ORDER = [asc(events.sortStart), asc(events.sequence), asc(events.sortEnd), asc(events.createdAt), asc(events.id)];

function bound(text: string, field: string) {
  const d = tryParseEdtf(text);
  if (!d) throw badRequest(`${field}: must be a date such as 2023-03-01 or 2023-03`);
  return d;
}

const fold = (text: string) => text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/**
 * Lists an investigation's entries by earliest possible instant, then sequence. Dates filter by overlap; `q`
 * matches the entry's text as the caller may see it (through the redactor when given), so a search cannot
 * reveal a name the caller is not shown.
 */
export function listEvents(db: Conn, investigationId: string, f: EventFilter = {}, redactor?: Redactor): ChronologyEvent[] {
  const where: SQL[] = [eq(events.investigationId, investigationId)];
  if (f.agencyId) where.push(eq(events.agencyId, f.agencyId));
  if (f.kind) where.push(eq(events.kind, f.kind));
  if (f.episodeId) where.push(eq(events.episodeId, f.episodeId));
  if (f.personId) where.push(sql`exists (select 1 from ${eventPeople} where ${eventPeople.eventId} = ${events.id} and ${eventPeople.personId} = ${f.personId})`);
  if (f.from) where.push(gte(events.sortEnd, bound(f.from, 'from').start));
  if (f.to) where.push(lte(events.sortStart, bound(f.to, 'to').end));
  const rows = db.select().from(events).where(and(...where)).orderBy(...ORDER).all();
  const rel = loadRelations(db, investigationId);
  let list = rows.map((r) => present(r, rel));
  const q = f.q?.trim();
  if (q) {
    const needle = fold(q);
    const shown = (t: string) => fold(redactor ? redactor.replace(t) : t);
    list = list.filter((e) => [e.description, e.knownAtTime, e.childWords, e.sharedWith, e.display].some((t) => t !== '' && shown(t).includes(needle)));
  }
  const offset = f.offset ?? 0;
  return f.limit === undefined && offset === 0 ? list : list.slice(offset, offset + (f.limit ?? list.length));
}

/** One entry of an investigation, or 404. */
export function getEvent(db: Conn, investigationId: string, id: string): ChronologyEvent {
  const row = db.select().from(events).where(and(eq(events.id, id), eq(events.investigationId, investigationId))).get();
  if (!row) throw notFound('event');
  return present(row, loadRelations(db, investigationId, id));
}
