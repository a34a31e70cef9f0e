import type { Factor } from '../../../../schema/contracts/analysis';
import type { Finding } from '../../../../schema/contracts/findings';
import type { CommentThread, ReviewDecision, SnapshotSummary } from '../../../../schema/contracts/review';
import type { MemberRole } from '../../../../schema/contracts/enums';
import { api } from '../../api';

/** Everything the Review tab shows, loaded together. */
export interface ReviewData {
  factors: Factor[];
  findings: Finding[];
  threads: CommentThread[];
  decisions: ReviewDecision[];
  snapshots: SnapshotSummary[];
}

/** The path of an investigation's API resource. */
export function reviewPath(investigationId: string, rest: string): string {
  return `/api/investigations/${encodeURIComponent(investigationId)}/${rest}`;
}

/** Loads factors, findings, every comment thread, every review decision and the frozen versions. */
export async function loadReviewData(investigationId: string): Promise<ReviewData> {
  const get = <T>(rest: string) => api.get<T>(reviewPath(investigationId, rest));
  const [factors, findings, threads, decisions, snapshots] = await Promise.all([
    get<Factor[]>('factors'), get<Finding[]>('findings'), get<CommentThread[]>('comments'), get<ReviewDecision[]>('reviews'), get<SnapshotSummary[]>('snapshots'),
  ]);
  return { factors, findings, threads, decisions, snapshots };
}

/** What each role may do in the Review tab (mirrors the server's permission table; the server still decides). */
export function reviewAbilities(role: MemberRole) {
  return {
    freeze: role === 'lead' || role === 'investigator',
    signOff: role === 'lead',
    decide: role === 'lead' || role === 'panel',
    comment: role !== 'observer',
    audit: role === 'lead',
  };
}
