import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import request from 'supertest';
import { buildPublishableWorld, publicationBody } from '../helpers/publicationWorld';
import { fuzzOptions } from '../helpers/fuzzArbitraries';

const syntax = fc.constantFrom('"', '"unterminated', 'AND', 'OR OR', 'NOT', 'NEAR(', 'NEAR(a b, -1)', '*', 'a*b', '^', 'col:x', 'title:',
  '(', ')', '((a)', 'a AND', '-', '+', '{a b}', ':', '\u0000', "'", '\\', 'a"b"c', '"a" NEAR "b"', '%', '_', 'é*', '👩‍👧');
const query = fc.oneof(syntax, fc.array(fc.oneof(syntax, fc.string({ maxLength: 8 })), { maxLength: 5 }).map((parts) => parts.join(' ')),
  fc.string({ unit: 'grapheme', maxLength: 200 }));

describe('GET /api/library/search, given full-text search syntax and random text', () => {
  it('never answers 500: a query it cannot read is a 400 naming q', async () => {
    const world = await buildPublishableWorld();
    await world.clients.lead.post(`/api/investigations/${world.investigationId}/publication`, publicationBody(world.snapshotId)).expect(201);
    await fc.assert(fc.asyncProperty(query, async (q) => {
      const res = await request(world.app).get(`/api/library/search?q=${encodeURIComponent(q)}`);
      expect(res.status, `${JSON.stringify(q)} answered ${res.status}: ${res.text.slice(0, 200)}`).toBeLessThan(500);
      if (res.status === 400) expect(res.body.error.message).toMatch(/^q: /);
      else expect(res.status).toBe(200);
    }), { ...fuzzOptions(), numRuns: fuzzOptions().numRuns! * 10 });
  }, 120_000);
});
