import { z } from 'zod';
import { InvestigationStatusSchema, MemberRoleSchema } from './enums';
import { IsoDateSchema, VersionSchema, optionalText, text } from './common';

const investigationFields = {
  reference: z.string().trim().min(1, { message: 'must not be empty' }).max(60)
    .regex(/^[A-Za-z0-9][A-Za-z0-9 _./-]*$/, { message: 'may contain letters, digits, spaces, "-", "_", "." and "/"' }),
  title: text(300),
  status: InvestigationStatusSchema,
  incidentDate: IsoDateSchema.nullable(),
  termsOfReference: z.array(text(2000)).max(100),
  scopeStart: IsoDateSchema.nullable(),
  scopeEnd: IsoDateSchema.nullable(),
  methodology: optionalText(20_000),
  commissioningBody: optionalText(300),
  parallelProcesses: z.array(text(500)).max(50),
  summary: optionalText(20_000),
  outcome: optionalText(2000),
  publishingArea: optionalText(200),
};

/** Creating an investigation: reference and title are required. */
export const InvestigationCreateSchema = z.object({
  reference: investigationFields.reference,
  title: investigationFields.title,
  status: investigationFields.status.optional().default('scoping'),
  incidentDate: investigationFields.incidentDate.optional().default(null),
  termsOfReference: investigationFields.termsOfReference.optional().default([]),
  scopeStart: investigationFields.scopeStart.optional().default(null),
  scopeEnd: investigationFields.scopeEnd.optional().default(null),
  methodology: investigationFields.methodology.optional().default(''),
  commissioningBody: investigationFields.commissioningBody.optional().default(''),
  parallelProcesses: investigationFields.parallelProcesses.optional().default([]),
  summary: investigationFields.summary.optional().default(''),
  outcome: investigationFields.outcome.optional().default(''),
  publishingArea: investigationFields.publishingArea.optional().default('Anonymous'),
}).refine((v) => !v.scopeStart || !v.scopeEnd || v.scopeStart <= v.scopeEnd, {
  message: 'must not be before scopeStart', path: ['scopeEnd'],
});
export type InvestigationCreateInput = z.infer<typeof InvestigationCreateSchema>;

/** Updating an investigation: any field, plus the version the edit was based on. */
export const InvestigationUpdateSchema = z.object(investigationFields).partial().extend({ version: VersionSchema });
export type InvestigationUpdateInput = z.infer<typeof InvestigationUpdateSchema>;

/** An investigation as the API returns it, with the caller's role in it. */
export const InvestigationSchema = z.object({
  id: z.string(),
  reference: z.string(),
  title: z.string(),
  status: InvestigationStatusSchema,
  incidentDate: z.string().nullable(),
  termsOfReference: z.array(z.string()),
  scopeStart: z.string().nullable(),
  scopeEnd: z.string().nullable(),
  methodology: z.string(),
  commissioningBody: z.string(),
  parallelProcesses: z.array(z.string()),
  summary: z.string(),
  outcome: z.string(),
  publishingArea: z.string(),
  isDemo: z.boolean(),
  myRole: MemberRoleSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number(),
});
export type Investigation = z.infer<typeof InvestigationSchema>;

