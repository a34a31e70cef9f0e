import { z } from 'zod';
import { IdSchema, text } from './common';
import { publishedDateStyles } from './reports';
import { SnapshotSummarySchema } from './review';

/**
 * Publication and the public library (issue 7). Investigation endpoints (members):
 * - GET  /api/investigations/:id/publication/scan             identifiers and suspected names in the case text (lead, investigator)
 * - POST /api/investigations/:id/publication/dismissals       dismiss a suspected name as not identifying (lead, investigator)
 * - DELETE /api/investigations/:id/publication/dismissals/:ackId?version=N   reopen it
 * - POST /api/investigations/:id/publication/check            run the leak check without publishing (lead), over a snapshot or the live data
 * - POST /api/investigations/:id/publication                  publish a snapshot the panel signed off (lead); 422 with every leak when any remains
 * - GET  /api/investigations/:id/publications                 every version published, newest first
 * - POST /api/investigations/:id/publication/:publicationId/withdraw   withdraw one version with a reason (lead)
 * Public endpoints (no login): /api/library, /api/library/search, /api/library/themes, /api/library/dataset.json,
 * /api/library/dataset.csv, /api/library/:slug, /api/library/:slug/report.pdf.
 */

/** What a finding of the scan or the leak check is. */
export const detectionKinds = [
  'registered_name', 'date_of_birth', 'registered_identifier', 'postcode', 'phone_number', 'email_address', 'nhs_number',
  'ni_number', 'address', 'suspected_name',
] as const;

/** The entity and field a piece of text belongs to. */
export const TextLocationSchema = z.object({ kind: z.string(), id: z.string(), field: z.string() });

/** One finding of the identifier scan, in the case text as entered. */
export const ScanFindingSchema = z.object({
  kind: z.enum(detectionKinds),
  found: z.string(),
  location: TextLocationSchema,
  start: z.number(),
  end: z.number(),
  /** For a suspected name: the key a dismissal names. */
  key: z.string().nullable(),
  suggestedAction: z.string(),
});
export const ScanSchema = z.object({
  findings: z.array(ScanFindingSchema),
  dismissed: z.array(z.object({ id: z.string(), key: z.string(), reason: z.string(), version: z.number() })),
});
export type Scan = z.infer<typeof ScanSchema>;

/** Dismissing a suspected name: the word and why it does not identify anyone. */
export const NameDismissalCreateSchema = z.object({
  name: z.string().trim().min(2, { message: 'must be the suspected name' }).max(100, { message: 'must be at most 100 characters' }),
  reason: text(2000),
});
export type NameDismissalCreateInput = z.infer<typeof NameDismissalCreateSchema>;

/** Sign-off statement: true with a note. */
const statement = (what: string) => z.object({
  confirmed: z.literal(true, { message: `must be true: ${what}` }),
  note: text(2000),
});

/**
 * The publisher's request: sign-off statements, date style, report standard, and the snapshot the panel signed off.
 * What is published is built from that snapshot's content, so later edits to the live investigation do not change it.
 */
export const PublicationCreateSchema = z.object({
  signOff: z.object({
    harmToSiblingsConsidered: statement('publication has been judged unlikely to harm surviving siblings'),
    familyConsultedOnPseudonym: statement('the family has been consulted about the pseudonym'),
  }),
  dateStyle: z.enum(publishedDateStyles, { message: 'must be "month" or "relative"' }).optional().default('month'),
  template: z.string().trim().min(1).max(100).optional().default('learning-review'),
  snapshotId: z.string({ message: 'must name the snapshot the panel signed off' }).pipe(IdSchema),
});
export type PublicationCreateInput = z.infer<typeof PublicationCreateSchema>;

/** The leak check request: what would be published, from a snapshot (signed off or not yet) or, without one, the live data. */
export const PublicationCheckSchema = PublicationCreateSchema.pick({ dateStyle: true, template: true })
  .extend({ snapshotId: IdSchema.optional() });

/** The snapshot a publication was built from, with the panel's sign-off. */
export const PublishedSnapshotSchema = SnapshotSummarySchema.pick({ id: true, label: true, takenAt: true, signedOffAt: true, signedOffByName: true });

/** One leak: what, where (entity/field, "PDF page N", "PDF metadata: Title", "slug"), offsets in that text. */
export const LeakSchema = z.object({
  kind: z.enum(detectionKinds),
  found: z.string(),
  where: z.string(),
  location: TextLocationSchema.nullable(),
  start: z.number(),
  end: z.number(),
});
export const LeakCheckSchema = z.object({ slug: z.string(), leaks: z.array(LeakSchema) });

/** A publication as its investigation's members see it (content and PDF are fetched separately). */
export const PublicationSchema = z.object({
  id: z.string(),
  slug: z.string(),
  publicationVersion: z.number(),
  title: z.string(),
  year: z.number(),
  dateStyle: z.string(),
  sha256: z.string(),
  signOff: z.unknown(),
  publishedBy: z.string().nullable(),
  /** The display name of the member who published it (null once the account is gone). */
  publishedByName: z.string().nullable(),
  publishedAt: z.string(),
  withdrawnAt: z.string().nullable(),
  withdrawnReason: z.string().nullable(),
  /** Null for a version published from the live data before publication required a signed-off snapshot. */
  snapshot: PublishedSnapshotSchema.nullable(),
  version: z.number(),
});
export type Publication = z.infer<typeof PublicationSchema>;

/** Withdrawing a publication: the reason, kept with the record. */
export const PublicationWithdrawSchema = z.object({ reason: text(2000) });

/** A review in the public library. */
export const LibraryEntrySchema = z.object({
  slug: z.string(), publicationVersion: z.number(), title: z.string(), year: z.number(), area: z.string(), summary: z.string(),
  themes: z.array(z.string()), publishedAt: z.string(),
});
export type LibraryEntry = z.infer<typeof LibraryEntrySchema>;

/** Query of the library search. */
export const LibrarySearchQuerySchema = z.object({
  q: z.string().trim().max(500, { message: 'must be at most 500 characters' }).optional().default(''),
  year: z.coerce.number({ message: 'must be a year' }).int().min(1900).max(2200).optional(),
  level: z.enum(['systemic', 'organisational', 'team', 'individual'], { message: 'must be systemic, organisational, team or individual' }).optional(),
  category: z.string().trim().max(100).optional(),
  limit: z.coerce.number({ message: 'must be a number' }).int().min(1).max(100).optional().default(20),
});

/** A piece of a snippet: matched words are `match: true`. */
export const SnippetPartSchema = z.object({ text: z.string(), match: z.boolean() });
export const LibraryHitSchema = LibraryEntrySchema.extend({ rank: z.number(), snippet: z.array(SnippetPartSchema) });
export type LibraryHit = z.infer<typeof LibraryHitSchema>;

/** How often one theme occurs across published reviews: in how many reviews, and how many items in all. */
export const ThemeCountSchema = z.object({ key: z.string(), label: z.string(), reviews: z.number(), items: z.number() });
export type ThemeCount = z.infer<typeof ThemeCountSchema>;

/** Themes across the published reviews: factor categories and levels, recommendations by addressee kind and by finding category. */
export const LibraryThemesSchema = z.object({
  reviews: z.number(),
  factorCategories: z.array(ThemeCountSchema),
  factorLevels: z.array(ThemeCountSchema),
  recommendationsByAddresseeKind: z.array(ThemeCountSchema),
  recommendationsByFindingCategory: z.array(ThemeCountSchema),
});
export type LibraryThemes = z.infer<typeof LibraryThemesSchema>;
