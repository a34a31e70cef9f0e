import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { streamedContentHash } from '../../../server/archive/snapshotHash';
import { contentHash } from '../../../server/review/canonicalJson';

const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('streamedContentHash', () => {
  it('hashes the canonical JSON: keys sorted at every depth, undefined members dropped, undefined in arrays as null', () => {
    const value = { b: [1, undefined, { z: 'é', a: null }], a: 'x', skip: undefined, n: Number.NaN };
    expect(streamedContentHash(value)).toBe(sha('{"a":"x","b":[1,null,{"a":null,"z":"é"}],"n":null}'));
  });

  it('gives the same hash as contentHash for a value larger than one piece', () => {
    const events = Array.from({ length: 3000 }, (_, i) => ({ id: `e${i}`, description: `Home visit ${i} "quoted" \u2028`, people: [{ role: 'actor' }] }));
    const value = { investigation: { title: 'Child A' }, events };
    expect(streamedContentHash(value)).toBe(contentHash(value));
  });
});
