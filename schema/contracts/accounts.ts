import { z } from 'zod';
import { MemberRoleSchema } from './enums';

/** Password rules: long rather than complicated. */
export const PasswordSchema = z.string().min(12, { message: 'must be at least 12 characters' }).max(200, { message: 'must be at most 200 characters' });

export const LoginSchema = z.object({
  email: z.email({ message: 'must be an email address' }),
  password: z.string().min(1, { message: 'must not be empty' }).max(200),
});
export type LoginInput = z.infer<typeof LoginSchema>;

/** A user as the API shows it (never the hash). */
export const UserSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  isAdmin: z.boolean(),
  disabled: z.boolean(),
  version: z.number(),
});
export type User = z.infer<typeof UserSchema>;

/** Who is logged in, with the CSRF token for writes and their investigation roles. */
export const SessionSchema = z.object({
  user: UserSchema,
  csrfToken: z.string(),
  expiresAt: z.string(),
});
export type Session = z.infer<typeof SessionSchema>;

export const UserCreateSchema = z.object({
  email: z.email({ message: 'must be an email address' }),
  name: z.string().trim().min(1, { message: 'must not be empty' }).max(200),
  password: PasswordSchema,
  isAdmin: z.boolean().optional().default(false),
});
export type UserCreateInput = z.infer<typeof UserCreateSchema>;

export const UserUpdateSchema = z.object({
  version: z.number().int().positive(),
  name: z.string().trim().min(1, { message: 'must not be empty' }).max(200).optional(),
  disabled: z.boolean().optional(),
  isAdmin: z.boolean().optional(),
  password: PasswordSchema.optional(),
});
export type UserUpdateInput = z.infer<typeof UserUpdateSchema>;

/** A user's membership of an investigation. */
export const MemberSchema = z.object({
  id: z.string(),
  userId: z.string(),
  email: z.string(),
  name: z.string(),
  role: MemberRoleSchema,
  version: z.number(),
});
export type Member = z.infer<typeof MemberSchema>;

export const MemberCreateSchema = z.object({
  email: z.email({ message: 'must be the email address of an existing account' }),
  role: MemberRoleSchema,
});
export const MemberUpdateSchema = z.object({
  version: z.number().int().positive(),
  role: MemberRoleSchema,
});
