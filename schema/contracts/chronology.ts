import { z } from 'zod';
import { EventKindSchema, EvidenceConfidenceSchema, SourceKindSchema } from './enums';
import { IdSchema, VersionSchema, optionalText, text } from './common';

/** Precision of a chronology date, from the EDTF value. */
export const datePrecisions = ['year', 'month', 'day', 'minute', 'second'] as const;
export const DatePrecisionSchema = z.enum(datePrecisions);

/** An EDTF date or interval, e.g. `2019`, `2019-03~`, `2019-03-14?`, `2019-03-14T10:30`, `2019-03/2019-05`. */
export const EdtfSchema = z.string().trim().min(4, { message: 'must be a date in EDTF form, e.g. 2019-03-14 or 2019-03~' }).max(60);

const eventFields = {
  occurred: EdtfSchema,
  sequence: z.number().int().min(0).max(2_000_000_000),
  kind: EventKindSchema,
  agencyId: IdSchema.nullable(),
  actorIds: z.array(IdSchema).max(50),
  subjectIds: z.array(IdSchema).max(50),
  description: text(20_000),
  knownAtTime: optionalText(20_000),
  childSeen: z.boolean().nullable(),
  childWords: optionalText(20_000),
  sharedWith: optionalText(5_000),
  sourceIds: z.array(IdSchema).max(50),
  confidence: EvidenceConfidenceSchema,
  episodeId: IdSchema.nullable(),
};

/** Creating a chronology entry: when, what kind, and a factual description are required. */
export const EventCreateSchema = z.object({
  occurred: eventFields.occurred,
  kind: eventFields.kind,
  description: eventFields.description,
  sequence: eventFields.sequence.optional(),
  agencyId: eventFields.agencyId.optional().default(null),
  actorIds: eventFields.actorIds.optional().default([]),
  subjectIds: eventFields.subjectIds.optional().default([]),
  knownAtTime: eventFields.knownAtTime.optional().default(''),
  childSeen: eventFields.childSeen.optional().default(null),
  childWords: eventFields.childWords.optional().default(''),
  sharedWith: eventFields.sharedWith.optional().default(''),
  sourceIds: eventFields.sourceIds.optional().default([]),
  confidence: eventFields.confidence.optional().default('fact'),
  episodeId: eventFields.episodeId.optional().default(null),
});
export type EventCreateInput = z.infer<typeof EventCreateSchema>;

/** Editing an entry: any field, plus the version the edit was based on. */
export const EventUpdateSchema = z.object(eventFields).partial().extend({ version: VersionSchema });
export type EventUpdateInput = z.infer<typeof EventUpdateSchema>;

/** A link between two entries. */
export const eventLinkKinds = ['conflicts_with', 'same_occasion'] as const;
export const EventLinkKindSchema = z.enum(eventLinkKinds);
export const EventLinkSchema = z.object({
  id: z.string(), otherEventId: z.string(), kind: EventLinkKindSchema, note: z.string(),
});

/** A chronology entry as returned. Dates carry their EDTF text, precision, and earliest/latest instants (ms). */
export const EventSchema = z.object({
  id: z.string(),
  occurred: z.string(),
  display: z.string(),
  precision: DatePrecisionSchema,
  uncertain: z.boolean(),
  approximate: z.boolean(),
  start: z.number(),
  end: z.number(),
  sequence: z.number(),
  kind: EventKindSchema,
  agencyId: z.string().nullable(),
  actorIds: z.array(z.string()),
  subjectIds: z.array(z.string()),
  description: z.string(),
  knownAtTime: z.string(),
  childSeen: z.boolean().nullable(),
  childWords: z.string(),
  sharedWith: z.string(),
  sourceIds: z.array(z.string()),
  confidence: EvidenceConfidenceSchema,
  episodeId: z.string().nullable(),
  links: z.array(EventLinkSchema),
  unsourced: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number(),
});
export type ChronologyEvent = z.infer<typeof EventSchema>;

/** Filters for listing entries. */
export const EventListQuerySchema = z.object({
  agencyId: z.string().optional(),
  kind: EventKindSchema.optional(),
  personId: z.string().optional(),
  episodeId: z.string().optional(),
  from: z.string().max(40).optional(),
  to: z.string().max(40).optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100_000).default(100_000),
  offset: z.coerce.number().int().min(0).default(0),
});

export const EventLinkCreateSchema = z.object({
  otherEventId: IdSchema,
  kind: EventLinkKindSchema,
  note: optionalText(2000).optional().default(''),
});

export const SourceCreateSchema = z.object({
  title: text(300),
  agencyId: IdSchema.nullable().optional().default(null),
  kind: SourceKindSchema,
  reference: optionalText(300).optional().default(''),
});
export const SourceUpdateSchema = z.object({
  title: text(300), agencyId: IdSchema.nullable(), kind: SourceKindSchema, reference: optionalText(300),
}).partial().extend({ version: VersionSchema });
export const SourceSchema = z.object({
  id: z.string(), title: z.string(), agencyId: z.string().nullable(), kind: SourceKindSchema, reference: z.string(), version: z.number(),
});
export type Source = z.infer<typeof SourceSchema>;

export const EpisodeCreateSchema = z.object({
  title: text(300),
  summary: optionalText(20_000).optional().default(''),
  periodStart: EdtfSchema.nullable().optional().default(null),
  periodEnd: EdtfSchema.nullable().optional().default(null),
  knownAtTime: optionalText(20_000).optional().default(''),
  localRationality: optionalText(20_000).optional().default(''),
  position: z.number().int().min(0).optional(),
});
export const EpisodeUpdateSchema = z.object({
  title: text(300), summary: optionalText(20_000), periodStart: EdtfSchema.nullable(), periodEnd: EdtfSchema.nullable(),
  knownAtTime: optionalText(20_000), localRationality: optionalText(20_000), position: z.number().int().min(0),
}).partial().extend({ version: VersionSchema });
export const EpisodeSchema = z.object({
  id: z.string(), title: z.string(), summary: z.string(), periodStart: z.string().nullable(), periodEnd: z.string().nullable(),
  start: z.number().nullable(), end: z.number().nullable(),
  knownAtTime: z.string(), localRationality: z.string(), position: z.number(), version: z.number(),
});
export type Episode = z.infer<typeof EpisodeSchema>;

const EntryChoiceSchema = z.object({ eventId: IdSchema, version: VersionSchema });
/** Entries to put into an episode and to take out of it, each with the version the choice was based on. */
export const EpisodeEntriesSchema = z.object({
  add: z.array(EntryChoiceSchema).max(5000).optional().default([]),
  remove: z.array(EntryChoiceSchema).max(5000).optional().default([]),
});
export type EpisodeEntries = z.input<typeof EpisodeEntriesSchema>;

/** Gaps query: periods longer than `days` (default 28) with no entry recording the child as seen. */
export const GapQuerySchema = z.object({ days: z.coerce.number().int().min(1).max(3650).default(28) });

/** A period in which no agency saw the child. */
export const GapSchema = z.object({ start: z.number(), end: z.number(), days: z.number(), fromEventId: z.string(), toEventId: z.string() });
export type Gap = z.infer<typeof GapSchema>;

/**
 * Chronology import: `POST /api/investigations/:id/chronology/import?agencyId=…&dryRun=true&dateOrder=uk|us&fileName=…&mapping=<JSON>`
 * with the raw file (CSV/TSV, UTF-8 with or without BOM, or Windows-1252) as the body.
 * `mapping` (optional) maps our fields to the file's header names, e.g. {"date":"Date of contact","description":"Details"}.
 */
export const importFields = ['date', 'time', 'description', 'source', 'actor', 'outcome', 'kind', 'knownAtTime', 'childSeen', 'childWords', 'sharedWith'] as const;
export const ImportFieldSchema = z.enum(importFields);
export const ImportMappingSchema = z.partialRecord(ImportFieldSchema, z.string().max(200));
export type ImportMapping = z.infer<typeof ImportMappingSchema>;

export const ImportQuerySchema = z.object({
  agencyId: IdSchema,
  dryRun: z.enum(['true', 'false']).optional().default('false').transform((v) => v === 'true'),
  dateOrder: z.enum(['uk', 'us']).optional().default('uk'),
  fileName: z.string().max(300).optional().default(''),
  mapping: z.string().max(5000).optional(),
  headerRow: z.coerce.number({ message: 'must be the row number of the header row' }).int().min(1).max(1000).optional(),
});

/** One parsed row as understood, before it is imported: the date as written and as understood (EDTF, display, instants). */
export const ImportRowSchema = z.object({
  rowNumber: z.number(),
  dateText: z.string(),
  occurred: z.string(),
  display: z.string(),
  precision: DatePrecisionSchema,
  uncertain: z.boolean(),
  approximate: z.boolean(),
  start: z.number(),
  end: z.number(),
  kind: EventKindSchema,
  description: z.string(),
  source: z.string(),
  actor: z.string(),
  outcome: z.string(),
});

/** A row that cannot be imported: its spreadsheet row number (the header is row 1; 0 for the whole file), the field and why. */
export const ImportErrorSchema = z.object({ row: z.number(), field: z.string(), message: z.string() });
export type ImportError = z.infer<typeof ImportErrorSchema>;

/**
 * Something about a row worth checking that does not stop the import: a row above the header passed over, a row
 * repeating an earlier row of the file (both are imported), a row continuing the previous row's text (merged
 * cells), or a date outside the child's life or the review's scope period.
 */
export const ImportNoteSchema = z.object({ row: z.number(), kind: z.enum(['above_header', 'repeat', 'continuation', 'date']), message: z.string() });
export type ImportNote = z.infer<typeof ImportNoteSchema>;

/**
 * The result of an import or dry run: the mapping used, rows as understood, errors, duplicates (rows already
 * imported, which are skipped) and same-occasion suggestions (kept as separate accounts; link them if they are).
 * `rows` lists every row on a dry run and is empty once imported; `batchId` is set once imported.
 * A real import with errors is refused with 422 whose `details` has this shape, and nothing is imported.
 */
export const ImportResultSchema = z.object({
  dryRun: z.boolean(),
  batchId: z.string().nullable(),
  encoding: z.string(),
  delimiter: z.string(),
  headers: z.array(z.string()),
  /** The header's spreadsheet row number, as found or as chosen (0 when the file could not be read). */
  headerRow: z.number(),
  mapping: ImportMappingSchema,
  rows: z.array(ImportRowSchema),
  errors: z.array(ImportErrorSchema),
  notes: z.array(ImportNoteSchema),
  duplicates: z.array(z.object({ rowNumber: z.number(), eventId: z.string(), reason: z.string() })),
  sameOccasion: z.array(z.object({ rowNumber: z.number(), eventId: z.string(), agencyId: z.string().nullable(), similarity: z.number() })),
  imported: z.number(),
  skipped: z.number(),
});
export type ImportResult = z.infer<typeof ImportResultSchema>;
