import { integer, text } from 'drizzle-orm/sqlite-core';

/** Primary key: a random UUID, so rows keep their identity across archives and installations. */
export const id = () => text('id').primaryKey();

/** Timestamps are ISO-8601 strings in UTC. */
export const timestamps = () => ({
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});

/** Optimistic-concurrency version: starts at 1, incremented by every update. */
export const version = () => integer('version').notNull().default(1);
