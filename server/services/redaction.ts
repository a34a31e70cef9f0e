import { eq } from 'drizzle-orm';
import type { Conn } from '../db/open';
import { places } from '../../schema/tables';
import { buildRegistryRedactor, type Redactor } from '../anonymise/registryRedactor';
import { listPeopleRows } from './people';

/** The redactor for an investigation's current registry: real names, aliases, DOBs, identifiers, places. */
export function redactorFor(db: Conn, investigationId: string): Redactor {
  const registry = listPeopleRows(db, investigationId);
  const placeRows = db.select().from(places).where(eq(places.investigationId, investigationId)).all();
  return buildRegistryRedactor(registry, placeRows);
}
