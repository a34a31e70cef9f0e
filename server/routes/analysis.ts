import { z } from 'zod';
import type { RouteSpec } from '../http/route';
import { defineRoute } from '../http/route';
import { DeleteQuerySchema } from '../../schema/contracts/common';
import {
  AnalysisGraphSchema, CheckAcknowledgementCreateSchema, CheckAcknowledgementSchema, CheckReportSchema,
  FactorCreateSchema, FactorLinkCreateSchema, FactorLinkSchema, FactorLinkUpdateSchema, FactorSchema, FactorUpdateSchema,
  TaxonomySchema,
} from '../../schema/contracts/analysis';
import { contextTags, taxonomyLevels } from '../../schema/taxonomy';
import { actorOf } from '../services/actor';
import { createFactor, deleteFactor, getFactor, listFactors, updateFactor } from '../services/factors';
import { createLink, deleteLink, listLinks, updateLink } from '../services/factorLinks';
import { getAnalysisGraph } from '../services/analysisGraph';
import { getCheckReport } from '../services/analysisChecks';
import { acknowledgeCheck, reopenCheck } from '../services/checkAcknowledgements';

const read = { kind: 'member', permission: 'investigation.read' } as const;
const edit = { kind: 'member', permission: 'analysis.edit' } as const;
const base = '/api/investigations/:id';

/** Contributory-factor analysis: taxonomy, factors, links, graph and checks (issue 4). */
export const analysisRoutes: RouteSpec[] = [
  defineRoute({
    method: 'get', path: '/api/taxonomy', tag: 'analysis', summary: 'The contributory-factor taxonomy: levels, categories, prompt questions, context tags',
    access: { kind: 'session' }, response: TaxonomySchema,
    handler: () => ({ levels: taxonomyLevels, contextTags }),
  }),
  defineRoute({
    method: 'get', path: `${base}/factors`, tag: 'factors', summary: 'Contributory and supporting factors with their evidence',
    access: read, response: z.array(FactorSchema),
    handler: ({ db, member }) => listFactors(db, member!.investigationId),
  }),
  defineRoute({
    method: 'get', path: `${base}/factors/:factorId`, tag: 'factors', summary: 'One factor',
    access: read, response: FactorSchema,
    handler: ({ db, member, params }) => getFactor(db, member!.investigationId, params.factorId!),
  }),
  defineRoute({
    method: 'post', path: `${base}/factors`, tag: 'factors', summary: 'Record a factor', status: 201,
    access: edit, body: FactorCreateSchema, response: FactorSchema,
    handler: ({ db, user, member, body, now }) => createFactor(db, actorOf(user!.id, now()), member!.investigationId, body),
  }),
  defineRoute({
    method: 'patch', path: `${base}/factors/:factorId`, tag: 'factors', summary: 'Edit a factor (evidence lists replace the old ones)',
    access: edit, body: FactorUpdateSchema, response: FactorSchema,
    handler: ({ db, user, member, body, params, now }) =>
      updateFactor(db, actorOf(user!.id, now()), member!.investigationId, params.factorId!, body),
  }),
  defineRoute({
    method: 'delete', path: `${base}/factors/:factorId`, tag: 'factors', summary: 'Remove a factor and its links',
    access: edit, query: DeleteQuerySchema,
    handler: ({ db, user, member, query, params, now }) =>
      deleteFactor(db, actorOf(user!.id, now()), member!.investigationId, params.factorId!, query.version),
  }),
  defineRoute({
    method: 'get', path: `${base}/factor-links`, tag: 'factors', summary: 'Causal links between factors, events and the outcome',
    access: read, response: z.array(FactorLinkSchema),
    handler: ({ db, member }) => listLinks(db, member!.investigationId),
  }),
  defineRoute({
    method: 'post', path: `${base}/factor-links`, tag: 'factors', summary: 'Link a factor to what it contributed to (cycles are refused)', status: 201,
    access: edit, body: FactorLinkCreateSchema, response: FactorLinkSchema,
    handler: ({ db, user, member, body, now }) => createLink(db, actorOf(user!.id, now()), member!.investigationId, body),
  }),
  defineRoute({
    method: 'patch', path: `${base}/factor-links/:linkId`, tag: 'factors', summary: "Edit a link's rationale",
    access: edit, body: FactorLinkUpdateSchema, response: FactorLinkSchema,
    handler: ({ db, user, member, body, params, now }) =>
      updateLink(db, actorOf(user!.id, now()), member!.investigationId, params.linkId!, body),
  }),
  defineRoute({
    method: 'delete', path: `${base}/factor-links/:linkId`, tag: 'factors', summary: 'Remove a link',
    access: edit, query: DeleteQuerySchema,
    handler: ({ db, user, member, query, params, now }) =>
      deleteLink(db, actorOf(user!.id, now()), member!.investigationId, params.linkId!, query.version),
  }),
  defineRoute({
    method: 'get', path: `${base}/analysis/graph`, tag: 'analysis', summary: 'The causal graph, ready to draw, with its why-chains',
    access: read, response: AnalysisGraphSchema,
    handler: ({ db, member }) => getAnalysisGraph(db, member!.investigationId),
  }),
  defineRoute({
    method: 'get', path: `${base}/analysis/checks`, tag: 'analysis', summary: 'Checks that keep the analysis asking why, not who',
    access: read, response: CheckReportSchema,
    handler: ({ db, member }) => getCheckReport(db, member!.investigationId),
  }),
  defineRoute({
    method: 'post', path: `${base}/analysis/checks/acknowledgements`, tag: 'analysis', summary: 'Mark a check result as considered, with the reason', status: 201,
    access: edit, body: CheckAcknowledgementCreateSchema, response: CheckAcknowledgementSchema,
    handler: ({ db, user, member, body, now }) => acknowledgeCheck(db, actorOf(user!.id, now()), member!.investigationId, body),
  }),
  defineRoute({
    method: 'delete', path: `${base}/analysis/checks/acknowledgements/:ackId`, tag: 'analysis', summary: 'Reopen a considered check result',
    access: edit, query: DeleteQuerySchema,
    handler: ({ db, user, member, query, params, now }) =>
      reopenCheck(db, actorOf(user!.id, now()), member!.investigationId, params.ackId!, query.version),
  }),
];
