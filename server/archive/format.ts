import { z } from 'zod';
import * as rows from './rows';

/** The `format` every Sightline archive names. */
export const ARCHIVE_FORMAT = 'sightline-archive';
/** The archive format this installation writes and the newest it reads. */
export const ARCHIVE_FORMAT_VERSION = 1;
/** The media type archives are served and uploaded as. */
export const ARCHIVE_MEDIA_TYPE = 'application/vnd.sightline.archive+json';

const list = <T extends z.ZodType>(row: T, max: number) => z.array(row).max(max);

/** The row schema of each archived list, in the order the lists are written. */
const listRows = {
  agencies: rows.AgencyRow, people: rows.PersonRow, places: rows.PlaceRow, sources: rows.SourceRow, episodes: rows.EpisodeRow,
  importBatches: rows.ImportBatchRow, events: rows.EventRow, eventLinks: rows.EventLinkRow, factors: rows.FactorRow,
  factorLinks: rows.FactorLinkRow, checkAcknowledgements: rows.CheckAcknowledgementRow, findings: rows.FindingRow,
  recommendations: rows.RecommendationRow, responses: rows.ResponseRow, safetyActions: rows.SafetyActionRow, comments: rows.CommentRow,
  reviewDecisions: rows.ReviewDecisionRow, snapshots: rows.SnapshotRow,
};
type ListRows = typeof listRows;
/** The lists of an archived investigation whose rows carry their own id, in the order they are written. */
export type ArchivedList = keyof ListRows;

/** The most rows a list may hold. */
const maxRows = (name: ArchivedList) => (name === 'snapshots' ? 10_000 : 1_000_000);

/** The schema of one row of an archived list. */
export function archivedRowSchema<K extends ArchivedList>(name: K): ListRows[K] {
  return listRows[name];
}

const lists = <T>(row: (name: ArchivedList) => T) =>
  Object.fromEntries((Object.keys(listRows) as ArchivedList[]).map((name) => [name, row(name)])) as { [K in ArchivedList]: T };

/** One investigation with everything that belongs to it, each list sorted by id. */
export const ArchivedInvestigationSchema = z.strictObject({
  ...rows.investigationFields,
  ...(lists((name) => list(listRows[name], maxRows(name))) as { [K in ArchivedList]: z.ZodArray<ListRows[K]> }),
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

/**
 * The archive with each list's rows left unchecked (but each list an array within its length): read first, so that
 * rows can then be checked one at a time, each replaced by its parsed copy, instead of copying the whole archive at once.
 */
export const ArchiveOutlineSchema = ArchiveSchema.extend({
  investigation: z.strictObject({ ...rows.investigationFields, ...lists((name) => list(z.unknown(), maxRows(name))) }),
});

/** The lists of an archived investigation whose rows carry their own id, in the order they are written. */
export const archivedLists = Object.keys(listRows) as readonly ArchivedList[];
