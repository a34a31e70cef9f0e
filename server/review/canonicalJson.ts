import { createHash } from 'node:crypto';

/** A deep copy of a JSON value with every object's keys in sorted order (undefined members dropped, as JSON does). */
export function sortKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : sortKeys(v))) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out as T;
  }
  return value;
}

/**
 * The canonical JSON text of a value: no whitespace, object keys sorted by code unit at every depth.
 * Keys are sorted while writing, so the result does not depend on how an object was built.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v)).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.keys(value).sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return 'null';
  return JSON.stringify(value);
}

/** The SHA-256 (hex) of a value's canonical JSON in UTF-8. */
export function contentHash(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value), 'utf8').digest('hex');
}
