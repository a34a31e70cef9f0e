import { sql, type SQL } from 'drizzle-orm';
import type { Conn } from '../db/open';
import type { ChronologyEvent } from '../../schema/contracts/chronology';
import type { EventKind } from '../../schema/contracts/enums';
import { formatEdtf, tryParseEdtf, type EdtfPrecision } from '../../schema/edtf';
import type { Redactor } from '../anonymise/registryRedactor';
import { badRequest, notFound } from '../http/errors';

/** An events row as the list query returns it: the columns of SELECT, in order (arrays are cheaper than objects for 10,000 rows). */
type EventRow = [
  id: string, occurred: string, sortStart: number, sortEnd: number, precision: string, sequence: number, kind: string,
  agencyId: string | null, description: string, knownAtTime: string, childSeen: number | null, childWords: string,
  sharedWith: string, confidence: string, episodeId: string | null, createdAt: string, updatedAt: string, version: number,
];
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

interface PersonLink { eventId: string; personId: string; role: string }
interface SourceLink { eventId: string; sourceId: string }
interface LinkRow { id: string; a: string; b: string; kind: Link['kind']; note: string }

/**
 * Loads people, sources and links of every entry of an investigation (or of the given entries) in three plain
 * queries, in the order they were given.
 */
function loadRelations(db: Conn, investigationId: string, eventIds?: readonly string[]): Relations {
  const rel: Relations = { actors: new Map(), subjects: new Map(), sources: new Map(), links: new Map() };
  const ids = eventIds && sql`(select value from json_each(${JSON.stringify(eventIds)}))`;
  const people = ids
    ? sql`select event_id as eventId, person_id as personId, role from event_people where event_id in ${ids} order by rowid`
    : sql`select ep.event_id as eventId, ep.person_id as personId, ep.role as role from event_people ep
        join events e on e.id = ep.event_id where e.investigation_id = ${investigationId} order by ep.rowid`;
  const sourceLinks = ids
    ? sql`select event_id as eventId, source_id as sourceId from event_sources where event_id in ${ids} order by rowid`
    : sql`select es.event_id as eventId, es.source_id as sourceId from event_sources es
        join events e on e.id = es.event_id where e.investigation_id = ${investigationId} order by es.rowid`;
  const links = sql`select id, event_a_id as a, event_b_id as b, kind, note from event_links where ${ids
    ? sql`event_a_id in ${ids} or event_b_id in ${ids}`
    : sql`investigation_id = ${investigationId}`} order by created_at, id`;
  for (const p of db.all<PersonLink>(people)) push(p.role === 'actor' ? rel.actors : rel.subjects, p.eventId, p.personId);
  for (const s of db.all<SourceLink>(sourceLinks)) push(rel.sources, s.eventId, s.sourceId);
  for (const l of db.all<LinkRow>(links)) {
    push(rel.links, l.a, { id: l.id, otherEventId: l.b, kind: l.kind, note: l.note });
    push(rel.links, l.b, { id: l.id, otherEventId: l.a, kind: l.kind, note: l.note });
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
  const [id, occurred, start, end, precision, sequence, kind, agencyId, description, knownAtTime, childSeen, childWords,
    sharedWith, confidence, episodeId, createdAt, updatedAt, version] = row;
  const sourceIds = rel.sources.get(id) ?? EMPTY;
  return {
    id, occurred, ...dateView(occurred, precision), start, end, sequence, kind: kind as EventKind, agencyId,
    actorIds: rel.actors.get(id) ?? EMPTY, subjectIds: rel.subjects.get(id) ?? EMPTY,
    description, knownAtTime, childSeen: childSeen === null ? null : Boolean(childSeen), childWords, sharedWith, sourceIds,
    confidence: confidence as ChronologyEvent['confidence'], episodeId, links: rel.links.get(id) ?? EMPTY,
    unsourced: sourceIds.length === 0, createdAt, updatedAt, version,
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

const SELECT = sql.raw(`select id, occurred, sort_start, sort_end, precision, sequence, kind, agency_id, description, known_at_time,
  child_seen, child_words, shared_with, confidence, episode_id, created_at, updated_at, version from events`);
const ORDER = sql.raw('order by sort_start, sequence, sort_end, created_at, id');

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
  const where: SQL[] = [sql`investigation_id = ${investigationId}`];
  if (f.agencyId) where.push(sql`agency_id = ${f.agencyId}`);
  if (f.kind) where.push(sql`kind = ${f.kind}`);
  if (f.episodeId) where.push(sql`episode_id = ${f.episodeId}`);
  if (f.personId) where.push(sql`exists (select 1 from event_people ep where ep.event_id = events.id and ep.person_id = ${f.personId})`);
  if (f.from) where.push(sql`sort_end >= ${bound(f.from, 'from').start}`);
  if (f.to) where.push(sql`sort_start <= ${bound(f.to, 'to').end}`);
  const q = f.q?.trim();
  const offset = f.offset ?? 0;
  // Without a text search the page is cut in SQL, and a small page loads only its own people, sources and links.
  const page = q ? sql`` : sql`limit ${f.limit ?? -1} offset ${offset}`;
  const rows = db.values<EventRow>(sql`${SELECT} where ${sql.join(where, sql` and `)} ${ORDER} ${page}`);
  const rel = loadRelations(db, investigationId, !q && rows.length <= 1_000 ? rows.map((r) => r[0]) : undefined);
  const list = rows.map((r) => present(r, rel));
  if (!q) return list;
  const needle = fold(q);
  const shown = (t: string) => fold(redactor ? redactor.replace(t) : t);
  const found = list.filter((e) => [e.description, e.knownAtTime, e.childWords, e.sharedWith, e.display].some((t) => t !== '' && shown(t).includes(needle)));
  return f.limit === undefined && offset === 0 ? found : found.slice(offset, offset + (f.limit ?? found.length));
}

/** The given entries of an investigation that exist (in listing order); ids of other investigations are left out. */
export function listEventsById(db: Conn, investigationId: string, ids: readonly string[]): ChronologyEvent[] {
  // `+investigation_id` keeps SQLite from walking the investigation's whole order index: the ids are looked up by key.
  const rows = db.values<EventRow>(sql`${SELECT} where id in (select value from json_each(${JSON.stringify(ids)})) and +investigation_id = ${investigationId} ${ORDER}`);
  const rel = loadRelations(db, investigationId, rows.map((r) => r[0]));
  return rows.map((r) => present(r, rel));
}

/** One entry of an investigation, or 404. */
export function getEvent(db: Conn, investigationId: string, id: string): ChronologyEvent {
  const [event] = listEventsById(db, investigationId, [id]);
  if (!event) throw notFound('event');
  return event;
}
