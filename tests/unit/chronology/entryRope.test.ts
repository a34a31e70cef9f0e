import { describe, expect, it } from 'vitest';
import { before, EntryRope, type KeptEntry } from '../../../server/services/entryRope';
import { seededRandom } from '../../helpers/seededRandom';

const entry = (id: string, start: number, sequence = 0): KeptEntry => ({
  id, start, sequence, end: start + 10, createdAt: '2026-11-26T10:00:00.000Z', json: Buffer.from(JSON.stringify({ id })),
});

const listed = (rope: EntryRope) => JSON.parse(`[${Buffer.concat(rope.chunks()).toString()}]`).map((e: { id: string }) => e.id);

describe('EntryRope', () => {
  it('orders entries by earliest instant, then sequence, then id', () => {
    const rope = new EntryRope([]);
    for (const e of [entry('c', 5), entry('a', 5, 1), entry('b', 1), entry('d', 5)]) rope.insert(e);
    expect(listed(rope)).toEqual(['b', 'c', 'd', 'a']);
    expect(rope.count).toBe(4);
  });

  it('sends as JSON an empty listing and a listing of one', () => {
    const rope = new EntryRope([]);
    expect(Buffer.concat(rope.chunks()).toString()).toBe('');
    rope.insert(entry('only', 1));
    expect(listed(rope)).toEqual(['only']);
    rope.remove(new Set(['only']));
    expect(rope.count).toBe(0);
    expect(Buffer.concat(rope.chunks()).toString()).toBe('');
  });

  it('matches a sorted list through thousands of seeded inserts and removals, across many blocks', () => {
    const random = seededRandom(7);
    const initial = Array.from({ length: 3_000 }, (_, i) => entry(`e${i}`, Math.floor(random() * 500), Math.floor(random() * 3)));
    const reference = [...initial].sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
    const rope = new EntryRope(reference);
    let next = 3_000;
    for (let step = 0; step < 2_000; step++) {
      if (random() < 0.5 && reference.length > 0) {
        const gone = new Set(Array.from({ length: 1 + Math.floor(random() * 3) }, () => reference[Math.floor(random() * reference.length)]!.id));
        rope.remove(gone);
        for (let i = reference.length - 1; i >= 0; i--) if (gone.has(reference[i]!.id)) reference.splice(i, 1);
      } else {
        const e = entry(`e${next++}`, Math.floor(random() * 500), Math.floor(random() * 3));
        rope.insert(e);
        reference.splice(reference.findIndex((r) => !before(r, e)) === -1 ? reference.length : reference.findIndex((r) => !before(r, e)), 0, e);
      }
      if (step % 250 === 0) expect(listed(rope)).toEqual(reference.map((e) => e.id));
    }
    expect(rope.count).toBe(reference.length);
    expect(listed(rope)).toEqual(reference.map((e) => e.id));
    expect(rope.bytes).toBe(2 * reference.reduce((n, e) => n + e.json.length, 0));
  });

  it('keeps the buffers of blocks no change touched', () => {
    const rope = new EntryRope(Array.from({ length: 2_000 }, (_, i) => entry(`e${String(i).padStart(4, '0')}`, i)));
    const first = rope.chunks();
    rope.insert(entry('late', 1_999.5));
    const second = rope.chunks();
    expect(second.slice(0, -1)).toEqual(first.slice(0, -1));
    expect(second.slice(0, -2).every((b, i) => b === first[i])).toBe(true);
    expect(second[second.length - 1]).not.toBe(first[first.length - 1]);
  });
});
