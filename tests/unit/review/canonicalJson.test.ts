import { describe, expect, it } from 'vitest';
import { canonicalJson, contentHash, sortKeys } from '../../../server/review/canonicalJson';

describe('canonicalJson', () => {
  it('writes keys in sorted order at every depth, whatever order the object was built in', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}');
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
  });

  it('sorts integer-like keys as text, not in the order JavaScript enumerates them', () => {
    expect(canonicalJson({ 10: 'x', 9: 'y', a: 'z' })).toBe('{"10":"x","9":"y","a":"z"}');
  });

  it('drops undefined members as JSON does and writes undefined array items as null', () => {
    expect(canonicalJson({ a: undefined, b: [undefined, 1] })).toBe('{"b":[null,1]}');
  });

  it('escapes strings as JSON does', () => {
    expect(canonicalJson({ q: 'Zoë said "no"\n' })).toBe('{"q":"Zoë said \\"no\\"\\n"}');
  });
});

describe('sortKeys', () => {
  it('returns a copy whose JSON text is the canonical JSON', () => {
    const value = { b: [{ y: 1, x: 2 }], a: true };
    expect(JSON.stringify(sortKeys(value))).toBe(canonicalJson(value));
    expect(Object.keys(value)).toEqual(['b', 'a']);
  });
});

describe('contentHash', () => {
  it('is the SHA-256 of the canonical JSON in UTF-8', () => {
    expect(contentHash({})).toBe('44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a');
    expect(contentHash({ a: 1, b: 2 })).toBe(contentHash({ b: 2, a: 1 }));
    expect(contentHash({ a: 1 })).not.toBe(contentHash({ a: 2 }));
  });
});
