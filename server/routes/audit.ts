import { z } from 'zod';
import { defineRoute } from '../http/route';
import { listAudit, summariseAudit } from '../services/audit';

const when = z.string().max(40)
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?$/, 'must be a date (YYYY-MM-DD) or an ISO date-time');

const AuditFilterSchema = z.object({
  userId: z.string().max(100).optional(),
  entity: z.string().max(60).optional(),
  entityId: z.string().max(100).optional(),
  action: z.string().max(60).optional(),
  from: when.optional(),
  to: when.optional(),
});

const AuditQuerySchema = AuditFilterSchema.extend({
  limit: z.coerce.number().int().min(1).max(1000).default(200),
  offset: z.coerce.number().int().min(0).default(0),
});

const AuditEntrySchema = z.object({
  id: z.number(), at: z.string(), userId: z.string().nullable(), userName: z.string().nullable(), entity: z.string(), entityId: z.string(),
  action: z.string(), before: z.unknown(), after: z.unknown(),
});

const AuditSummarySchema = z.object({
  total: z.number(),
  entities: z.array(z.object({ entity: z.string(), count: z.number() })),
  actions: z.array(z.object({ action: z.string(), count: z.number() })),
  people: z.array(z.object({ userId: z.string().nullable(), name: z.string().nullable(), count: z.number() })),
});

/** The audit log of an investigation, for lead investigators. */
export const auditRoutes = [
  defineRoute({
    method: 'get', path: '/api/investigations/:id/audit', tag: 'audit',
    summary: 'Every change, newest first: who (with their name), when, what, before and after; filter by person, entity, action and dates',
    access: { kind: 'member', permission: 'audit.read' }, query: AuditQuerySchema,
    response: z.array(AuditEntrySchema),
    handler: ({ db, member, query }) => listAudit(db, member!.investigationId, query),
  }),
  defineRoute({
    method: 'get', path: '/api/investigations/:id/audit/summary', tag: 'audit',
    summary: 'How many entries match the filter, and the entity kinds, actions and people present in the log',
    access: { kind: 'member', permission: 'audit.read' }, query: AuditFilterSchema, response: AuditSummarySchema,
    handler: ({ db, member, query }) => summariseAudit(db, member!.investigationId, query),
  }),
];
