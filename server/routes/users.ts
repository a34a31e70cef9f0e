import { z } from 'zod';
import { UserCreateSchema, UserSchema, UserUpdateSchema } from '../../schema/contracts/accounts';
import { defineRoute } from '../http/route';
import { createUser, listUsers, updateUser } from '../services/users';
import { actorOf } from '../services/actor';
import { endUserSessions } from '../auth/sessions';

/** Account management for administrators. */
export const userRoutes = [
  defineRoute({
    method: 'get', path: '/api/users', tag: 'users', summary: 'List accounts',
    access: { kind: 'admin' }, response: z.array(UserSchema),
    handler: ({ db }) => listUsers(db),
  }),
  defineRoute({
    method: 'post', path: '/api/users', tag: 'users', summary: 'Create an account', status: 201,
    access: { kind: 'admin' }, body: UserCreateSchema, response: UserSchema,
    handler: ({ db, user, body, now }) => createUser(db, actorOf(user!.id, now()), body),
  }),
  defineRoute({
    method: 'patch', path: '/api/users/:id', tag: 'users', summary: 'Rename, disable, promote or reset the password of an account',
    access: { kind: 'admin' }, body: UserUpdateSchema, response: UserSchema,
    async handler({ db, user, body, params, now }) {
      const updated = await updateUser(db, actorOf(user!.id, now()), params.id!, body);
      if (body.disabled || body.password) endUserSessions(db, params.id!);
      return updated;
    },
  }),
];
