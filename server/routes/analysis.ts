import type { RouteSpec } from '../http/route';

/** Contributory-factor analysis: taxonomy, factors, links, graph and checks (issue 4). */
export const analysisRoutes: RouteSpec[] = [];
