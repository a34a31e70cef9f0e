import { blob, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { id, timestamps, version } from './columns';
import { investigations } from './investigations';
import { users } from './accounts';

/** A comment thread entry on an event, factor, link, finding or recommendation. */
export const comments = sqliteTable(
  'comments',
  {
    id: id(),
    investigationId: text('investigation_id').notNull().references(() => investigations.id, { onDelete: 'cascade' }),
    targetKind: text('target_kind').notNull(),
    targetId: text('target_id').notNull(),
    parentId: text('parent_id'),
    body: text('body').notNull(),
    authorId: text('author_id').references(() => users.id),
    authorRole: text('author_role').notNull(),
    resolved: integer('resolved', { mode: 'boolean' }).notNull().default(false),
    ...timestamps(),
    version: version(),
  },
  (t) => [index('comments_target_idx').on(t.investigationId, t.targetKind, t.targetId)],
);

/** A panel member's review decision (accept, dispute, reject) on a factor or finding; dissent is kept. */
export const reviewDecisions = sqliteTable(
  'review_decisions',
  {
    id: id(),
    investigationId: text('investigation_id').notNull().references(() => investigations.id, { onDelete: 'cascade' }),
    targetKind: text('target_kind').notNull(),
    targetId: text('target_id').notNull(),
    status: text('status').notNull(),
    reason: text('reason').notNull(),
    authorId: text('author_id').references(() => users.id),
    authorRole: text('author_role').notNull(),
    agreedForPublication: integer('agreed_for_publication', { mode: 'boolean' }).notNull().default(false),
    ...timestamps(),
    version: version(),
  },
  (t) => [index('review_decisions_target_idx').on(t.investigationId, t.targetKind, t.targetId)],
);

/** An immutable frozen copy of the whole investigation, e.g. "Panel meeting 3". */
export const snapshots = sqliteTable('snapshots', {
  id: id(),
  investigationId: text('investigation_id').notNull().references(() => investigations.id, { onDelete: 'cascade' }),
  label: text('label').notNull(),
  takenAt: text('taken_at').notNull(),
  takenBy: text('taken_by').references(() => users.id),
  content: text('content', { mode: 'json' }).notNull(),
  sha256: text('sha256').notNull(),
  signedOffAt: text('signed_off_at'),
  signedOffBy: text('signed_off_by').references(() => users.id),
  signOffNote: text('sign_off_note').notNull().default(''),
});

/** A generated report: which template, edition and stage, and the SHA-256 of the PDF. */
export const reports = sqliteTable('reports', {
  id: id(),
  investigationId: text('investigation_id').notNull().references(() => investigations.id, { onDelete: 'cascade' }),
  snapshotId: text('snapshot_id').references(() => snapshots.id, { onDelete: 'set null' }),
  template: text('template').notNull(),
  edition: text('edition').notNull(),
  stage: text('stage').notNull(),
  sha256: text('sha256').notNull(),
  generatedBy: text('generated_by').references(() => users.id),
  generatedAt: text('generated_at').notNull(),
});

/** A published, anonymised edition: immutable; publishing again makes a new version. */
export const publications = sqliteTable(
  'publications',
  {
    id: id(),
    investigationId: text('investigation_id').notNull().references(() => investigations.id, { onDelete: 'cascade' }),
    slug: text('slug').notNull(),
    publicationVersion: integer('publication_version').notNull(),
    title: text('title').notNull(),
    year: integer('year').notNull(),
    dateStyle: text('date_style').notNull(),
    content: text('content', { mode: 'json' }).notNull(),
    pdf: blob('pdf', { mode: 'buffer' }).notNull(),
    sha256: text('sha256').notNull(),
    signOff: text('sign_off', { mode: 'json' }).notNull(),
    /** The panel-signed-off snapshot whose content was published (null for publications made before snapshots were required). */
    snapshotId: text('snapshot_id').references(() => snapshots.id, { onDelete: 'set null' }),
    publishedBy: text('published_by').references(() => users.id),
    publishedAt: text('published_at').notNull(),
    withdrawnAt: text('withdrawn_at'),
    withdrawnReason: text('withdrawn_reason'),
    ...timestamps(),
    version: version(),
  },
  (t) => [uniqueIndex('publications_slug_version_unique').on(t.slug, t.publicationVersion)],
);
