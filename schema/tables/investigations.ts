import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { id, timestamps, version } from './columns';
import { users } from './accounts';

/** One review of one serious incident. */
export const investigations = sqliteTable('investigations', {
  id: id(),
  reference: text('reference').notNull().unique(),
  title: text('title').notNull(),
  status: text('status').notNull().default('scoping'),
  incidentDate: text('incident_date'),
  termsOfReference: text('terms_of_reference', { mode: 'json' }).$type<string[]>().notNull(),
  scopeStart: text('scope_start'),
  scopeEnd: text('scope_end'),
  methodology: text('methodology').notNull().default(''),
  commissioningBody: text('commissioning_body').notNull().default(''),
  parallelProcesses: text('parallel_processes', { mode: 'json' }).$type<string[]>().notNull(),
  summary: text('summary').notNull().default(''),
  outcome: text('outcome').notNull().default(''),
  publishingArea: text('publishing_area').notNull().default('Anonymous'),
  isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
  createdBy: text('created_by').references(() => users.id),
  ...timestamps(),
  version: version(),
});

/** A user's role in one investigation: lead, investigator, panel or observer. */
export const memberships = sqliteTable(
  'memberships',
  {
    id: id(),
    investigationId: text('investigation_id').notNull().references(() => investigations.id, { onDelete: 'cascade' }),
    userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    ...timestamps(),
    version: version(),
  },
  (t) => [uniqueIndex('memberships_unique').on(t.investigationId, t.userId), index('memberships_user_idx').on(t.userId)],
);

/** An agency involved in the investigation (children's social care, police, health, ...). */
export const agencies = sqliteTable(
  'agencies',
  {
    id: id(),
    investigationId: text('investigation_id').notNull().references(() => investigations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    ...timestamps(),
    version: version(),
  },
  (t) => [uniqueIndex('agencies_name_unique').on(t.investigationId, t.name)],
);

/** The identity registry: real identities with their pseudonyms and role codes. */
export const people = sqliteTable(
  'people',
  {
    id: id(),
    investigationId: text('investigation_id').notNull().references(() => investigations.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    realName: text('real_name').notNull(),
    aliases: text('aliases', { mode: 'json' }).$type<string[]>().notNull(),
    dateOfBirth: text('date_of_birth'),
    identifiers: text('identifiers', { mode: 'json' }).$type<{ kind: string; value: string }[]>().notNull(),
    relationship: text('relationship').notNull().default(''),
    agencyId: text('agency_id').references(() => agencies.id, { onDelete: 'set null' }),
    jobTitle: text('job_title').notNull().default(''),
    pseudonym: text('pseudonym').notNull(),
    roleCode: text('role_code'),
    ...timestamps(),
    version: version(),
  },
  (t) => [
    uniqueIndex('people_pseudonym_unique').on(t.investigationId, t.pseudonym),
    uniqueIndex('people_role_code_unique').on(t.investigationId, t.roleCode),
  ],
);

/** Identifying places (schools, streets, addresses) registered so they never reach published text. */
export const places = sqliteTable('places', {
  id: id(),
  investigationId: text('investigation_id').notNull().references(() => investigations.id, { onDelete: 'cascade' }),
  kind: text('kind').notNull(),
  realName: text('real_name').notNull(),
  replacement: text('replacement').notNull(),
  ...timestamps(),
  version: version(),
});
