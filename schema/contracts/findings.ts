import { z } from 'zod';
import { AssessmentSchema, FindingTypeSchema, ProbabilitySchema, RecommendationStatusSchema, ReviewStatusSchema } from './enums';
import { IdSchema, IsoDateSchema, VersionSchema, optionalText, text } from './common';

const findingFields = {
  type: FindingTypeSchema,
  statement: text(2000),
  inThisCase: optionalText(20_000),
  notUnique: optionalText(20_000),
  whyItMatters: optionalText(20_000),
  confidence: ProbabilitySchema,
  factorIds: z.array(IdSchema).max(200),
  boardQuestions: z.array(text(2000)).max(50),
  position: z.number().int().min(0).max(100_000),
  isFinal: z.boolean(),
};

/** Creating a finding: a type and a statement about the system are required. */
export const FindingCreateSchema = z.object({
  type: findingFields.type,
  statement: findingFields.statement,
  inThisCase: findingFields.inThisCase.optional().default(''),
  notUnique: findingFields.notUnique.optional().default(''),
  whyItMatters: findingFields.whyItMatters.optional().default(''),
  confidence: findingFields.confidence.optional().default('likely'),
  factorIds: findingFields.factorIds.optional().default([]),
  boardQuestions: findingFields.boardQuestions.optional().default([]),
  position: findingFields.position.optional(),
  isFinal: findingFields.isFinal.optional().default(false),
});
export type FindingCreateInput = z.infer<typeof FindingCreateSchema>;

/** Editing a finding: any field, plus the version the edit was based on. */
export const FindingUpdateSchema = z.object(findingFields).partial().extend({ version: VersionSchema });
export type FindingUpdateInput = z.infer<typeof FindingUpdateSchema>;

/** Reordering findings: every finding of the investigation, in the new order. */
export const FindingOrderSchema = z.object({ findingIds: z.array(IdSchema).max(1000) });

/** A finding as returned. */
export const FindingSchema = z.object({
  id: z.string(),
  type: FindingTypeSchema,
  statement: z.string(),
  inThisCase: z.string(),
  notUnique: z.string(),
  whyItMatters: z.string(),
  confidence: ProbabilitySchema,
  factorIds: z.array(z.string()),
  boardQuestions: z.array(z.string()),
  position: z.number(),
  isFinal: z.boolean(),
  reviewStatus: ReviewStatusSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number(),
});
export type Finding = z.infer<typeof FindingSchema>;

const recommendationFields = {
  findingIds: z.array(IdSchema).max(100),
  addresseeAgencyId: IdSchema.nullable(),
  addresseeName: text(300),
  text: text(10_000),
  intendedOutcome: optionalText(10_000),
  measure: optionalText(10_000),
  position: z.number().int().min(0).max(100_000),
};

/** Creating a draft recommendation: the addressee is an agency of the investigation or another organisation's name. */
export const RecommendationCreateSchema = z.object({
  findingIds: recommendationFields.findingIds.optional().default([]),
  addresseeAgencyId: recommendationFields.addresseeAgencyId.optional().default(null),
  addresseeName: recommendationFields.addresseeName.optional(),
  text: recommendationFields.text,
  intendedOutcome: recommendationFields.intendedOutcome.optional().default(''),
  measure: recommendationFields.measure.optional().default(''),
  position: recommendationFields.position.optional(),
});
export type RecommendationCreateInput = z.infer<typeof RecommendationCreateSchema>;

/** Editing a recommendation; once issued only `position` and `responseDueAt` may change. */
export const RecommendationUpdateSchema = z.object({
  ...recommendationFields,
  addresseeName: recommendationFields.addresseeName.nullable(),
  responseDueAt: IsoDateSchema,
}).partial().extend({ version: VersionSchema });
export type RecommendationUpdateInput = z.infer<typeof RecommendationUpdateSchema>;

/** Issuing a draft: issue date (default today) and the response due date (default 90 days later). */
export const RecommendationIssueSchema = z.object({
  version: VersionSchema,
  issuedOn: IsoDateSchema.optional(),
  responseDays: z.number().int().min(1).max(3650).optional(),
  responseDueAt: IsoDateSchema.optional(),
});
export type RecommendationIssueInput = z.infer<typeof RecommendationIssueSchema>;

/** Closing or superseding an open recommendation, with a reason. */
export const RecommendationStatusChangeSchema = z.object({
  version: VersionSchema,
  status: RecommendationStatusSchema,
  reason: text(5000),
  /** The replacing recommendation, by id or by identifier (YYYY-NNN); required for `superseded`. */
  supersededById: z.string().trim().min(1).max(100).optional(),
});
export type RecommendationStatusChangeInput = z.infer<typeof RecommendationStatusChangeSchema>;

/** A recommendation as returned. `overdue` is computed from today's date. */
export const RecommendationSchema = z.object({
  id: z.string(),
  investigationId: z.string(),
  identifier: z.string().nullable(),
  findingIds: z.array(z.string()),
  addresseeAgencyId: z.string().nullable(),
  addresseeName: z.string(),
  text: z.string(),
  intendedOutcome: z.string(),
  measure: z.string(),
  status: RecommendationStatusSchema,
  assessment: AssessmentSchema,
  issuedAt: z.string().nullable(),
  responseDueAt: z.string().nullable(),
  statusReason: z.string(),
  supersededById: z.string().nullable(),
  position: z.number(),
  responseCount: z.number(),
  overdue: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number(),
});
export type Recommendation = z.infer<typeof RecommendationSchema>;

/** Recording a response from the addressee, with the investigator's assessment. */
export const ResponseCreateSchema = z.object({
  receivedOn: IsoDateSchema,
  organisation: text(300),
  text: text(50_000),
  assessment: AssessmentSchema.optional().default('awaiting_response'),
});
export const ResponseUpdateSchema = z.object({
  receivedOn: IsoDateSchema, organisation: text(300), text: text(50_000), assessment: AssessmentSchema,
}).partial().extend({ version: VersionSchema });
export type ResponseCreateInput = z.infer<typeof ResponseCreateSchema>;
export type ResponseUpdateInput = z.infer<typeof ResponseUpdateSchema>;
export const ResponseSchema = z.object({
  id: z.string(), recommendationId: z.string(), receivedOn: z.string(), organisation: z.string(), text: z.string(),
  assessment: AssessmentSchema, createdAt: z.string(), version: z.number(),
});
export type RecommendationResponse = z.infer<typeof ResponseSchema>;

/** Safety action an agency has already taken. */
export const SafetyActionCreateSchema = z.object({ agencyId: IdSchema, takenOn: IsoDateSchema, description: text(20_000) });
export const SafetyActionUpdateSchema = SafetyActionCreateSchema.partial().extend({ version: VersionSchema });
export const SafetyActionSchema = z.object({
  id: z.string(), agencyId: z.string().nullable(), takenOn: z.string(), description: z.string(), version: z.number(),
});
export type SafetyAction = z.infer<typeof SafetyActionSchema>;

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');

/** Filters of the recommendation register (issued recommendations of the caller's investigations). */
export const RegisterQuerySchema = z.object({
  status: RecommendationStatusSchema.exclude(['draft']).optional(),
  assessment: AssessmentSchema.optional(),
  addressee: z.string().trim().max(300).optional(),
  overdue: flag.optional(),
  year: z.coerce.number().int().min(1900).max(9999).optional(),
  investigationId: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export type RegisterQuery = z.infer<typeof RegisterQuerySchema>;

/** One line of the register. */
export const RegisterEntrySchema = z.object({
  id: z.string(),
  identifier: z.string(),
  investigationId: z.string(),
  investigationReference: z.string(),
  investigationTitle: z.string(),
  addresseeName: z.string(),
  text: z.string(),
  intendedOutcome: z.string(),
  measure: z.string(),
  status: RecommendationStatusSchema,
  assessment: AssessmentSchema,
  issuedAt: z.string(),
  responseDueAt: z.string(),
  responseCount: z.number(),
  lastResponseOn: z.string().nullable(),
  overdue: z.boolean(),
  statusReason: z.string(),
  supersededByIdentifier: z.string().nullable(),
  canEdit: z.boolean(),
});
export type RegisterEntry = z.infer<typeof RegisterEntrySchema>;

/** A page of the register: `total` counts every match, `items` the page. */
export const RegisterPageSchema = z.object({
  items: z.array(RegisterEntrySchema), total: z.number(), limit: z.number(), offset: z.number(),
});

/** One year of the annual review: counts by issue year. */
export const AnnualSummarySchema = z.object({
  year: z.number(),
  issued: z.number(),
  responded: z.number(),
  responsesReceived: z.number(),
  overdue: z.number(),
  assessments: z.record(AssessmentSchema, z.number()),
  statuses: z.record(RecommendationStatusSchema.exclude(['draft']), z.number()),
});
export type AnnualSummary = z.infer<typeof AnnualSummarySchema>;
