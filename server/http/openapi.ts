import { z } from 'zod';
import type { RouteSpec } from './route';
import { ErrorSchema } from '../../schema/contracts/common';

const toSchema = (s: z.ZodType, io: 'input' | 'output') => z.toJSONSchema(s, { io, unrepresentable: 'any' });

function describeAccess(spec: RouteSpec): string {
  const a = spec.access;
  if (a.kind === 'public') return 'No login needed.';
  if (a.kind === 'session') return 'Any logged-in user.';
  if (a.kind === 'admin') return 'System administrators only.';
  return `Investigation members whose role holds \`${a.permission}\`; non-members get 404.`;
}

/** Builds the OpenAPI 3.1 document from the route specs and their zod contracts. */
export function buildOpenApi(specs: readonly RouteSpec[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const spec of specs) {
    const path = spec.path.replace(/:(\w+)/g, '{$1}');
    const parameters: unknown[] = [...spec.path.matchAll(/:(\w+)/g)].map((m) => ({
      name: m[1], in: 'path', required: true, schema: { type: 'string' },
    }));
    if (spec.query) {
      const q = toSchema(spec.query, 'input') as { properties?: Record<string, unknown>; required?: string[] };
      for (const [name, schema] of Object.entries(q.properties ?? {})) {
        parameters.push({ name, in: 'query', required: q.required?.includes(name) ?? false, schema });
      }
    }
    const ok = String(spec.status ?? 200);
    const responses: Record<string, unknown> = {
      [ok]: spec.producesFile
        ? { description: 'A file', content: { [spec.producesFile]: {} } }
        : spec.response
          ? { description: 'Success', content: { 'application/json': { schema: toSchema(z.object({ data: spec.response }), 'output') } } }
          : { description: 'Success (no content)' },
      default: { description: 'Failure', content: { 'application/json': { schema: toSchema(ErrorSchema, 'output') } } },
    };
    const operation: Record<string, unknown> = {
      summary: spec.summary, tags: [spec.tag], description: describeAccess(spec), parameters, responses,
    };
    if (spec.body) operation.requestBody = { required: true, content: { 'application/json': { schema: toSchema(spec.body, 'input') } } };
    if (spec.raw) operation.requestBody = { required: true, content: { [spec.raw]: { schema: { type: 'string' } } } };
    (paths[path] ??= {})[spec.method] = operation;
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Sightline API', version: '1', description: 'Success is `{ data }`; failure is `{ error: { code, message, details? } }`.' },
    components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'sightline_session' } } },
    security: [{ session: [] }],
    paths,
  };
}
