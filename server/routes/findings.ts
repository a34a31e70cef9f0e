import type { RouteSpec } from '../http/route';

/** Findings, safety recommendations, responses and the register (issue 5). */
export const findingRoutes: RouteSpec[] = [];
