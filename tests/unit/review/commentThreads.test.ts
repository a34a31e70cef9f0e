import { describe, expect, it } from 'vitest';
import { assembleThreads } from '../../../server/review/commentThreads';

const c = (id: string, parentId: string | null, createdAt: string) => ({ id, parentId, createdAt });

describe('assembleThreads', () => {
  it('nests replies under their parents, oldest first at every level', () => {
    const threads = assembleThreads([
      c('r2', 'root1', '2026-01-03'), c('root2', null, '2026-01-02'), c('root1', null, '2026-01-01'),
      c('r1', 'root1', '2026-01-02'), c('r1a', 'r1', '2026-01-04'),
    ]);
    expect(threads).toEqual([
      { ...c('root1', null, '2026-01-01'), replies: [
        { ...c('r1', 'root1', '2026-01-02'), replies: [{ ...c('r1a', 'r1', '2026-01-04'), replies: [] }] },
        { ...c('r2', 'root1', '2026-01-03'), replies: [] },
      ] },
      { ...c('root2', null, '2026-01-02'), replies: [] },
    ]);
  });

  it('keeps the given order for comments made at the same instant', () => {
    expect(assembleThreads([c('b', null, 't'), c('a', null, 't'), c('c', 'b', 't'), c('d', 'b', 't')]).map((t) => [t.id, t.replies.map((r) => r.id)]))
      .toEqual([['b', ['c', 'd']], ['a', []]]);
  });

  it('starts a thread for a reply whose parent is missing, so no comment is dropped', () => {
    expect(assembleThreads([c('orphan', 'gone', '2026-01-01')])).toEqual([{ ...c('orphan', 'gone', '2026-01-01'), replies: [] }]);
  });

  it('breaks a cycle of parents instead of losing the comments in it', () => {
    const threads = assembleThreads([c('a', 'b', '2026-01-01'), c('b', 'a', '2026-01-02')]);
    expect(threads).toEqual([{ ...c('a', 'b', '2026-01-01'), replies: [{ ...c('b', 'a', '2026-01-02'), replies: [] }] }]);
  });
});
