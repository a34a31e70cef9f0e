import { z } from 'zod';
import {
  ChangesQuerySchema, CommentCreateSchema, CommentListQuerySchema, CommentSchema, CommentThreadSchema, CommentUpdateSchema,
  ReviewDecisionCreateSchema, ReviewDecisionListQuerySchema, ReviewDecisionSchema, ReviewDecisionUpdateSchema, ReviewResultSchema,
  SnapshotCreateSchema, SnapshotDiffSchema, SnapshotSchema, SnapshotSignOffSchema, SnapshotSummarySchema,
} from '../../schema/contracts/review';
import { defineRoute } from '../http/route';
import { SESSION_COOKIE, findSession, readCookie } from '../auth/sessions';
import { actorOf } from '../services/actor';
import { findMembership } from '../services/investigations';
import { createComment, listCommentThreads, updateComment } from '../services/comments';
import { agreeDissent, decideReview, listDecisions } from '../services/reviewDecisions';
import { createSnapshot, diffSnapshots, getSnapshot, listSnapshots, signOffSnapshot } from '../services/snapshots';
import { streamChanges } from '../services/changeFeed';
import { parseLastEventId } from '../review/sse';

const read = { kind: 'member', permission: 'investigation.read' } as const;
const base = '/api/investigations/:id';

/** The review-panel workflow: comment threads, review decisions, frozen snapshots with differences, and the live change stream. */
export const reviewRoutes = [
  defineRoute({
    method: 'get', path: `${base}/comments`, tag: 'review', summary: 'Comment threads, all or on one item (targetKind + targetId)',
    access: read, query: CommentListQuerySchema, response: z.array(CommentThreadSchema),
    handler: ({ db, member, query }) => listCommentThreads(db, member!.investigationId, query),
  }),
  defineRoute({
    method: 'post', path: `${base}/comments`, tag: 'review', summary: 'Comment on an event, factor, factor link, finding or recommendation, or reply',
    access: { kind: 'member', permission: 'comments.write' }, body: CommentCreateSchema, response: CommentSchema, status: 201,
    handler: ({ db, user, member, body, now }) => createComment(db, actorOf(user!.id, now()), member!.investigationId, member!.role, body),
  }),
  defineRoute({
    method: 'patch', path: `${base}/comments/:commentId`, tag: 'review',
    summary: 'Edit your own comment text, or mark a thread resolved (your own, or any for lead investigators and investigators)',
    access: { kind: 'member', permission: 'comments.write' }, body: CommentUpdateSchema, response: CommentSchema,
    handler: ({ db, user, member, body, params, now }) =>
      updateComment(db, actorOf(user!.id, now()), member!.investigationId, member!.role, params.commentId!, body),
  }),
  defineRoute({
    method: 'get', path: `${base}/reviews`, tag: 'review', summary: 'Review decisions (accepted, disputed, rejected), all or on one factor or finding',
    access: read, query: ReviewDecisionListQuerySchema, response: z.array(ReviewDecisionSchema),
    handler: ({ db, member, query }) => listDecisions(db, member!.investigationId, query),
  }),
  defineRoute({
    method: 'post', path: `${base}/reviews`, tag: 'review',
    summary: "Accept, dispute or reject a factor or finding with a reason; sets its review status and keeps the decision",
    access: { kind: 'member', permission: 'review.decide' }, body: ReviewDecisionCreateSchema, response: ReviewResultSchema, status: 201,
    handler: ({ db, user, member, body, now }) => decideReview(db, actorOf(user!.id, now()), member!.investigationId, member!.role, body),
  }),
  defineRoute({
    method: 'patch', path: `${base}/reviews/:reviewId`, tag: 'review', summary: 'Agree a note of dissent for the published report',
    access: { kind: 'member', permission: 'review.agreeDissent' }, body: ReviewDecisionUpdateSchema, response: ReviewDecisionSchema,
    handler: ({ db, user, member, body, params, now }) =>
      agreeDissent(db, actorOf(user!.id, now()), member!.investigationId, params.reviewId!, body),
  }),
  defineRoute({
    method: 'get', path: `${base}/snapshots`, tag: 'review', summary: 'Frozen versions, newest first, without content',
    access: read, response: z.array(SnapshotSummarySchema),
    handler: ({ db, member }) => listSnapshots(db, member!.investigationId),
  }),
  defineRoute({
    method: 'post', path: `${base}/snapshots`, tag: 'review', summary: 'Freeze the whole investigation under a label, e.g. "Panel meeting 3"',
    access: { kind: 'member', permission: 'snapshots.create' }, body: SnapshotCreateSchema, response: SnapshotSummarySchema, status: 201,
    handler: ({ db, user, member, body, now }) => createSnapshot(db, actorOf(user!.id, now()), member!.investigationId, body.label),
  }),
  defineRoute({
    method: 'get', path: `${base}/snapshots/:snapshotId`, tag: 'review', summary: 'A frozen version with its content (pseudonyms only for roles that may not see identities)',
    access: read, response: SnapshotSchema,
    handler: ({ db, member, params }) => getSnapshot(db, member!.investigationId, params.snapshotId!, member!.canSeeIdentities),
  }),
  defineRoute({
    method: 'get', path: `${base}/snapshots/:a/diff/:b`, tag: 'review',
    summary: 'What was added, removed and changed (per field) from snapshot a to snapshot b, or to the live data when b is "current"',
    access: read, response: SnapshotDiffSchema,
    handler: ({ db, member, params }) => diffSnapshots(db, member!.investigationId, params.a!, params.b!, member!.canSeeIdentities),
  }),
  defineRoute({
    method: 'post', path: `${base}/snapshots/:snapshotId/sign-off`, tag: 'review', summary: "Record the panel's sign-off on a snapshot (once)",
    access: { kind: 'member', permission: 'snapshots.signoff' }, body: SnapshotSignOffSchema, response: SnapshotSummarySchema,
    handler: ({ db, user, member, body, params, now }) =>
      signOffSnapshot(db, actorOf(user!.id, now()), member!.investigationId, params.snapshotId!, body.note),
  }),
  defineRoute({
    method: 'get', path: `${base}/changes`, tag: 'review',
    summary: 'Server-Sent Events stream of committed changes (entity, id, action, version, who, when); ?since=<auditId> or Last-Event-ID to catch up',
    access: read, query: ChangesQuerySchema, producesFile: 'text/event-stream',
    handler: ({ db, user, member, query, req, res, now }) => {
      const token = readCookie(req.headers.cookie, SESSION_COOKIE);
      const access = () => (token && findSession(db, token, now()) ? findMembership(db, member!.investigationId, user!.id) : undefined);
      streamChanges(db, member!.investigationId, query.since ?? parseLastEventId(req.get('last-event-id')), access, res);
      return undefined;
    },
  }),
];
