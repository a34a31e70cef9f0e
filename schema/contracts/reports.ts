import { z } from 'zod';
import { IdSchema, text } from './common';

/**
 * Reports (issue 6). Endpoints, all under /api/investigations/:id/reports:
 * - GET  /templates                         the report standards (id, title, description)
 * - GET  /:template.pdf?edition&stage&dateStyle&snapshotId   the PDF, of the live data or a snapshot's content;
 *                                           restricted needs `reports.restricted`
 * - GET  /language-check?template=…          flagged wording with location, reason and reframing
 * - POST /language-check/acknowledgements    mark a field's flags considered, with a reason
 * - DELETE /language-check/acknowledgements/:ackId?version=N   reopen them
 * - GET  /                                   history of final reports generated (SHA-256, who, when)
 */

/** Restricted (real identities, for the panel) or published (anonymised). */
export const reportEditions = ['restricted', 'published'] as const;
/** Draft, draft for consultation, or final (refused while language flags are open). */
export const reportStages = ['draft', 'consultation', 'final'] as const;
/** How the published edition shows dates: month and year, or relative to the incident. */
export const publishedDateStyles = ['month', 'relative'] as const;

/** Query of the PDF endpoint. */
export const ReportQuerySchema = z.object({
  edition: z.enum(reportEditions, { message: 'must be "restricted" or "published"' }).optional().default('published'),
  stage: z.enum(reportStages, { message: 'must be "draft", "consultation" or "final"' }).optional().default('draft'),
  dateStyle: z.enum(publishedDateStyles, { message: 'must be "month" or "relative"' }).optional().default('month'),
  /** Build the report from this snapshot's content instead of the live data (any snapshot of the investigation). */
  snapshotId: IdSchema.optional(),
});
export type ReportQuery = z.infer<typeof ReportQuerySchema>;

/** A report standard that can be generated. */
export const ReportTemplateSchema = z.object({ id: z.string(), title: z.string(), description: z.string() });
export type ReportTemplate = z.infer<typeof ReportTemplateSchema>;

/** Query of the language check: which standard's text to check (default the full learning review). */
export const LanguageCheckQuerySchema = z.object({
  template: z.string().trim().max(100).optional().default('learning-review'),
});

/** Where report text comes from. */
export const TextSourceSchema = z.object({ kind: z.string(), id: z.string(), field: z.string() });

/** One flagged phrase: where it is (section, paragraph, entity and field), why it is a problem, how to reframe it. */
export const LanguageFlagSchema = z.object({
  /** `kind:id:field`; acknowledging this key marks every flag of the field considered. */
  key: z.string(),
  ruleId: z.string(),
  pattern: z.string(),
  phrase: z.string(),
  excerpt: z.string(),
  /** Paragraph or subsection number, e.g. "3.2.1.4". */
  location: z.string(),
  /** The innermost numbered heading, e.g. "3.2.1 Systemic factors". */
  section: z.string(),
  source: TextSourceSchema,
  /** The entity's reference in the report (F-07, C-012, Finding 2, 2026-004), when it has one. */
  ref: z.string().nullable(),
  reason: z.string(),
  suggestion: z.string(),
  status: z.enum(['open', 'considered']),
  consideredReason: z.string().nullable(),
  acknowledgementId: z.string().nullable(),
});
export type LanguageFlag = z.infer<typeof LanguageFlagSchema>;

/** The language check of one standard's text. */
export const LanguageCheckSchema = z.object({
  template: z.string(),
  flags: z.array(LanguageFlagSchema),
  counts: z.object({ open: z.number(), considered: z.number() }),
});
export type LanguageCheck = z.infer<typeof LanguageCheckSchema>;

/** Marking the flags of one field considered: the key `kind:id:field` and the reason. */
export const LanguageAcknowledgementCreateSchema = z.object({
  key: z.string().trim().regex(/^[a-z_]+:[^:\s]+:[A-Za-z\[\]0-9]+$/, { message: 'must be a flag key of the form kind:id:field' }),
  reason: text(2000),
});
export type LanguageAcknowledgementCreateInput = z.infer<typeof LanguageAcknowledgementCreateSchema>;

/** An acknowledgement as returned. */
export const LanguageAcknowledgementSchema = z.object({ id: z.string(), key: z.string(), reason: z.string(), version: z.number() });

/** A final report that was generated. */
export const ReportRecordSchema = z.object({
  id: z.string(),
  template: z.string(),
  edition: z.enum(reportEditions),
  stage: z.enum(reportStages),
  sha256: z.string(),
  generatedBy: z.string().nullable(),
  generatedAt: z.string(),
  /** The snapshot it was built from (null: the data as it was then), and that snapshot's label while it exists. */
  snapshotId: z.string().nullable(),
  snapshotLabel: z.string().nullable(),
});
export type ReportRecord = z.infer<typeof ReportRecordSchema>;
