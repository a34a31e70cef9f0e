import { z } from 'zod';
import { InfluenceSchema, ProbabilitySchema, ReviewStatusSchema, EventKindSchema } from './enums';
import { IdSchema, VersionSchema, optionalText, text } from './common';
import { categoryCodes, contextTagCodes, factorLevels } from '../taxonomy';

/** One of the four levels of DOMAIN.md §5. */
export const FactorLevelSchema = z.enum(factorLevels);
/** A category code from the taxonomy (whether it belongs to the level is checked by the service). */
export const CategoryCodeSchema = z.enum(categoryCodes, { message: 'must be a category code from /api/taxonomy' });
/** A case-context tag code from the taxonomy. */
export const ContextTagSchema = z.enum(contextTagCodes, { message: 'must be a context tag code from /api/taxonomy' });

const CategorySchema = z.object({
  code: z.string(), level: FactorLevelSchema, label: z.string(), description: z.string(), prompts: z.array(z.string()),
});
/** The taxonomy as served by `GET /api/taxonomy`. */
export const TaxonomySchema = z.object({
  levels: z.array(z.object({ code: FactorLevelSchema, label: z.string(), description: z.string(), categories: z.array(CategorySchema) })),
  contextTags: z.array(z.object({ code: z.string(), label: z.string(), description: z.string() })),
});

const evidenceIds = z.array(IdSchema).max(200);

/** Creating a factor: level, category and statement are required. */
export const FactorCreateSchema = z.object({
  level: FactorLevelSchema,
  category: CategoryCodeSchema,
  statement: text(500),
  description: optionalText(20_000).optional().default(''),
  influence: InfluenceSchema.optional().default('hindered'),
  confidence: ProbabilitySchema.optional().default('likely'),
  contextTags: z.array(ContextTagSchema).max(20).optional().default([]),
  eventIds: evidenceIds.optional().default([]),
  sourceIds: evidenceIds.optional().default([]),
  reviewStatus: ReviewStatusSchema.optional().default('proposed'),
});
export type FactorCreateInput = z.infer<typeof FactorCreateSchema>;

/** Editing a factor: any field, plus the version the edit was based on. Evidence lists replace the old ones. */
export const FactorUpdateSchema = z.object({
  level: FactorLevelSchema,
  category: CategoryCodeSchema,
  statement: text(500),
  description: optionalText(20_000),
  influence: InfluenceSchema,
  confidence: ProbabilitySchema,
  contextTags: z.array(ContextTagSchema).max(20),
  eventIds: evidenceIds,
  sourceIds: evidenceIds,
  reviewStatus: ReviewStatusSchema,
}).partial().extend({ version: VersionSchema });
export type FactorUpdateInput = z.infer<typeof FactorUpdateSchema>;

/** A factor as returned. */
export const FactorSchema = z.object({
  id: z.string(),
  level: FactorLevelSchema,
  category: z.string(),
  statement: z.string(),
  description: z.string(),
  influence: InfluenceSchema,
  confidence: ProbabilitySchema,
  contextTags: z.array(z.string()),
  eventIds: z.array(z.string()),
  sourceIds: z.array(z.string()),
  reviewStatus: ReviewStatusSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number(),
});
export type Factor = z.infer<typeof FactorSchema>;

/** What a causal link points at: another factor, a chronology event, or the investigation's outcome. */
export const linkTargetKinds = ['factor', 'event', 'outcome'] as const;
/** Validates a link target kind. */
export const LinkTargetKindSchema = z.enum(linkTargetKinds);
export type LinkTargetKind = z.infer<typeof LinkTargetKindSchema>;

/** Creating a causal link: `toFactorId` is required for `factor`, `toEventId` for `event`, neither for `outcome`. */
export const FactorLinkCreateSchema = z.object({
  fromFactorId: IdSchema,
  toKind: LinkTargetKindSchema,
  toFactorId: IdSchema.nullable().optional().default(null),
  toEventId: IdSchema.nullable().optional().default(null),
  rationale: optionalText(2_000).optional().default(''),
}).superRefine((v, ctx) => {
  if (v.toKind === 'factor' && !v.toFactorId) ctx.addIssue({ code: 'custom', path: ['toFactorId'], message: 'is required when toKind is "factor"' });
  if (v.toKind === 'event' && !v.toEventId) ctx.addIssue({ code: 'custom', path: ['toEventId'], message: 'is required when toKind is "event"' });
  if (v.toKind !== 'factor' && v.toFactorId) ctx.addIssue({ code: 'custom', path: ['toFactorId'], message: `must be empty when toKind is "${v.toKind}"` });
  if (v.toKind !== 'event' && v.toEventId) ctx.addIssue({ code: 'custom', path: ['toEventId'], message: `must be empty when toKind is "${v.toKind}"` });
});
export type FactorLinkCreateInput = z.infer<typeof FactorLinkCreateSchema>;

/** Editing a link's rationale. */
export const FactorLinkUpdateSchema = z.object({ rationale: optionalText(2_000), version: VersionSchema });
export type FactorLinkUpdateInput = z.infer<typeof FactorLinkUpdateSchema>;

/** A causal link as returned. */
export const FactorLinkSchema = z.object({
  id: z.string(),
  fromFactorId: z.string(),
  toKind: LinkTargetKindSchema,
  toFactorId: z.string().nullable(),
  toEventId: z.string().nullable(),
  rationale: z.string(),
  version: z.number(),
});
export type FactorLink = z.infer<typeof FactorLinkSchema>;

/** The id of the outcome node in the graph. */
export const OUTCOME_NODE_ID = 'outcome';

/** A node of the causal graph, ready to draw. */
export const GraphNodeSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('factor'), id: z.string(), label: z.string(), level: FactorLevelSchema, category: z.string(),
    influence: InfluenceSchema, confidence: ProbabilitySchema, reviewStatus: ReviewStatusSchema,
    contextTags: z.array(z.string()), eventIds: z.array(z.string()), sourceIds: z.array(z.string()),
  }),
  z.object({
    kind: z.literal('event'), id: z.string(), label: z.string(), occurred: z.string(), start: z.number(),
    eventKind: EventKindSchema, agencyId: z.string().nullable(),
  }),
  z.object({ kind: z.literal('outcome'), id: z.literal(OUTCOME_NODE_ID), label: z.string() }),
]);
export type GraphNode = z.infer<typeof GraphNodeSchema>;

/** A causal edge: `source` contributed to `target`. */
export const GraphEdgeSchema = z.object({ id: z.string(), source: z.string(), target: z.string(), rationale: z.string() });
export type GraphEdge = z.infer<typeof GraphEdgeSchema>;

/** A why-chain: node ids from the outcome or a key event down to a deepest factor (one nothing else explains). */
export const WhyChainSchema = z.object({
  rootId: z.string(), nodeIds: z.array(z.string()), deepestFactorId: z.string(), deepestLevel: FactorLevelSchema,
});
export type WhyChain = z.infer<typeof WhyChainSchema>;

/** The causal graph with its why-chains. `chainsTruncated` is true when there were more chains than were listed. */
export const AnalysisGraphSchema = z.object({
  nodes: z.array(GraphNodeSchema),
  edges: z.array(GraphEdgeSchema),
  whyChains: z.array(WhyChainSchema),
  chainsTruncated: z.boolean(),
});
export type AnalysisGraph = z.infer<typeof AnalysisGraphSchema>;

/** How much a check result matters: `warning` weakens the analysis, `advice` is about wording. */
export const checkSeverities = ['warning', 'advice'] as const;
/** Validates a check severity. */
export const CheckSeveritySchema = z.enum(checkSeverities);
export type CheckSeverity = z.infer<typeof CheckSeveritySchema>;

/** What a check result is about. */
export const checkTargetKinds = ['investigation', 'factor', 'link', 'event', 'episode', 'finding', 'recommendation'] as const;
/** The kind, id and a short label of a check result's target. */
export const CheckTargetSchema = z.object({ kind: z.enum(checkTargetKinds), id: z.string(), label: z.string() });
export type CheckTarget = z.infer<typeof CheckTargetSchema>;

/** Flagged wording in one field of the target (lexicon matches, offsets into that field's text). */
export const CheckWordingSchema = z.object({
  field: z.string(),
  matches: z.array(z.object({ ruleId: z.string(), start: z.number(), end: z.number(), phrase: z.string() })),
});

/** An investigator's record that a check result was considered, with the reason. */
export const CheckAcknowledgementSchema = z.object({
  id: z.string(), ruleId: z.string(), key: z.string(), reason: z.string(), userId: z.string().nullable(),
  createdAt: z.string(), version: z.number(),
});
export type CheckAcknowledgement = z.infer<typeof CheckAcknowledgementSchema>;

/** One check result. `key` identifies it stably within its rule; `status` is `considered` once acknowledged. */
export const CheckResultSchema = z.object({
  ruleId: z.string(),
  key: z.string(),
  severity: CheckSeveritySchema,
  target: CheckTargetSchema,
  message: z.string(),
  suggestion: z.string(),
  wording: CheckWordingSchema.nullable(),
  status: z.enum(['open', 'considered']),
  acknowledgement: CheckAcknowledgementSchema.nullable(),
});
export type CheckResult = z.infer<typeof CheckResultSchema>;

/** All check results with counts. */
export const CheckReportSchema = z.object({
  results: z.array(CheckResultSchema),
  counts: z.object({ open: z.number(), considered: z.number() }),
});
export type CheckReport = z.infer<typeof CheckReportSchema>;

/** Marking a check result as considered. */
export const CheckAcknowledgementCreateSchema = z.object({ ruleId: text(100), key: text(500), reason: text(2_000) });
export type CheckAcknowledgementCreateInput = z.infer<typeof CheckAcknowledgementCreateSchema>;
