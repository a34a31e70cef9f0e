import { z } from 'zod';
import { InvestigationCreateSchema, InvestigationSchema, InvestigationUpdateSchema } from '../../schema/contracts/investigations';
import { DeleteQuerySchema } from '../../schema/contracts/common';
import { defineRoute } from '../http/route';
import { actorOf } from '../services/actor';
import {
  createInvestigation, deleteInvestigation, getInvestigation, listInvestigations, presentInvestigation, updateInvestigation,
} from '../services/investigations';

/** Investigations: list yours, create, read, edit, delete. */
export const investigationRoutes = [
  defineRoute({
    method: 'get', path: '/api/investigations', tag: 'investigations', summary: 'Investigations you are a member of',
    access: { kind: 'session' }, response: z.array(InvestigationSchema),
    handler: ({ db, user }) => listInvestigations(db, user!.id),
  }),
  defineRoute({
    method: 'post', path: '/api/investigations', tag: 'investigations', summary: 'Create an investigation (you become its lead investigator)',
    access: { kind: 'session' }, body: InvestigationCreateSchema, response: InvestigationSchema, status: 201,
    handler: ({ db, user, body, now }) => createInvestigation(db, { ...actorOf(user!.id, now()), userId: user!.id }, body),
  }),
  defineRoute({
    method: 'get', path: '/api/investigations/:id', tag: 'investigations', summary: 'One investigation',
    access: { kind: 'member', permission: 'investigation.read' }, response: InvestigationSchema,
    handler: ({ db, member }) => presentInvestigation(getInvestigation(db, member!.investigationId), member!.role),
  }),
  defineRoute({
    method: 'patch', path: '/api/investigations/:id', tag: 'investigations', summary: 'Edit an investigation',
    access: { kind: 'member', permission: 'investigation.edit' }, body: InvestigationUpdateSchema, response: InvestigationSchema,
    handler: ({ db, user, member, body, now }) => updateInvestigation(db, actorOf(user!.id, now()), member!.investigationId, body, member!.role),
  }),
  defineRoute({
    method: 'delete', path: '/api/investigations/:id', tag: 'investigations', summary: 'Delete an investigation and all its contents',
    access: { kind: 'member', permission: 'investigation.delete' }, query: DeleteQuerySchema,
    handler: ({ db, user, member, query, now }) => deleteInvestigation(db, actorOf(user!.id, now()), member!.investigationId, query.version),
  }),
];
