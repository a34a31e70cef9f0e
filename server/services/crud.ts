import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Conn, Db } from '../db/open';
import { recordAudit } from './audit';
import type { Actor } from './actor';
import { assertVersion, definedOnly, loadScoped, updateVersioned } from './versioned';

type ScopedTable = SQLiteTable & { id: SQLiteColumn; version: SQLiteColumn; investigationId: SQLiteColumn };
type Row = Record<string, unknown> & { id: string; version: number; investigationId: string };

/** Options for a simple investigation-scoped entity. */
export interface CrudOptions<R extends Row, P> {
  table: ScopedTable;
  entity: string;
  present: (row: R) => P;
  orderBy?: SQLiteColumn;
  /** Checks rules that need the database (e.g. a referenced agency belongs to the investigation). */
  check?: (db: Conn, investigationId: string, values: Record<string, unknown>, before?: R) => void;
}

/** List, create, update and delete for a plain investigation-scoped table, audited and versioned. */
export function makeCrud<R extends Row, P>(o: CrudOptions<R, P>) {
  return {
    list(db: Db, investigationId: string): P[] {
      const rows = db.select().from(o.table).where(eq(o.table.investigationId, investigationId))
        .orderBy(asc(o.orderBy ?? o.table.id)).all() as R[];
      return rows.map(o.present);
    },
    get(db: Conn, investigationId: string, id: string): R {
      return loadScoped<R>(db, o.table, id, investigationId, o.entity);
    },
    create(db: Db, actor: Actor, investigationId: string, input: Record<string, unknown>): P {
      return db.transaction((tx) => {
        o.check?.(tx, investigationId, input);
        const row = tx.insert(o.table).values({
          id: randomUUID(), investigationId, ...input, createdAt: actor.at, updatedAt: actor.at,
        } as never).returning().get() as R;
        recordAudit(tx, actor, { investigationId, entity: o.entity, entityId: row.id, action: 'create', after: row });
        return o.present(row);
      });
    },
    update(db: Db, actor: Actor, investigationId: string, id: string, input: { version: number } & Record<string, unknown>): P {
      return db.transaction((tx) => {
        const before = loadScoped<R>(tx, o.table, id, investigationId, o.entity);
        const { version, ...fields } = input;
        const patch = definedOnly(fields);
        assertVersion(before, version, o.entity);
        o.check?.(tx, investigationId, patch, before);
        const after = updateVersioned<R>(tx, o.table, before, version, patch, actor.at, o.entity);
        recordAudit(tx, actor, { investigationId, entity: o.entity, entityId: id, action: 'update', before, after });
        return o.present(after);
      });
    },
    remove(db: Db, actor: Actor, investigationId: string, id: string, version: number): void {
      db.transaction((tx) => {
        const before = loadScoped<R>(tx, o.table, id, investigationId, o.entity);
        assertVersion(before, version, o.entity);
        tx.delete(o.table).where(eq(o.table.id, id)).run();
        recordAudit(tx, actor, { investigationId, entity: o.entity, entityId: id, action: 'delete', before });
      });
    },
  };
}
