import type { CommentThread, ReviewDecision, ReviewTargetKind } from '../../../../schema/contracts/review';

/** A factor or finding as the review list needs it. */
export interface ReviewableItem { id: string; statement: string; reviewStatus: string; version: number }

/** One row of "what needs the panel's attention". */
export interface AttentionItem {
  kind: ReviewTargetKind;
  id: string;
  statement: string;
  reviewStatus: string;
  version: number;
  openThreads: number;
  decisions: number;
  latest: ReviewDecision | null;
}

/** An open thread on something other than a factor or finding (a chronology entry, causal link or recommendation). */
export interface OtherThread { targetKind: string; targetId: string; threadId: string; excerpt: string; replies: number }

const statusRank: Record<string, number> = { disputed: 0, rejected: 1, proposed: 2, accepted: 3 };

function countReplies(t: CommentThread): number {
  return t.replies.reduce((n, r) => n + 1 + countReplies(r), 0);
}

/**
 * Factors and findings in order of the panel's attention: disputed, then rejected, proposed and
 * accepted; within a status, those with more open comment threads first, then factors before findings.
 */
export function attentionItems(
  factors: readonly ReviewableItem[], findings: readonly ReviewableItem[], threads: readonly CommentThread[], decisions: readonly ReviewDecision[],
): AttentionItem[] {
  const key = (kind: string, id: string) => `${kind}:${id}`;
  const open = new Map<string, number>();
  for (const t of threads) if (!t.resolved) open.set(key(t.targetKind, t.targetId), (open.get(key(t.targetKind, t.targetId)) ?? 0) + 1);
  const byTarget = new Map<string, ReviewDecision[]>();
  for (const d of decisions) byTarget.set(key(d.targetKind, d.targetId), [...(byTarget.get(key(d.targetKind, d.targetId)) ?? []), d]);
  const items = ([['factor', factors], ['finding', findings]] as const).flatMap(([kind, list]) => list.map((i): AttentionItem => {
    const ds = byTarget.get(key(kind, i.id)) ?? [];
    return {
      kind, id: i.id, statement: i.statement, reviewStatus: i.reviewStatus, version: i.version,
      openThreads: open.get(key(kind, i.id)) ?? 0, decisions: ds.length, latest: ds[ds.length - 1] ?? null,
    };
  }));
  return items.sort((a, b) => (statusRank[a.reviewStatus] ?? 4) - (statusRank[b.reviewStatus] ?? 4)
    || b.openThreads - a.openThreads
    || (a.kind === b.kind ? 0 : a.kind === 'factor' ? -1 : 1)
    || a.statement.localeCompare(b.statement));
}

/** How many factors and findings have each review status, and how many comment threads are open on them. */
export function attentionCounts(items: readonly AttentionItem[]): Record<'disputed' | 'rejected' | 'proposed' | 'accepted' | 'openThreads', number> {
  const counts = { disputed: 0, rejected: 0, proposed: 0, accepted: 0, openThreads: 0 };
  for (const i of items) {
    if (i.reviewStatus in counts) counts[i.reviewStatus as 'disputed']++;
    counts.openThreads += i.openThreads;
  }
  return counts;
}

/** Open threads on chronology entries, causal links and recommendations, oldest first, with an excerpt of the first comment. */
export function otherOpenThreads(threads: readonly CommentThread[]): OtherThread[] {
  return threads
    .filter((t) => !t.resolved && t.targetKind !== 'factor' && t.targetKind !== 'finding')
    .map((t) => {
      const text = t.body.trim().replace(/\s+/g, ' ');
      return { targetKind: t.targetKind, targetId: t.targetId, threadId: t.id, excerpt: text.length > 120 ? `${text.slice(0, 119)}…` : text, replies: countReplies(t) };
    });
}
