import { and, eq, sql } from 'drizzle-orm';
import type { Conn } from '../db/open';
import { agencies } from '../../schema/tables';
import type { Agency } from '../../schema/contracts/registry';
import { unprocessable } from '../http/errors';
import { makeCrud } from './crud';

type AgencyRow = typeof agencies.$inferSelect;

/** Agencies of an investigation. */
export const agencyService = makeCrud<AgencyRow, Agency>({
  table: agencies,
  entity: 'agency',
  orderBy: agencies.name,
  present: (r) => ({ id: r.id, name: r.name, kind: r.kind as Agency['kind'], version: r.version }),
  check(db, investigationId, values, before) {
    const name = values.name as string | undefined;
    if (!name) return;
    const clash = db.select({ id: agencies.id }).from(agencies)
      .where(and(eq(agencies.investigationId, investigationId), sql`lower(${agencies.name}) = ${name.toLowerCase()}`)).get();
    if (clash && clash.id !== before?.id) throw unprocessable(`name: an agency called "${name}" already exists in this investigation`);
  },
});

/** Throws 422 naming the field unless the agency belongs to the investigation. */
export function assertAgencyIn(db: Conn, investigationId: string, agencyId: string | null | undefined, field = 'agencyId'): void {
  if (!agencyId) return;
  const row = db.select({ id: agencies.id }).from(agencies)
    .where(and(eq(agencies.id, agencyId), eq(agencies.investigationId, investigationId))).get();
  if (!row) throw unprocessable(`${field}: no such agency in this investigation`);
}
