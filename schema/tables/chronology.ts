import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { id, timestamps, version } from './columns';
import { agencies, investigations, people } from './investigations';
import { users } from './accounts';

/** A document, record or interview that evidence comes from. */
export const sources = sqliteTable('sources', {
  id: id(),
  investigationId: text('investigation_id').notNull().references(() => investigations.id, { onDelete: 'cascade' }),
  title: text('title').notNull(),
  agencyId: text('agency_id').references(() => agencies.id, { onDelete: 'set null' }),
  kind: text('kind').notNull(),
  reference: text('reference').notNull().default(''),
  ...timestamps(),
  version: version(),
});

/** A key practice episode: a group of entries analysed together. */
export const episodes = sqliteTable('episodes', {
  id: id(),
  investigationId: text('investigation_id').notNull().references(() => investigations.id, { onDelete: 'cascade' }),
  title: text('title').notNull(),
  summary: text('summary').notNull().default(''),
  periodStart: text('period_start'),
  periodEnd: text('period_end'),
  knownAtTime: text('known_at_time').notNull().default(''),
  localRationality: text('local_rationality').notNull().default(''),
  position: integer('position').notNull().default(0),
  ...timestamps(),
  version: version(),
});

/** One batch of an agency's chronology imported from a spreadsheet. */
export const importBatches = sqliteTable('import_batches', {
  id: id(),
  investigationId: text('investigation_id').notNull().references(() => investigations.id, { onDelete: 'cascade' }),
  agencyId: text('agency_id').notNull().references(() => agencies.id, { onDelete: 'cascade' }),
  fileName: text('file_name').notNull().default(''),
  fileHash: text('file_hash').notNull(),
  rowCount: integer('row_count').notNull(),
  importedBy: text('imported_by').references(() => users.id),
  importedAt: text('imported_at').notNull(),
});

/** A chronology entry. `occurred` is EDTF; the sort columns hold its earliest and latest instants. */
export const events = sqliteTable(
  'events',
  {
    id: id(),
    investigationId: text('investigation_id').notNull().references(() => investigations.id, { onDelete: 'cascade' }),
    occurred: text('occurred').notNull(),
    sortStart: integer('sort_start').notNull(),
    sortEnd: integer('sort_end').notNull(),
    precision: text('precision').notNull(),
    sequence: integer('sequence').notNull().default(0),
    kind: text('kind').notNull(),
    agencyId: text('agency_id').references(() => agencies.id, { onDelete: 'set null' }),
    description: text('description').notNull(),
    knownAtTime: text('known_at_time').notNull().default(''),
    childSeen: integer('child_seen', { mode: 'boolean' }),
    childWords: text('child_words').notNull().default(''),
    sharedWith: text('shared_with').notNull().default(''),
    confidence: text('confidence').notNull().default('fact'),
    episodeId: text('episode_id').references(() => episodes.id, { onDelete: 'set null' }),
    importBatchId: text('import_batch_id').references(() => importBatches.id, { onDelete: 'set null' }),
    importKey: text('import_key'),
    createdBy: text('created_by').references(() => users.id),
    ...timestamps(),
    version: version(),
  },
  // Every index here is paid for on each of an import's rows. Listing by agency is served by the order index, and
  // import keys are checked for repeats inside the import's own transaction (chronologyImportWrite.ts), not by an index.
  (t) => [
    index('events_order_idx').on(t.investigationId, t.sortStart, t.sequence),
    index('events_episode_idx').on(t.episodeId),
  ],
);

/** People involved in an event: practitioners as actors, child and family as subjects. */
export const eventPeople = sqliteTable(
  'event_people',
  {
    eventId: text('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
    personId: text('person_id').notNull().references(() => people.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.personId, t.role] }), index('event_people_person_idx').on(t.personId)],
);

/** Sources cited by an event. */
export const eventSources = sqliteTable(
  'event_sources',
  {
    eventId: text('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
    sourceId: text('source_id').notNull().references(() => sources.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.sourceId] }), index('event_sources_source_idx').on(t.sourceId)],
);

/** Links between entries: conflicting accounts, or accounts of the same occasion. Stored once, a < b. */
export const eventLinks = sqliteTable(
  'event_links',
  {
    id: id(),
    investigationId: text('investigation_id').notNull().references(() => investigations.id, { onDelete: 'cascade' }),
    eventAId: text('event_a_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
    eventBId: text('event_b_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    note: text('note').notNull().default(''),
    ...timestamps(),
    version: version(),
  },
  (t) => [
    uniqueIndex('event_links_unique').on(t.eventAId, t.eventBId, t.kind),
    index('event_links_b_idx').on(t.eventBId),
    index('event_links_investigation_idx').on(t.investigationId),
  ],
);
