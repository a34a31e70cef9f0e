import { z } from 'zod';
import { defineRoute, type RouteSpec } from '../http/route';
import { DeleteQuerySchema } from '../../schema/contracts/common';
import {
  LeakCheckSchema, NameDismissalCreateSchema, PublicationCheckSchema, PublicationCreateSchema, PublicationSchema,
  PublicationWithdrawSchema, ScanSchema,
} from '../../schema/contracts/publication';
import { actorOf } from '../services/actor';
import { listPublications, publishReview, withdrawPublication } from '../services/publications';
import { buildEdition } from '../services/publicationEdition';
import { dismissSuspectedName, reopenSuspectedName, scanInvestigation } from '../services/publicationScan';

const base = '/api/investigations/:id/publication';
const publish = { kind: 'member', permission: 'publication.manage' } as const;
const identities = { kind: 'member', permission: 'identities.read' } as const;
const register = { kind: 'member', permission: 'registry.edit' } as const;

/** Publication of the anonymised edition: identifier scan, dismissals, leak check, publish, withdraw (issue 7). */
export const publicationRoutes: RouteSpec[] = [
  defineRoute({
    method: 'get', path: `${base}/scan`, tag: 'publication', summary: 'Identifiers and suspected unregistered names in the case text, with location and suggested action',
    access: identities, response: ScanSchema,
    handler: ({ db, member, now }) => scanInvestigation(db, member!.investigationId, now()),
  }),
  defineRoute({
    method: 'post', path: `${base}/dismissals`, tag: 'publication', summary: 'Dismiss a suspected name as not identifying anyone, with a reason',
    access: register, body: NameDismissalCreateSchema, status: 201,
    handler: ({ db, user, member, body, now }) => dismissSuspectedName(db, actorOf(user!.id, now()), member!.investigationId, body),
  }),
  defineRoute({
    method: 'delete', path: `${base}/dismissals/:ackId`, tag: 'publication', summary: 'Reopen a dismissed suspected name',
    access: register, query: DeleteQuerySchema,
    handler: ({ db, user, member, params, query, now }) => reopenSuspectedName(db, actorOf(user!.id, now()), member!.investigationId, params.ackId!, query.version),
  }),
  defineRoute({
    method: 'post', path: `${base}/check`, tag: 'publication', summary: 'Run the leak check over the whole published edition without publishing',
    access: publish, body: PublicationCheckSchema, response: LeakCheckSchema,
    handler: async ({ db, member, body, now }) => {
      const edition = await buildEdition(db, member!.investigationId, body, now());
      return { slug: edition.slug, leaks: edition.leaks };
    },
  }),
  defineRoute({
    method: 'post', path: base, tag: 'publication', summary: 'Publish the anonymised edition with sign-off; 422 listing every leak while any remains',
    access: publish, body: PublicationCreateSchema, response: PublicationSchema, status: 201,
    handler: ({ db, user, member, body, now }) => publishReview(db, actorOf(user!.id, now()), member!.investigationId, body, now()),
  }),
  defineRoute({
    method: 'get', path: '/api/investigations/:id/publications', tag: 'publication', summary: 'Every version published, newest first',
    access: { kind: 'member', permission: 'investigation.read' }, response: z.array(PublicationSchema),
    handler: ({ db, member }) => listPublications(db, member!.investigationId),
  }),
  defineRoute({
    method: 'post', path: `${base}/:publicationId/withdraw`, tag: 'publication', summary: 'Withdraw a published version, keeping the record and the reason',
    access: publish, body: PublicationWithdrawSchema, response: PublicationSchema,
    handler: ({ db, user, member, params, body, now }) => withdrawPublication(db, actorOf(user!.id, now()), member!.investigationId, params.publicationId!, body.reason),
  }),
];
