import { and, eq } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Conn, Db } from '../db/open';
import { conflict, notFound } from '../http/errors';
import { withoutSecrets } from './audit';

/** A table with the columns every investigation-scoped, versioned row has. */
type VersionedTable = SQLiteTable & {
  id: SQLiteColumn;
  version: SQLiteColumn;
  investigationId?: SQLiteColumn;
};

type Row = Record<string, unknown> & { id: string; version: number };

/** Loads a row by id within an investigation, or throws 404 naming the entity. */
export function loadScoped<R extends Row>(db: Conn, table: VersionedTable, id: string, investigationId: string | null, entity: string): R {
  const where = investigationId && table.investigationId
    ? and(eq(table.id, id), eq(table.investigationId, investigationId))
    : eq(table.id, id);
  const row = db.select().from(table).where(where).get() as R | undefined;
  if (!row) throw notFound(entity);
  return row;
}

/** Refuses a stale edit with 409, giving the current version and record. */
export function assertVersion(row: Row, expected: number, entity: string): void {
  if (row.version !== expected) {
    throw conflict(`${entity} was changed by someone else (now version ${row.version}, your edit was based on version ${expected})`, {
      currentVersion: row.version,
      current: withoutSecrets(row),
    });
  }
}

/** Updates a row only if its version is still the expected one, bumping version and updatedAt. */
export function updateVersioned<R extends Row>(
  db: Conn, table: VersionedTable, before: R, expected: number, patch: Record<string, unknown>, at: string, entity: string,
): R {
  assertVersion(before, expected, entity);
  const values: Record<string, unknown> = { ...patch, version: before.version + 1 };
  if ('updatedAt' in before) values.updatedAt = at;
  const after = db.update(table).set(values).where(and(eq(table.id, before.id), eq(table.version, expected))).returning().get() as R | undefined;
  if (!after) throw conflict(`${entity} was changed by someone else`, { currentVersion: before.version + 1 });
  return after;
}

/** Drops undefined keys so a partial update only touches the fields it names. */
export function definedOnly<T extends Record<string, unknown>>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<T>;
}
