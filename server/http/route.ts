import type { Request, Response } from 'express';
import type { z } from 'zod';
import type { Db } from '../db/open';
import type { Permission } from '../auth/permissions';
import type { MemberRole } from '../../schema/contracts/enums';

/** Who may call a route. Investigation routes name a permission from server/auth/permissions.ts. */
export type Access =
  | { kind: 'public' }
  | { kind: 'session' }
  | { kind: 'admin' }
  | {
      kind: 'member';
      permission: Permission;
      /** Finds the investigation a route acts on; defaults to the `:id` path parameter. */
      investigationOf?: (db: Db, params: Record<string, string>) => string | undefined;
    };

/** The logged-in user as routes see it. */
export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  isAdmin: boolean;
}

/** The caller's membership of the investigation the route acts on. */
export interface Membership {
  investigationId: string;
  role: MemberRole;
  canSeeIdentities: boolean;
}

/** Everything a handler gets: parsed input, the caller, the database and the clock. */
export interface RouteContext<B, Q> {
  db: Db;
  user: CurrentUser | null;
  member: Membership | null;
  body: B;
  query: Q;
  params: Record<string, string>;
  req: Request;
  res: Response;
  now: () => Date;
}

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** A route: method, path, access rule, contracts and handler, in one place. */
export interface RouteSpec<B extends z.ZodType = z.ZodType, Q extends z.ZodType = z.ZodType> {
  method: Method;
  path: string;
  summary: string;
  tag: string;
  access: Access;
  body?: B;
  query?: Q;
  response?: z.ZodType;
  /** Status for a successful response (default 200; 201 for creation). */
  status?: number;
  /** Raw body type for uploads: the route receives a Buffer instead of JSON (or the parsed JSON when sent as application/json). */
  raw?: 'text/csv' | 'application/vnd.sightline.archive+json';
  /** Set when the handler writes the response itself (files, streams). */
  producesFile?: string;
  /** Handlers return the `data` of the success envelope, or write to `res` and return undefined. */
  handler: (ctx: RouteContext<z.output<B>, z.output<Q>>) => unknown;
}

/** Declares a route with its input types inferred from the contracts. */
export function defineRoute<B extends z.ZodType = z.ZodType, Q extends z.ZodType = z.ZodType>(
  spec: RouteSpec<B, Q>,
): RouteSpec {
  return spec as unknown as RouteSpec;
}
