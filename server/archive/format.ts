import { z } from 'zod';
import * as rows from './rows';

/** The `format` every Sightline archive names. */
export const ARCHIVE_FORMAT = 'sightline-archive';
/** The archive format this installation writes and the newest it reads. */
export const ARCHIVE_FORMAT_VERSION = 1;
/** The media type archives are served and uploaded as. */
export const ARCHIVE_MEDIA_TYPE = 'application/vnd.sightline.archive+json';

const list = <T extends z.ZodType>(row: T, max = 1_000_000) => z.array(row).max(max);

/** One investigation with everything that belongs to it, each list sorted by id. */
export const ArchivedInvestigationSchema = z.strictObject({
  ...rows.investigationFields,
  agencies: list(rows.AgencyRow),
  people: list(rows.PersonRow),
  places: list(rows.PlaceRow),
  sources: list(rows.SourceRow),
  episodes: list(rows.EpisodeRow),
  importBatches: list(rows.ImportBatchRow),
  events: list(rows.EventRow),
  eventLinks: list(rows.EventLinkRow),
  factors: list(rows.FactorRow),
  factorLinks: list(rows.FactorLinkRow),
  checkAcknowledgements: list(rows.CheckAcknowledgementRow),
  findings: list(rows.FindingRow),
  recommendations: list(rows.RecommendationRow),
  responses: list(rows.ResponseRow),
  safetyActions: list(rows.SafetyActionRow),
  comments: list(rows.CommentRow),
  reviewDecisions: list(rows.ReviewDecisionRow),
  snapshots: list(rows.SnapshotRow, 10_000),
});
export type ArchivedInvestigation = z.infer<typeof ArchivedInvestigationSchema>;

/**
 * A portable archive of one investigation (format version 1). `accounts` names, by id and name only, the people
 * who wrote entries, comments and decisions; `exportedAt` and `exportedFrom` describe the export, not the data.
 */
export const ArchiveSchema = z.strictObject({
  format: z.literal(ARCHIVE_FORMAT),
  formatVersion: z.literal(ARCHIVE_FORMAT_VERSION),
  exportedAt: z.string().max(40),
  exportedFrom: z.string().max(200),
  accounts: list(rows.AccountRow, 100_000),
  investigation: ArchivedInvestigationSchema,
});
export type Archive = z.infer<typeof ArchiveSchema>;

/** The lists of an archived investigation whose rows carry their own id, in the order they are written. */
export const archivedLists = [
  'agencies', 'people', 'places', 'sources', 'episodes', 'importBatches', 'events', 'eventLinks', 'factors', 'factorLinks',
  'checkAcknowledgements', 'findings', 'recommendations', 'responses', 'safetyActions', 'comments', 'reviewDecisions', 'snapshots',
] as const;
export type ArchivedList = (typeof archivedLists)[number];
