import type { RouteSpec } from '../http/route';

/** Chronology: events, sources, episodes, import, export and gaps (issue 3). */
export const chronologyRoutes: RouteSpec[] = [];
