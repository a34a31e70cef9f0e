import { integer, primaryKey, sqliteTable, text, index } from 'drizzle-orm/sqlite-core';
import { id, timestamps, version } from './columns';
import { agencies, investigations } from './investigations';
import { findings } from './analysis';
import { users } from './accounts';

/** A safety recommendation addressed to an organisation. `identifier` (YYYY-NNN) is set when issued. */
export const recommendations = sqliteTable(
  'recommendations',
  {
    id: id(),
    investigationId: text('investigation_id').notNull().references(() => investigations.id, { onDelete: 'cascade' }),
    identifier: text('identifier').unique(),
    addresseeAgencyId: text('addressee_agency_id').references(() => agencies.id, { onDelete: 'set null' }),
    addresseeName: text('addressee_name').notNull(),
    text: text('text').notNull(),
    intendedOutcome: text('intended_outcome').notNull().default(''),
    measure: text('measure').notNull().default(''),
    status: text('status').notNull().default('draft'),
    assessment: text('assessment').notNull().default('awaiting_response'),
    issuedAt: text('issued_at'),
    responseDueAt: text('response_due_at'),
    statusReason: text('status_reason').notNull().default(''),
    supersededById: text('superseded_by_id'),
    position: integer('position').notNull().default(0),
    ...timestamps(),
    version: version(),
  },
  (t) => [index('recommendations_investigation_idx').on(t.investigationId)],
);

/** The findings a recommendation addresses. */
export const recommendationFindings = sqliteTable(
  'recommendation_findings',
  {
    recommendationId: text('recommendation_id').notNull().references(() => recommendations.id, { onDelete: 'cascade' }),
    findingId: text('finding_id').notNull().references(() => findings.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.recommendationId, t.findingId] })],
);

/** Per-year counter for recommendation identifiers; numbers are never reused. */
export const recommendationCounters = sqliteTable('recommendation_counters', {
  year: integer('year').primaryKey(),
  lastNumber: integer('last_number').notNull(),
});

/** A response from the addressee, with the investigating body's assessment. */
export const recommendationResponses = sqliteTable('recommendation_responses', {
  id: id(),
  recommendationId: text('recommendation_id').notNull().references(() => recommendations.id, { onDelete: 'cascade' }),
  receivedOn: text('received_on').notNull(),
  organisation: text('organisation').notNull(),
  text: text('text').notNull(),
  assessment: text('assessment').notNull(),
  createdBy: text('created_by').references(() => users.id),
  ...timestamps(),
  version: version(),
});

/** Safety action an agency has already taken. */
export const safetyActions = sqliteTable('safety_actions', {
  id: id(),
  investigationId: text('investigation_id').notNull().references(() => investigations.id, { onDelete: 'cascade' }),
  agencyId: text('agency_id').references(() => agencies.id, { onDelete: 'set null' }),
  takenOn: text('taken_on').notNull(),
  description: text('description').notNull(),
  ...timestamps(),
  version: version(),
});
