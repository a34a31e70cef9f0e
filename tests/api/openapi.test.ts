import { beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { buildTestApp } from '../helpers/app';
import { routeName, routeTable } from '../helpers/routeMatrix';

type Operation = {
  summary: string; tags: string[]; description: string;
  parameters: { name: string; in: string; required: boolean }[];
  requestBody?: { content: Record<string, { schema: { properties?: Record<string, Record<string, unknown>>; required?: string[] } }> };
  responses: Record<string, unknown>;
};
let doc: { openapi: string; paths: Record<string, Record<string, Operation>> };

beforeAll(async () => {
  const { app } = buildTestApp();
  const res = await request(app).get('/api/openapi.json').expect(200);
  doc = res.body;
});

const operation = (method: string, path: string) => doc.paths[path.replace(/:(\w+)/g, '{$1}')]?.[method];

describe('GET /api/openapi.json', () => {
  it('is an OpenAPI 3.1 document served without a login', () => {
    expect(doc.openapi).toBe('3.1.0');
  });

  it('lists every route of the route table with its method, summary and path parameters, and nothing else', () => {
    const routes = routeTable();
    for (const route of routes) {
      const op = operation(route.method, route.path);
      expect(op, routeName(route)).toBeDefined();
      expect(op!.summary).toBe(route.summary);
      const declared = [...route.path.matchAll(/:(\w+)/g)].map((m) => m[1]);
      expect(op!.parameters.filter((p) => p.in === 'path').map((p) => p.name)).toEqual(declared);
    }
    const documented = Object.values(doc.paths).reduce((n, methods) => n + Object.keys(methods).length, 0);
    expect(documented).toBe(routes.length);
  });

  it('describes request bodies with the JSON schema derived from the zod contracts', () => {
    const create = operation('post', '/api/investigations')!.requestBody!.content['application/json']!.schema;
    expect(create.required).toEqual(expect.arrayContaining(['reference', 'title']));
    expect(create.properties!.reference).toMatchObject({ type: 'string', minLength: 1, maxLength: 60 });
    expect(create.properties!.status).toMatchObject({ enum: ['scoping', 'evidence', 'analysis', 'review', 'published'] });
    expect(create.properties!.termsOfReference).toMatchObject({ type: 'array', items: { type: 'string', maxLength: 2000 } });
    const person = operation('post', '/api/investigations/:id/people')!.requestBody!.content['application/json']!.schema;
    expect(person.properties!.kind).toMatchObject({ enum: ['child', 'family_member', 'practitioner', 'other'] });
    expect(person.properties!.dateOfBirth).toBeDefined();
  });

  it('documents query parameters, such as the version a deletion was based on', () => {
    const del = operation('delete', '/api/investigations/:id/people/:personId')!;
    expect(del.parameters).toContainEqual(expect.objectContaining({ name: 'version', in: 'query', required: true }));
  });

  it('states each route\'s access rule', () => {
    expect(operation('get', '/api/users')!.description).toBe('System administrators only.');
    expect(operation('get', '/api/investigations/:id/audit')!.description).toMatch(/audit\.read.*404/);
  });

  it('describes the failure envelope for every operation', () => {
    for (const methods of Object.values(doc.paths)) {
      for (const op of Object.values(methods)) expect(op.responses.default).toBeDefined();
    }
  });
});
