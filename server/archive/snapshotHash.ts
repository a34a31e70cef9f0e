import { createHash } from 'node:crypto';

const FLUSH_AT = 64 * 1024;

/**
 * The SHA-256 (hex) of a value's canonical JSON (as contentHash in server/review/canonicalJson.ts gives it), written
 * to the hash in pieces as it is walked, so a snapshot of a large investigation is hashed without building its text.
 */
export function streamedContentHash(value: unknown): string {
  const hash = createHash('sha256');
  let pending = '';
  const put = (piece: string) => {
    pending += piece;
    if (pending.length >= FLUSH_AT) { hash.update(pending, 'utf8'); pending = ''; }
  };
  const write = (v: unknown): void => {
    if (v === null || v === undefined) return put('null');
    if (Array.isArray(v)) {
      put('[');
      for (let i = 0; i < v.length; i++) { if (i) put(','); write(v[i]); }
      return put(']');
    }
    if (typeof v === 'object') {
      const record = v as Record<string, unknown>;
      let first = true;
      put('{');
      for (const key of Object.keys(record).sort()) {
        if (record[key] === undefined) continue;
        put(first ? `${JSON.stringify(key)}:` : `,${JSON.stringify(key)}:`);
        first = false;
        write(record[key]);
      }
      return put('}');
    }
    if (typeof v === 'number' && !Number.isFinite(v)) return put('null');
    put(JSON.stringify(v));
  };
  write(value);
  hash.update(pending, 'utf8');
  return hash.digest('hex');
}
