import type { RouteSpec } from '../http/route';
import { sessionRoutes, type SessionOptions } from './session';
import { userRoutes } from './users';
import { investigationRoutes } from './investigations';
import { memberRoutes } from './members';
import { registryRoutes } from './registry';
import { auditRoutes } from './audit';
import { chronologyRoutes } from './chronology';
import { analysisRoutes } from './analysis';
import { findingRoutes } from './findings';
import { reviewRoutes } from './review';
import { reportRoutes } from './reports';
import { archiveRoutes } from './archive';
import { publicationRoutes } from './publication';
import { libraryRoutes } from './library';

/** Every API route of Sightline, in one list: mounted by the app, documented by openapi.json, checked by the role tests. */
export function allRoutes(session: SessionOptions): RouteSpec[] {
  return [
    ...sessionRoutes(session),
    ...userRoutes,
    ...investigationRoutes,
    ...memberRoutes,
    ...registryRoutes,
    ...auditRoutes,
    ...chronologyRoutes,
    ...analysisRoutes,
    ...findingRoutes,
    ...reviewRoutes,
    ...reportRoutes,
    ...archiveRoutes,
    ...publicationRoutes, ...libraryRoutes,
  ];
}
