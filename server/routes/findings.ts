import { z } from 'zod';
import {
  AnnualSummarySchema, FindingCreateSchema, FindingOrderSchema, FindingSchema, FindingUpdateSchema,
  RecommendationCreateSchema, RecommendationIssueSchema, RecommendationSchema, RecommendationStatusChangeSchema,
  RecommendationUpdateSchema, RegisterPageSchema, RegisterQuerySchema, ResponseCreateSchema, ResponseSchema, ResponseUpdateSchema,
  SafetyActionCreateSchema, SafetyActionSchema, SafetyActionUpdateSchema,
} from '../../schema/contracts/findings';
import { DeleteQuerySchema } from '../../schema/contracts/common';
import type { Db } from '../db/open';
import { defineRoute, type RouteSpec } from '../http/route';
import { dateOf } from '../findings/dates';
import { registerCsv } from '../findings/registerCsv';
import { actorOf } from '../services/actor';
import { createFinding, deleteFinding, listFindings, reorderFindings, updateFinding } from '../services/findings';
import {
  changeRecommendationStatus, createRecommendation, deleteRecommendation, investigationOfRecommendation, issueRecommendation,
  listRecommendations, updateRecommendation,
} from '../services/recommendations';
import { createResponse, deleteResponse, listResponses, updateResponse } from '../services/recommendationResponses';
import { filteredRegister, registerPage, registerSummary } from '../services/recommendationRegister';
import { safetyActionService } from '../services/safetyActions';

const read = { kind: 'member', permission: 'investigation.read' } as const;
const editFindings = { kind: 'member', permission: 'findings.edit' } as const;
const editRecs = { kind: 'member', permission: 'recommendations.edit' } as const;
/** Routes under /api/recommendations/:recId act on the investigation the recommendation belongs to. */
const ofRec = { investigationOf: (db: Db, p: Record<string, string>) => investigationOfRecommendation(db, p.recId) };
const recRead = { ...read, ...ofRec };
const recEdit = { ...editRecs, ...ofRec };
const FilterSchema = RegisterQuerySchema.omit({ limit: true, offset: true });

const findingSpecs: RouteSpec[] = [
  defineRoute({
    method: 'get', path: '/api/investigations/:id/findings', tag: 'findings', summary: 'Findings about the system, in report order',
    access: read, response: z.array(FindingSchema),
    handler: ({ db, member }) => listFindings(db, member!.investigationId),
  }),
  defineRoute({
    method: 'post', path: '/api/investigations/:id/findings', tag: 'findings', summary: 'Record a finding', status: 201,
    access: editFindings, body: FindingCreateSchema, response: FindingSchema,
    handler: ({ db, user, member, body, now }) => createFinding(db, actorOf(user!.id, now()), member!.investigationId, body),
  }),
  defineRoute({
    method: 'put', path: '/api/investigations/:id/findings/order', tag: 'findings', summary: 'Put the findings in a new order',
    access: editFindings, body: FindingOrderSchema, response: z.array(FindingSchema),
    handler: ({ db, user, member, body, now }) => reorderFindings(db, actorOf(user!.id, now()), member!.investigationId, body.findingIds),
  }),
  defineRoute({
    method: 'patch', path: '/api/investigations/:id/findings/:findingId', tag: 'findings', summary: 'Edit a finding',
    access: editFindings, body: FindingUpdateSchema, response: FindingSchema,
    handler: ({ db, user, member, body, params, now }) => updateFinding(db, actorOf(user!.id, now()), member!.investigationId, params.findingId!, body),
  }),
  defineRoute({
    method: 'delete', path: '/api/investigations/:id/findings/:findingId', tag: 'findings', summary: 'Delete a finding',
    access: editFindings, query: DeleteQuerySchema,
    handler: ({ db, user, member, query, params, now }) => deleteFinding(db, actorOf(user!.id, now()), member!.investigationId, params.findingId!, query.version),
  }),
];

const recommendationRoutes: RouteSpec[] = [
  defineRoute({
    method: 'get', path: '/api/investigations/:id/recommendations', tag: 'recommendations', summary: 'Safety recommendations, drafts included',
    access: read, response: z.array(RecommendationSchema),
    handler: ({ db, member, now }) => listRecommendations(db, member!.investigationId, now()),
  }),
  defineRoute({
    method: 'post', path: '/api/investigations/:id/recommendations', tag: 'recommendations', summary: 'Draft a recommendation to an organisation', status: 201,
    access: editRecs, body: RecommendationCreateSchema, response: RecommendationSchema,
    handler: ({ db, user, member, body, now }) => createRecommendation(db, actorOf(user!.id, now()), member!.investigationId, body),
  }),
  defineRoute({
    method: 'patch', path: '/api/investigations/:id/recommendations/:recId', tag: 'recommendations',
    summary: 'Edit a draft (an issued one: only its position or response due date)',
    access: editRecs, body: RecommendationUpdateSchema, response: RecommendationSchema,
    handler: ({ db, user, member, body, params, now }) => updateRecommendation(db, actorOf(user!.id, now()), member!.investigationId, params.recId!, body),
  }),
  defineRoute({
    method: 'delete', path: '/api/investigations/:id/recommendations/:recId', tag: 'recommendations', summary: 'Delete a draft recommendation',
    access: editRecs, query: DeleteQuerySchema,
    handler: ({ db, user, member, query, params, now }) => deleteRecommendation(db, actorOf(user!.id, now()), member!.investigationId, params.recId!, query.version),
  }),
  defineRoute({
    method: 'post', path: '/api/investigations/:id/recommendations/:recId/issue', tag: 'recommendations',
    summary: 'Issue a draft: allocate its YYYY-NNN identifier and set the response due date (default 90 days)',
    access: editRecs, body: RecommendationIssueSchema, response: RecommendationSchema,
    handler: ({ db, user, member, body, params, now }) => issueRecommendation(db, actorOf(user!.id, now()), member!.investigationId, params.recId!, body),
  }),
  defineRoute({
    method: 'get', path: '/api/investigations/:id/safety-actions', tag: 'safety actions', summary: 'Safety action agencies have already taken',
    access: read, response: z.array(SafetyActionSchema),
    handler: ({ db, member }) => safetyActionService.list(db, member!.investigationId),
  }),
  defineRoute({
    method: 'post', path: '/api/investigations/:id/safety-actions', tag: 'safety actions', summary: 'Record safety action already taken', status: 201,
    access: editRecs, body: SafetyActionCreateSchema, response: SafetyActionSchema,
    handler: ({ db, user, member, body, now }) => safetyActionService.create(db, actorOf(user!.id, now()), member!.investigationId, body),
  }),
  defineRoute({
    method: 'patch', path: '/api/investigations/:id/safety-actions/:actionId', tag: 'safety actions', summary: 'Edit a safety action',
    access: editRecs, body: SafetyActionUpdateSchema, response: SafetyActionSchema,
    handler: ({ db, user, member, body, params, now }) => safetyActionService.update(db, actorOf(user!.id, now()), member!.investigationId, params.actionId!, body),
  }),
  defineRoute({
    method: 'delete', path: '/api/investigations/:id/safety-actions/:actionId', tag: 'safety actions', summary: 'Remove a safety action',
    access: editRecs, query: DeleteQuerySchema,
    handler: ({ db, user, member, query, params, now }) => safetyActionService.remove(db, actorOf(user!.id, now()), member!.investigationId, params.actionId!, query.version),
  }),
];

const trackingRoutes: RouteSpec[] = [
  defineRoute({
    method: 'get', path: '/api/recommendations', tag: 'register',
    summary: 'The register: issued recommendations of your investigations, with filters and paging',
    access: { kind: 'session' }, query: RegisterQuerySchema, response: RegisterPageSchema,
    handler: ({ db, user, query, now }) => registerPage(db, user!.id, query, now()),
  }),
  defineRoute({
    method: 'get', path: '/api/recommendations.csv', tag: 'register', summary: 'The register as CSV, with the same filters',
    access: { kind: 'session' }, query: FilterSchema, producesFile: 'text/csv',
    handler: ({ db, user, query, res, now }) => {
      const csv = registerCsv(filteredRegister(db, user!.id, query, now()));
      res.status(200).type('text/csv; charset=utf-8')
        .attachment(`recommendations-${dateOf(now())}.csv`).set('Cache-Control', 'no-store').send(csv);
    },
  }),
  defineRoute({
    method: 'get', path: '/api/recommendations/summary', tag: 'register', summary: 'Annual review: counts per year of issue',
    access: { kind: 'session' }, query: FilterSchema, response: z.array(AnnualSummarySchema),
    handler: ({ db, user, query, now }) => registerSummary(db, user!.id, query, now()),
  }),
  defineRoute({
    method: 'get', path: '/api/recommendations/:recId/responses', tag: 'register', summary: 'Responses to a recommendation',
    access: recRead, response: z.array(ResponseSchema),
    handler: ({ db, params }) => listResponses(db, params.recId!),
  }),
  defineRoute({
    method: 'post', path: '/api/recommendations/:recId/responses', tag: 'register', summary: 'Record a response and its assessment', status: 201,
    access: recEdit, body: ResponseCreateSchema, response: ResponseSchema,
    handler: ({ db, user, body, params, now }) => createResponse(db, actorOf(user!.id, now()), params.recId!, body),
  }),
  defineRoute({
    method: 'patch', path: '/api/recommendations/:recId/responses/:responseId', tag: 'register', summary: 'Edit or assess a response',
    access: recEdit, body: ResponseUpdateSchema, response: ResponseSchema,
    handler: ({ db, user, body, params, now }) => updateResponse(db, actorOf(user!.id, now()), params.recId!, params.responseId!, body),
  }),
  defineRoute({
    method: 'delete', path: '/api/recommendations/:recId/responses/:responseId', tag: 'register', summary: 'Remove a response recorded in error',
    access: recEdit, query: DeleteQuerySchema,
    handler: ({ db, user, query, params, now }) => deleteResponse(db, actorOf(user!.id, now()), params.recId!, params.responseId!, query.version),
  }),
  defineRoute({
    method: 'post', path: '/api/recommendations/:recId/status', tag: 'register', summary: 'Close or supersede an open recommendation',
    access: recEdit, body: RecommendationStatusChangeSchema, response: RecommendationSchema,
    handler: ({ db, user, member, body, params, now }) =>
      changeRecommendationStatus(db, actorOf(user!.id, now()), member!.investigationId, params.recId!, body),
  }),
];

/** Findings, safety recommendations, safety action, responses and the register (issue 5). */
export const findingRoutes: RouteSpec[] = [...findingSpecs, ...recommendationRoutes, ...trackingRoutes];
