import { z } from 'zod';
import {
  EpisodeCreateSchema, EpisodeEntriesSchema, EpisodeSchema, EpisodeUpdateSchema, EventCreateSchema, EventLinkCreateSchema, EventLinkSchema,
  EventListQuerySchema, EventSchema, EventUpdateSchema, GapQuerySchema, GapSchema, ImportQuerySchema, ImportResultSchema,
  SourceCreateSchema, SourceSchema, SourceUpdateSchema,
} from '../../schema/contracts/chronology';
import { DeleteQuerySchema } from '../../schema/contracts/common';
import { defineRoute, type RouteSpec } from '../http/route';
import { actorOf } from '../services/actor';
import { createEvent, deleteEvent, updateEvent } from '../services/events';
import { getEvent } from '../services/eventList';
import { eventListBody } from '../services/eventListBody';
import { linkEvents, unlinkEvents } from '../services/eventLinks';
import { sourceService } from '../services/sources';
import { assignEpisodeEntries, createEpisode, episodeService } from '../services/episodes';
import { importChronology } from '../services/chronologyImport';
import { chronologyCsv, exportChronology, exportFileName } from '../services/chronologyExport';
import { listGaps } from '../services/gaps';

const read = { kind: 'member', permission: 'investigation.read' } as const;
const edit = { kind: 'member', permission: 'chronology.edit' } as const;
const base = '/api/investigations/:id';

/** Events (entries), their links, and the import, export and gaps of the chronology (issue 3). */
const eventRoutes: RouteSpec[] = [
  defineRoute({
    method: 'get', path: `${base}/events`, tag: 'chronology', summary: 'The integrated chronology, by earliest possible date then sequence',
    access: read, query: EventListQuerySchema, response: z.array(EventSchema),
    handler: ({ db, member, query, req, res }) => {
      // Written here rather than by mount: the body is kept as built (and redacted) buffers and sent as they are.
      const { etag, chunks, length } = eventListBody(db, member!.investigationId, query, member!.canSeeIdentities);
      res.set({ ETag: etag, 'Cache-Control': 'private, no-cache' }).type('application/json; charset=utf-8');
      if (req.fresh) {
        res.status(304).end();
        return;
      }
      res.set('Content-Length', String(length));
      res.cork();
      for (const chunk of chunks) res.write(chunk);
      res.uncork();
      res.end();
    },
  }),
  defineRoute({
    method: 'get', path: `${base}/events/:eventId`, tag: 'chronology', summary: 'One chronology entry',
    access: read, response: EventSchema,
    handler: ({ db, member, params }) => getEvent(db, member!.investigationId, params.eventId!),
  }),
  defineRoute({
    method: 'post', path: `${base}/events`, tag: 'chronology', summary: 'Add a chronology entry', status: 201,
    access: edit, body: EventCreateSchema, response: EventSchema,
    handler: ({ db, user, member, body, now }) => createEvent(db, actorOf(user!.id, now()), member!.investigationId, body),
  }),
  defineRoute({
    method: 'patch', path: `${base}/events/:eventId`, tag: 'chronology', summary: 'Edit a chronology entry (409 when stale)',
    access: edit, body: EventUpdateSchema, response: EventSchema,
    handler: ({ db, user, member, body, params, now }) => updateEvent(db, actorOf(user!.id, now()), member!.investigationId, params.eventId!, body),
  }),
  defineRoute({
    method: 'delete', path: `${base}/events/:eventId`, tag: 'chronology', summary: 'Delete a chronology entry',
    access: edit, query: DeleteQuerySchema,
    handler: ({ db, user, member, query, params, now }) => deleteEvent(db, actorOf(user!.id, now()), member!.investigationId, params.eventId!, query.version),
  }),
  defineRoute({
    method: 'post', path: `${base}/events/:eventId/links`, tag: 'chronology', summary: 'Link two entries as conflicting accounts or the same occasion', status: 201,
    access: edit, body: EventLinkCreateSchema, response: EventLinkSchema,
    handler: ({ db, user, member, body, params, now }) => linkEvents(db, actorOf(user!.id, now()), member!.investigationId, params.eventId!, body),
  }),
  defineRoute({
    method: 'delete', path: `${base}/events/:eventId/links/:linkId`, tag: 'chronology', summary: 'Remove a link between entries',
    access: edit,
    handler: ({ db, user, member, params, now }) => unlinkEvents(db, actorOf(user!.id, now()), member!.investigationId, params.eventId!, params.linkId!),
  }),
  defineRoute({
    method: 'post', path: `${base}/chronology/import`, tag: 'chronology',
    summary: "Import an agency's chronology (CSV or TSV body); all or nothing; ?dryRun=true previews without writing",
    access: edit, raw: 'text/csv', query: ImportQuerySchema, response: ImportResultSchema,
    handler: ({ db, user, member, body, query, now }) => importChronology(db, actorOf(user!.id, now()), member!.investigationId,
      Buffer.isBuffer(body) ? body : Buffer.alloc(0), query),
  }),
  defineRoute({
    method: 'get', path: `${base}/chronology.csv`, tag: 'chronology', summary: 'The chronology as CSV (pseudonymised for roles that may not see identities)',
    access: read, producesFile: 'text/csv',
    handler: ({ db, member, res }) => {
      const x = exportChronology(db, member!.investigationId, member!.canSeeIdentities);
      res.type('text/csv; charset=utf-8').attachment(exportFileName(x, 'csv')).send(chronologyCsv(x));
    },
  }),
  defineRoute({
    method: 'get', path: `${base}/chronology.json`, tag: 'chronology', summary: 'The chronology as JSON (pseudonymised for roles that may not see identities)',
    access: read, producesFile: 'application/json',
    handler: ({ db, member, res }) => {
      const x = exportChronology(db, member!.investigationId, member!.canSeeIdentities);
      res.type('application/json; charset=utf-8').attachment(exportFileName(x, 'json')).send(JSON.stringify(x, null, 2));
    },
  }),
  defineRoute({
    method: 'get', path: `${base}/chronology/gaps`, tag: 'chronology', summary: 'Periods longer than ?days=N in which no agency saw the child',
    access: read, query: GapQuerySchema, response: z.array(GapSchema),
    handler: ({ db, member, query }) => listGaps(db, member!.investigationId, query.days),
  }),
];

/** Sources and key practice episodes. */
const supportRoutes: RouteSpec[] = [
  defineRoute({
    method: 'get', path: `${base}/sources`, tag: 'sources', summary: 'Sources cited by the chronology',
    access: read, response: z.array(SourceSchema),
    handler: ({ db, member }) => sourceService.list(db, member!.investigationId),
  }),
  defineRoute({
    method: 'post', path: `${base}/sources`, tag: 'sources', summary: 'Add a source', status: 201,
    access: edit, body: SourceCreateSchema, response: SourceSchema,
    handler: ({ db, user, member, body, now }) => sourceService.create(db, actorOf(user!.id, now()), member!.investigationId, body),
  }),
  defineRoute({
    method: 'patch', path: `${base}/sources/:sourceId`, tag: 'sources', summary: 'Edit a source (409 when stale)',
    access: edit, body: SourceUpdateSchema, response: SourceSchema,
    handler: ({ db, user, member, body, params, now }) => sourceService.update(db, actorOf(user!.id, now()), member!.investigationId, params.sourceId!, body),
  }),
  defineRoute({
    method: 'delete', path: `${base}/sources/:sourceId`, tag: 'sources', summary: 'Remove a source (entries citing it become unsourced)',
    access: edit, query: DeleteQuerySchema,
    handler: ({ db, user, member, query, params, now }) => sourceService.remove(db, actorOf(user!.id, now()), member!.investigationId, params.sourceId!, query.version),
  }),
  defineRoute({
    method: 'get', path: `${base}/episodes`, tag: 'episodes', summary: 'Key practice episodes, in order',
    access: read, response: z.array(EpisodeSchema),
    handler: ({ db, member }) => episodeService.list(db, member!.investigationId),
  }),
  defineRoute({
    method: 'post', path: `${base}/episodes`, tag: 'episodes', summary: 'Add a key practice episode', status: 201,
    access: edit, body: EpisodeCreateSchema, response: EpisodeSchema,
    handler: ({ db, user, member, body, now }) => createEpisode(db, actorOf(user!.id, now()), member!.investigationId, body),
  }),
  defineRoute({
    method: 'patch', path: `${base}/episodes/:episodeId`, tag: 'episodes', summary: 'Edit a key practice episode (409 when stale)',
    access: edit, body: EpisodeUpdateSchema, response: EpisodeSchema,
    handler: ({ db, user, member, body, params, now }) => episodeService.update(db, actorOf(user!.id, now()), member!.investigationId, params.episodeId!, body),
  }),
  defineRoute({
    method: 'delete', path: `${base}/episodes/:episodeId`, tag: 'episodes', summary: 'Remove a key practice episode (its entries stay, without an episode)',
    access: edit, query: DeleteQuerySchema,
    handler: ({ db, user, member, query, params, now }) => episodeService.remove(db, actorOf(user!.id, now()), member!.investigationId, params.episodeId!, query.version),
  }),
  defineRoute({
    method: 'post', path: `${base}/episodes/:episodeId/events`, tag: 'episodes',
    summary: 'Put entries into a key practice episode and take entries out of it, all or nothing (409 when an entry is stale); returns the entries changed',
    access: edit, body: EpisodeEntriesSchema, response: z.array(EventSchema),
    handler: ({ db, user, member, body, params, now }) => assignEpisodeEntries(db, actorOf(user!.id, now()), member!.investigationId, params.episodeId!, body),
  }),
];

/** Chronology: events, sources, episodes, import, export and gaps (issue 3). */
export const chronologyRoutes: RouteSpec[] = [...eventRoutes, ...supportRoutes];
