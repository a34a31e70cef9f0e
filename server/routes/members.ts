import { z } from 'zod';
import { MemberCreateSchema, MemberSchema, MemberUpdateSchema } from '../../schema/contracts/accounts';
import { DeleteQuerySchema } from '../../schema/contracts/common';
import { defineRoute } from '../http/route';
import { actorOf } from '../services/actor';
import { addMember, changeMemberRole, listMembers, removeMember } from '../services/members';

/** Investigation membership: lead investigators add, re-role and remove members. */
export const memberRoutes = [
  defineRoute({
    method: 'get', path: '/api/investigations/:id/members', tag: 'members', summary: 'Members and their roles',
    access: { kind: 'member', permission: 'investigation.read' }, response: z.array(MemberSchema),
    handler: ({ db, member }) => listMembers(db, member!.investigationId),
  }),
  defineRoute({
    method: 'post', path: '/api/investigations/:id/members', tag: 'members', summary: 'Add an existing account as a member',
    access: { kind: 'member', permission: 'members.manage' }, body: MemberCreateSchema, response: MemberSchema, status: 201,
    handler: ({ db, user, member, body, now }) => addMember(db, actorOf(user!.id, now()), member!.investigationId, body.email, body.role),
  }),
  defineRoute({
    method: 'patch', path: '/api/investigations/:id/members/:memberId', tag: 'members', summary: "Change a member's role",
    access: { kind: 'member', permission: 'members.manage' }, body: MemberUpdateSchema, response: MemberSchema,
    handler: ({ db, user, member, body, params, now }) =>
      changeMemberRole(db, actorOf(user!.id, now()), member!.investigationId, params.memberId!, body.role, body.version),
  }),
  defineRoute({
    method: 'delete', path: '/api/investigations/:id/members/:memberId', tag: 'members', summary: 'Remove a member',
    access: { kind: 'member', permission: 'members.manage' }, query: DeleteQuerySchema,
    handler: ({ db, user, member, query, params, now }) =>
      removeMember(db, actorOf(user!.id, now()), member!.investigationId, params.memberId!, query.version),
  }),
];
