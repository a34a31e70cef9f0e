import fc from 'fast-check';
import { z } from 'zod';

/** A JSON Schema node, as zod's toJSONSchema writes them (only what the generators read). */
interface Schema {
  type?: string | string[];
  enum?: unknown[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  format?: string;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
}

/** A request body as sent: a JSON value, or raw text sent as JSON (pollution keys, deep nesting, broken JSON). */
export type FuzzBody = { kind: 'json'; value: unknown } | { kind: 'text'; text: string };

const deep = (n: number, open: string, close: string, inner = '1') => open.repeat(n) + inner + close.repeat(n);

/** Values no contract expects: nulls, wrong types, huge and strange strings, deep nesting, markup and path tricks. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null), fc.boolean(), fc.integer(), fc.double({ noNaN: true }), fc.constant(-1), fc.constant(Number.MAX_SAFE_INTEGER + 2),
  fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('', ' ', '\u0000', '\uD800', '\u202Eevil', '👩‍👧‍👦'.repeat(50), '<img src=x onerror=alert(1)>', "'; DROP TABLE events; --",
    '../../etc/passwd', '%00', '2023-02-30', '9999-99-99', '0000-00-00T25:61', 'NaN', '__proto__', 'constructor', '1e309'),
  fc.constant('x'.repeat(100_000)), fc.constant('é'.repeat(30_000)),
  fc.constant(JSON.parse(deep(200, '[', ']'))), fc.constant(JSON.parse(deep(200, '{"a":', '}'))),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 5 }), fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
);

function plausible(s: Schema, ids: readonly string[]): fc.Arbitrary<unknown> {
  if (s.enum) return fc.constantFrom(...s.enum);
  const options = s.anyOf ?? s.oneOf;
  if (options) return fc.oneof(...options.map((o) => plausible(o, ids)));
  const type = Array.isArray(s.type) ? s.type : s.type ? [s.type] : [];
  if (type.length > 1) return fc.oneof(...type.map((t) => plausible({ ...s, type: t }, ids)));
  switch (type[0]) {
    case 'string':
      if (s.format === 'uuid') return fc.oneof(fc.constantFrom(...ids), fc.uuid());
      if (s.format === 'date') return fc.oneof(fc.constantFrom('2023-03-14', '2024-02-29', '2026-12-31'), fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)));
      return fc.oneof(fc.string({ minLength: 1, maxLength: Math.min(s.maxLength ?? 60, 60) }),
        fc.constantFrom('2023-03-14', '2019-03~', 'Child A was seen', 'SW1', 'lead', 'true', 'false'));
    case 'integer':
    case 'number':
      return fc.integer({ min: Math.max(s.minimum ?? -5, -5), max: Math.min(s.maximum ?? 1000, 1000) });
    case 'boolean': return fc.boolean();
    case 'null': return fc.constant(null);
    case 'array': return fc.array(s.items ? plausible(s.items, ids) : fc.jsonValue({ maxDepth: 1 }), { maxLength: 4 });
    case 'object': {
      const props = Object.entries(s.properties ?? {});
      if (!props.length) return fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 });
      const required = props.map(([k]) => k).filter((k) => s.required?.includes(k));
      return fc.record(Object.fromEntries(props.map(([k, p]) => [k, field(p, ids)])), { requiredKeys: required });
    }
    default: return fc.jsonValue({ maxDepth: 2 });
  }
}

/** A field value: usually one the contract accepts, sometimes a hostile one. */
const field = (s: Schema, ids: readonly string[]) => fc.oneof({ weight: 4, arbitrary: plausible(s, ids) }, { weight: 1, arbitrary: hostileValue });

/** Inserts prototype-pollution keys at the start of a JSON object's text. */
const polluted = (value: unknown) => {
  const pollution = '"__proto__":{"polluted":"yes","isAdmin":true},"constructor":{"prototype":{"polluted":"yes"}}';
  const text = JSON.stringify(value && typeof value === 'object' && !Array.isArray(value) ? value : { value });
  return text === '{}' ? `{${pollution}}` : `{${pollution},${text.slice(1)}`;
};

/** Bodies for a route with a JSON contract: mostly shaped after the contract, with random values, pollution keys, nesting and broken JSON. */
export function bodyArbitrary(contract: z.ZodType | undefined, ids: readonly string[]): fc.Arbitrary<FuzzBody> {
  const shaped = contract ? plausible(z.toJSONSchema(contract, { io: 'input', unrepresentable: 'any' }) as Schema, ids) : fc.jsonValue({ maxDepth: 2 });
  return fc.oneof(
    { weight: 5, arbitrary: shaped.map((value): FuzzBody => ({ kind: 'json', value })) },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((value): FuzzBody => ({ kind: 'json', value })) },
    { weight: 2, arbitrary: shaped.map((value): FuzzBody => ({ kind: 'text', text: polluted(value) })) },
    { weight: 1, arbitrary: fc.constantFrom(deep(20_000, '[', ']'), deep(5_000, '{"a":', '}'), '{"a":', '{"version":1,}', '\uFEFF{}', 'null', '"text"', '[]')
      .map((text): FuzzBody => ({ kind: 'text', text })) },
  );
}

/** Percent-encodes text; a lone surrogate (which has no UTF-8 form) becomes the bytes of one, which is invalid UTF-8 on purpose. */
const encode = (text: string) =>
  text.split(/([\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF])/).map((part, i) => (i % 2 ? '%ED%A0%80' : encodeURIComponent(part))).join('');

/** A query string for a route with a query contract (or none): shaped after it, with hostile values mixed in. */
export function queryArbitrary(contract: z.ZodType | undefined, ids: readonly string[]): fc.Arbitrary<string> {
  if (!contract) return fc.constant('');
  const schema = z.toJSONSchema(contract, { io: 'input', unrepresentable: 'any' }) as Schema;
  return plausible(schema, ids).map((q) => {
    const entries = Object.entries((q ?? {}) as Record<string, unknown>);
    return entries.length ? `?${entries.map(([k, v]) => `${encode(k)}=${encode(typeof v === 'string' ? v : JSON.stringify(v) ?? '')}`).join('&')}` : '';
  });
}

/** How many runs each property gets: 15 in CI, SIGHTLINE_FUZZ_RUNS for a longer local run; SIGHTLINE_FUZZ_SEED replays one. */
export const fuzzOptions = (): fc.Parameters<unknown> => ({
  numRuns: Number(process.env.SIGHTLINE_FUZZ_RUNS ?? 15),
  ...(process.env.SIGHTLINE_FUZZ_SEED ? { seed: Number(process.env.SIGHTLINE_FUZZ_SEED) } : {}),
});
