import { z } from 'zod';
import { defineRoute } from '../http/route';
import { listAudit } from '../services/audit';

const AuditQuerySchema = z.object({
  userId: z.string().optional(),
  entity: z.string().max(60).optional(),
  entityId: z.string().max(100).optional(),
  from: z.string().max(40).optional(),
  to: z.string().max(40).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
  offset: z.coerce.number().int().min(0).default(0),
});

/** The audit log of an investigation, for lead investigators. */
export const auditRoutes = [
  defineRoute({
    method: 'get', path: '/api/investigations/:id/audit', tag: 'audit', summary: 'Every change: who, when, what, before and after',
    access: { kind: 'member', permission: 'audit.read' }, query: AuditQuerySchema,
    response: z.array(z.object({
      id: z.number(), at: z.string(), userId: z.string().nullable(), entity: z.string(), entityId: z.string(),
      action: z.string(), before: z.unknown(), after: z.unknown(),
    })),
    handler: ({ db, member, query }) => listAudit(db, member!.investigationId, query),
  }),
];
