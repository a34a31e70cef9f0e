import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildInvestigationWithRoles, buildTestApp, buildUser, login } from '../helpers/app';
import { buildReviewFixture } from '../helpers/reviewFactories';
import { databaseChecksum } from '../helpers/dbChecksum';
import { fuzzOptions, hostileValue } from '../helpers/fuzzArbitraries';
import { ARCHIVE_MEDIA_TYPE } from '../../server/archive/format';

const columns = ['Date', 'Time', 'Event details', 'Details', 'Worker', 'Source', 'Outcome', 'Date of contact', '', 'date', 'DATE ', 'Notes'];
const cells = fc.oneof(
  fc.constantFrom('14/03/2023', '2023-03-14', 'March 2023', 'Mar-23', '?12/03/2019', 'c. 2019', 'early March 2019', '31/02/2023', '13/13/2023',
    '10:30', '25:61', '10:30:59', '', ' ', 'SW1', 'Case record 4', '=HYPERLINK("http://x")', '<script>window.__pwned=1</script>', '"', '""',
    'a,b', 'line\nbreak', 'semi;colon', 'tab\there', '\u0000', '👩‍👧', 'Zoë Łukasz Øster'),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);
const csvText = fc.record({
  header: fc.array(fc.constantFrom(...columns), { minLength: 0, maxLength: 7 }),
  rows: fc.array(fc.array(cells, { maxLength: 8 }), { maxLength: 25 }),
  delimiter: fc.constantFrom(',', ';', '\t', '|'),
  newline: fc.constantFrom('\n', '\r\n', '\r'),
  quoteAll: fc.boolean(),
  bom: fc.boolean(),
  latin1: fc.boolean(),
}).map((c) => {
  const cell = (v: string) => (c.quoteAll || /[",;\t|\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const text = [c.header, ...c.rows].map((r) => r.map(cell).join(c.delimiter)).join(c.newline);
  const body = Buffer.from(text, c.latin1 ? 'latin1' : 'utf8');
  return c.bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
});
const csvBody = fc.oneof({ weight: 3, arbitrary: csvText }, { weight: 1, arbitrary: fc.uint8Array({ maxLength: 3_000 }).map((a) => Buffer.from(a)) });
const importQuery = fc.record({
  dryRun: fc.constantFrom('true', 'false', 'false', 'yes'),
  dateOrder: fc.constantFrom('uk', 'us', 'uk', 'iso'),
  mapping: fc.oneof(fc.constant(undefined), fc.constantFrom('{"date":"Date","description":"Details"}', '{"date":"Nope"}', '{', '[]', '{"__proto__":{"x":1}}'),
    fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v))),
});

describe('POST /api/investigations/:id/chronology/import, fuzzed', () => {
  it('never answers 500, changes nothing unless it imports, and imports every row it reports or none', async () => {
    const { app, db } = buildTestApp();
    const { investigationId, clients } = await buildInvestigationWithRoles(app, db);
    const agency = await clients.lead.post(`/api/investigations/${investigationId}/agencies`, { name: 'Police', kind: 'police' }).expect(201);
    const events = () => (db.$client.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n;
    await fc.assert(fc.asyncProperty(csvBody, importQuery, async (body, q) => {
      const query = new URLSearchParams({ agencyId: agency.body.data.id, dryRun: q.dryRun, dateOrder: q.dateOrder, ...(q.mapping === undefined ? {} : { mapping: q.mapping }) });
      const before = databaseChecksum(db.$client);
      const count = events();
      const res = await clients.lead.post(`/api/investigations/${investigationId}/chronology/import?${query}`).set('Content-Type', 'text/csv').send(body);
      expect(res.status, res.text.slice(0, 300)).toBeLessThan(500);
      const data = res.body.data;
      if (res.status !== 200 || data.dryRun) {
        expect(databaseChecksum(db.$client), `answered ${res.status} (dry run: ${data?.dryRun}) but the database changed`).toBe(before);
        return;
      }
      expect(data.errors).toEqual([]);
      expect(events() - count).toBe(data.imported);
      if (data.batchId) {
        expect((db.$client.prepare('SELECT count(*) AS n FROM events WHERE import_batch_id = ?').get(data.batchId) as { n: number }).n).toBe(data.imported);
      }
    }), { ...fuzzOptions(), numRuns: fuzzOptions().numRuns! * 10 });
  }, 300_000);
});

/** Every path to a value in a JSON value (objects and arrays), for picking one to break. */
function paths(value: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...at, Array.isArray(value) ? Number(k) : k], out);
  return out;
}

describe('POST /api/archives, fuzzed', () => {
  it('never answers 500 and changes nothing when it refuses an archive with one value broken', async () => {
    const source = buildTestApp();
    const { investigationId, clients } = await buildInvestigationWithRoles(source.app, source.db);
    await buildReviewFixture(source.db, investigationId, clients.lead.userId);
    const archive = JSON.parse((await clients.lead.get(`/api/investigations/${investigationId}/archive`).expect(200)).text);
    const all = paths(archive).filter((p) => p.length > 0);
    const target = buildTestApp();
    const importer = await login(target.app, (await buildUser(target.db)).email);
    const mutation = fc.record({ path: fc.constantFrom(...all), change: fc.oneof(
      hostileValue.map((value) => ({ kind: 'set' as const, value })), fc.constant({ kind: 'delete' as const, value: null }),
      fc.constantFrom('__proto__', 'extra', 'constructor').map((key) => ({ kind: 'add' as const, value: key }))) });
    await fc.assert(fc.asyncProperty(mutation, async ({ path, change }) => {
      const copy = structuredClone(archive);
      const parent = path.slice(0, -1).reduce((o: any, k) => o[k], copy);
      const key = path[path.length - 1]!;
      if (change.kind === 'set') parent[key] = change.value;
      else if (change.kind === 'delete') delete parent[key];
      let text = JSON.stringify(copy);
      if (change.kind === 'add') text = text.replace(`"${String(key)}":`, `"${change.value}":{"polluted":"yes"},"${String(key)}":`);
      const before = databaseChecksum(target.db.$client);
      const res = await importer.post('/api/archives').set('Content-Type', ARCHIVE_MEDIA_TYPE).send(text);
      expect(res.status, `${path.join('.')}: ${res.text.slice(0, 300)}`).toBeLessThan(500);
      if (res.status >= 400) expect(databaseChecksum(target.db.$client)).toBe(before);
      expect(Object.prototype).not.toHaveProperty('polluted');
    }), { ...fuzzOptions(), numRuns: fuzzOptions().numRuns! * 5 });
  }, 300_000);
});
