import { describe, expect, it } from 'vitest';
import type { CommentThread, ReviewDecision } from '../../../schema/contracts/review';
import { attentionCounts, attentionItems, otherOpenThreads } from '../../../client/src/views/review/attention';

const thread = (targetKind: CommentThread['targetKind'], targetId: string, resolved: boolean, body = 'Why?', replies: CommentThread[] = []): CommentThread => ({
  id: `c-${targetId}-${body}`, targetKind, targetId, parentId: null, body, authorId: 'u1', authorName: 'Pat', authorRole: 'panel',
  resolved, createdAt: '2026-03-01T09:00:00.000Z', updatedAt: '2026-03-01T09:00:00.000Z', version: 1, replies,
});
const decision = (targetId: string, status: ReviewDecision['status'], reason: string): ReviewDecision => ({
  id: `d-${reason}`, targetKind: 'factor', targetId, status, reason, authorId: 'u1', authorName: 'Pat', authorRole: 'panel',
  agreedForPublication: false, createdAt: '2026-03-01T09:00:00.000Z', updatedAt: '2026-03-01T09:00:00.000Z', version: 1,
});

describe('attentionItems', () => {
  const factors = [
    { id: 'f1', statement: 'Caseloads were high', reviewStatus: 'accepted', version: 3 },
    { id: 'f2', statement: 'Records did not link', reviewStatus: 'proposed', version: 1 },
    { id: 'f3', statement: 'Supervision was cancelled', reviewStatus: 'disputed', version: 2 },
    { id: 'f4', statement: 'Agencies used different systems', reviewStatus: 'proposed', version: 1 },
  ];
  const findings = [{ id: 'g1', statement: 'Record systems do not exchange information', reviewStatus: 'rejected', version: 2 }];
  const threads = [thread('factor', 'f4', false), thread('factor', 'f4', true), thread('factor', 'f1', false), thread('event', 'e1', false)];
  const decisions = [decision('f3', 'accepted', 'first'), decision('f3', 'disputed', 'second')];

  it('puts disputed first, then rejected, proposed and accepted; more open threads first within a status', () => {
    const items = attentionItems(factors, findings, threads, decisions);
    expect(items.map((i) => [i.kind, i.id, i.reviewStatus, i.openThreads, i.decisions])).toEqual([
      ['factor', 'f3', 'disputed', 0, 2],
      ['finding', 'g1', 'rejected', 0, 0],
      ['factor', 'f4', 'proposed', 1, 0],
      ['factor', 'f2', 'proposed', 0, 0],
      ['factor', 'f1', 'accepted', 1, 0],
    ]);
  });

  it('keeps the latest decision of each item', () => {
    expect(attentionItems(factors, findings, threads, decisions)[0]!.latest?.reason).toBe('second');
  });

  it('counts the statuses and the open threads on factors and findings', () => {
    expect(attentionCounts(attentionItems(factors, findings, threads, decisions))).toEqual({ disputed: 1, rejected: 1, proposed: 2, accepted: 1, openThreads: 2 });
  });
});

describe('otherOpenThreads', () => {
  it('lists open threads on entries, links and recommendations with an excerpt and the number of replies', () => {
    const long = `${'a'.repeat(130)}`;
    const threads = [
      thread('event', 'e1', false, 'Was the child seen\n on this visit?', [thread('event', 'e1', false, 'Yes', [thread('event', 'e1', false, 'Recorded?')])]),
      thread('factor_link', 'l1', true),
      thread('recommendation', 'r1', false, long),
      thread('factor', 'f1', false),
    ];
    expect(otherOpenThreads(threads)).toEqual([
      { targetKind: 'event', targetId: 'e1', threadId: 'c-e1-Was the child seen\n on this visit?', excerpt: 'Was the child seen on this visit?', replies: 2 },
      { targetKind: 'recommendation', targetId: 'r1', threadId: `c-r1-${long}`, excerpt: `${'a'.repeat(119)}…`, replies: 0 },
    ]);
  });
});
