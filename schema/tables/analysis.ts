import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { id, timestamps, version } from './columns';
import { investigations } from './investigations';
import { events, sources } from './chronology';
import { users } from './accounts';

/** A contributory (or supporting) factor at one of the four levels. */
export const factors = sqliteTable(
  'factors',
  {
    id: id(),
    investigationId: text('investigation_id').notNull().references(() => investigations.id, { onDelete: 'cascade' }),
    level: text('level').notNull(),
    category: text('category').notNull(),
    statement: text('statement').notNull(),
    description: text('description').notNull().default(''),
    influence: text('influence').notNull().default('hindered'),
    confidence: text('confidence').notNull().default('likely'),
    contextTags: text('context_tags', { mode: 'json' }).$type<string[]>().notNull(),
    reviewStatus: text('review_status').notNull().default('proposed'),
    createdBy: text('created_by').references(() => users.id),
    ...timestamps(),
    version: version(),
  },
  (t) => [index('factors_investigation_idx').on(t.investigationId, t.level)],
);

/** A causal link: a factor contributed to another factor, an event, or the outcome. */
export const factorLinks = sqliteTable(
  'factor_links',
  {
    id: id(),
    investigationId: text('investigation_id').notNull().references(() => investigations.id, { onDelete: 'cascade' }),
    fromFactorId: text('from_factor_id').notNull().references(() => factors.id, { onDelete: 'cascade' }),
    toKind: text('to_kind').notNull(),
    toFactorId: text('to_factor_id').references(() => factors.id, { onDelete: 'cascade' }),
    toEventId: text('to_event_id').references(() => events.id, { onDelete: 'cascade' }),
    rationale: text('rationale').notNull().default(''),
    ...timestamps(),
    version: version(),
  },
  (t) => [index('factor_links_investigation_idx').on(t.investigationId), index('factor_links_from_idx').on(t.fromFactorId)],
);

/** Evidence for a factor: a chronology event or a source. */
export const factorEvidence = sqliteTable(
  'factor_evidence',
  {
    id: id(),
    factorId: text('factor_id').notNull().references(() => factors.id, { onDelete: 'cascade' }),
    eventId: text('event_id').references(() => events.id, { onDelete: 'cascade' }),
    sourceId: text('source_id').references(() => sources.id, { onDelete: 'cascade' }),
  },
  (t) => [index('factor_evidence_factor_idx').on(t.factorId), index('factor_evidence_event_idx').on(t.eventId)],
);

/** A check result the investigator has considered, with the reason, so it stops being raised. */
export const checkAcknowledgements = sqliteTable(
  'check_acknowledgements',
  {
    id: id(),
    investigationId: text('investigation_id').notNull().references(() => investigations.id, { onDelete: 'cascade' }),
    ruleId: text('rule_id').notNull(),
    targetKey: text('target_key').notNull(),
    reason: text('reason').notNull(),
    userId: text('user_id').references(() => users.id),
    ...timestamps(),
    version: version(),
  },
  (t) => [uniqueIndex('check_ack_unique').on(t.investigationId, t.ruleId, t.targetKey)],
);

/** A finding about the system, resting on factors. */
export const findings = sqliteTable('findings', {
  id: id(),
  investigationId: text('investigation_id').notNull().references(() => investigations.id, { onDelete: 'cascade' }),
  type: text('type').notNull(),
  statement: text('statement').notNull(),
  inThisCase: text('in_this_case').notNull().default(''),
  notUnique: text('not_unique').notNull().default(''),
  whyItMatters: text('why_it_matters').notNull().default(''),
  confidence: text('confidence').notNull().default('likely'),
  boardQuestions: text('board_questions', { mode: 'json' }).$type<string[]>().notNull(),
  position: integer('position').notNull().default(0),
  isFinal: integer('is_final', { mode: 'boolean' }).notNull().default(false),
  reviewStatus: text('review_status').notNull().default('proposed'),
  ...timestamps(),
  version: version(),
});

/** The factors a finding rests on. */
export const findingFactors = sqliteTable(
  'finding_factors',
  {
    findingId: text('finding_id').notNull().references(() => findings.id, { onDelete: 'cascade' }),
    factorId: text('factor_id').notNull().references(() => factors.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.findingId, t.factorId] })],
);
