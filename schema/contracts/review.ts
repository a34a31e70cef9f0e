import { z } from 'zod';
import { IdSchema, VersionSchema, optionalText, text } from './common';
import { MemberRoleSchema, ReviewStatusSchema } from './enums';

/** Items a comment thread can hang on. */
export const commentTargetKinds = ['event', 'factor', 'factor_link', 'finding', 'recommendation'] as const;
export const CommentTargetKindSchema = z.enum(commentTargetKinds);
export type CommentTargetKind = z.infer<typeof CommentTargetKindSchema>;

/** Items the panel accepts, disputes or rejects. */
export const reviewTargetKinds = ['factor', 'finding'] as const;
export const ReviewTargetKindSchema = z.enum(reviewTargetKinds);
export type ReviewTargetKind = z.infer<typeof ReviewTargetKindSchema>;

/** The decisions a panel member can record (`proposed` is only the starting state). */
export const reviewDecisionStatuses = ['accepted', 'disputed', 'rejected'] as const;
export const ReviewDecisionStatusSchema = z.enum(reviewDecisionStatuses);

const booleanText = z.enum(['true', 'false']).transform((v) => v === 'true');

/** Starting a thread (no parentId) or replying to a comment in it. */
export const CommentCreateSchema = z.object({
  targetKind: CommentTargetKindSchema,
  targetId: IdSchema,
  body: text(10_000),
  parentId: IdSchema.nullable().optional().default(null),
});
export type CommentCreateInput = z.infer<typeof CommentCreateSchema>;

/** Editing one's own comment text, or marking a thread resolved / unresolved. */
export const CommentUpdateSchema = z.object({
  version: VersionSchema,
  body: text(10_000).optional(),
  resolved: z.boolean().optional(),
}).refine((v) => v.body !== undefined || v.resolved !== undefined, { message: 'give body or resolved', path: ['body'] });
export type CommentUpdateInput = z.infer<typeof CommentUpdateSchema>;

/** Which threads to list: all, or those on one item; optionally only resolved or unresolved ones. */
export const CommentListQuerySchema = z.object({
  targetKind: CommentTargetKindSchema.optional(),
  targetId: z.string().max(100).optional(),
  resolved: booleanText.optional(),
}).refine((v) => v.targetId === undefined || v.targetKind !== undefined, { message: 'required with targetId', path: ['targetKind'] });

/** One comment as returned. */
export const CommentSchema = z.object({
  id: z.string(),
  targetKind: CommentTargetKindSchema,
  targetId: z.string(),
  parentId: z.string().nullable(),
  body: z.string(),
  authorId: z.string().nullable(),
  authorName: z.string().nullable(),
  authorRole: MemberRoleSchema,
  resolved: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number(),
});
export type Comment = z.infer<typeof CommentSchema>;

/** A comment with its replies, oldest first. */
export type CommentThread = Comment & { replies: CommentThread[] };
export const CommentThreadSchema: z.ZodType<CommentThread> = CommentSchema.extend({
  get replies() { return z.array(CommentThreadSchema); },
});

/** A panel decision on a factor or finding, based on the version of it the reviewer read. */
export const ReviewDecisionCreateSchema = z.object({
  targetKind: ReviewTargetKindSchema,
  targetId: IdSchema,
  status: ReviewDecisionStatusSchema,
  reason: text(10_000),
  targetVersion: VersionSchema,
});
export type ReviewDecisionCreateInput = z.infer<typeof ReviewDecisionCreateSchema>;

/** A lead investigator agrees (or withdraws agreement) that a note of dissent goes into the published report. */
export const ReviewDecisionUpdateSchema = z.object({
  version: VersionSchema,
  agreedForPublication: z.boolean(),
});

export const ReviewDecisionListQuerySchema = z.object({
  targetKind: ReviewTargetKindSchema.optional(),
  targetId: z.string().max(100).optional(),
}).refine((v) => v.targetId === undefined || v.targetKind !== undefined, { message: 'required with targetId', path: ['targetKind'] });

/** A recorded decision; none is ever deleted. */
export const ReviewDecisionSchema = z.object({
  id: z.string(),
  targetKind: ReviewTargetKindSchema,
  targetId: z.string(),
  status: ReviewDecisionStatusSchema,
  reason: z.string(),
  authorId: z.string().nullable(),
  authorName: z.string().nullable(),
  authorRole: MemberRoleSchema,
  agreedForPublication: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number(),
});
export type ReviewDecision = z.infer<typeof ReviewDecisionSchema>;

/** The decision and the factor's or finding's new review status and version. */
export const ReviewResultSchema = z.object({
  decision: ReviewDecisionSchema,
  target: z.object({ kind: ReviewTargetKindSchema, id: z.string(), reviewStatus: ReviewStatusSchema, version: z.number() }),
});
export type ReviewResult = z.infer<typeof ReviewResultSchema>;

/** Format version of the whole-investigation content (snapshots, archives). */
export const CONTENT_FORMAT_VERSION = 1;

/** The entity kinds of the whole-investigation content, in reading order. */
export const contentKinds = [
  'investigation', 'agencies', 'people', 'places', 'sources', 'episodes', 'events', 'eventLinks', 'factors', 'factorLinks',
  'findings', 'recommendations', 'responses', 'safetyActions', 'comments', 'reviewDecisions',
] as const;
export type ContentKind = (typeof contentKinds)[number];

const ItemSchema = z.record(z.string(), z.unknown());

/** The whole content of one investigation as plain JSON: every list sorted by id, keys in sorted order. */
export const InvestigationContentSchema = z.object({
  formatVersion: z.number(),
  investigation: ItemSchema,
  agencies: z.array(ItemSchema),
  people: z.array(ItemSchema),
  places: z.array(ItemSchema),
  sources: z.array(ItemSchema),
  episodes: z.array(ItemSchema),
  events: z.array(ItemSchema),
  eventLinks: z.array(ItemSchema),
  factors: z.array(ItemSchema),
  factorLinks: z.array(ItemSchema),
  findings: z.array(ItemSchema),
  recommendations: z.array(ItemSchema),
  responses: z.array(ItemSchema),
  safetyActions: z.array(ItemSchema),
  comments: z.array(ItemSchema),
  reviewDecisions: z.array(ItemSchema),
});
export type InvestigationContent = z.infer<typeof InvestigationContentSchema>;

export const SnapshotCreateSchema = z.object({ label: text(200) });
export const SnapshotSignOffSchema = z.object({ note: optionalText(5_000).optional().default('') });

/** A snapshot without its content. `intact` says the stored content still matches its SHA-256. */
export const SnapshotSummarySchema = z.object({
  id: z.string(),
  label: z.string(),
  takenAt: z.string(),
  takenBy: z.string().nullable(),
  takenByName: z.string().nullable(),
  sha256: z.string(),
  signedOffAt: z.string().nullable(),
  signedOffBy: z.string().nullable(),
  signedOffByName: z.string().nullable(),
  signOffNote: z.string(),
});
export type SnapshotSummary = z.infer<typeof SnapshotSummarySchema>;

export const SnapshotSchema = SnapshotSummarySchema.extend({ intact: z.boolean(), content: InvestigationContentSchema });

/** One field that differs, with its value in each version. */
export const FieldChangeSchema = z.object({ field: z.string(), before: z.unknown(), after: z.unknown() });
const DiffItemSchema = z.object({ id: z.string(), label: z.string(), item: z.unknown() });

/** What was added, removed and changed (field by field) in one entity kind. */
export const KindDiffSchema = z.object({
  kind: z.string(),
  added: z.array(DiffItemSchema),
  removed: z.array(DiffItemSchema),
  changed: z.array(z.object({ id: z.string(), label: z.string(), fields: z.array(FieldChangeSchema) })),
});
export type KindDiff = z.infer<typeof KindDiffSchema>;

const DiffSideSchema = z.object({ id: z.string(), label: z.string(), takenAt: z.string().nullable() });

/** Differences between two snapshots, or a snapshot and the live data (`to.id` is `current`); only kinds that differ. */
export const SnapshotDiffSchema = z.object({
  from: DiffSideSchema,
  to: DiffSideSchema,
  identical: z.boolean(),
  kinds: z.array(KindDiffSchema),
});

/** One committed change, as the change stream sends it: which item, not its values. */
export const ChangeSchema = z.object({
  auditId: z.number(),
  entity: z.string(),
  entityId: z.string(),
  action: z.string(),
  version: z.number().nullable(),
  by: z.object({ userId: z.string().nullable(), name: z.string().nullable() }),
  at: z.string(),
});
export type Change = z.infer<typeof ChangeSchema>;

/** `?since=<auditId>` replays changes after that audit entry before streaming new ones. */
export const ChangesQuerySchema = z.object({
  since: z.coerce.number({ message: 'must be an audit entry id' }).int().min(0).optional(),
});
