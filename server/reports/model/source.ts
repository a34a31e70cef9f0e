import { eq } from 'drizzle-orm';
import type { Conn } from '../../db/open';
import { people, places } from '../../../schema/tables';
import { listPeopleRows } from '../../services/people';
import { loadReportRows, type ReportRows } from './load';
import { reportRowsFromContent, type ReportContent } from './content';

type PersonRow = typeof people.$inferSelect;
type PlaceRow = typeof places.$inferSelect;

/** The identity registry a published edition is pseudonymised and leak-checked against. */
export interface ReportRegistry {
  people: PersonRow[];
  places: PlaceRow[];
}

/** Where a report's data comes from: the rows the model is built from, and the registry that anonymises it. */
export interface ReportSource {
  rows: ReportRows;
  registry: ReportRegistry;
}

/** The investigation's identity registry as it is now. */
export function currentRegistry(db: Conn, investigationId: string): ReportRegistry {
  return {
    people: listPeopleRows(db, investigationId),
    places: db.select().from(places).where(eq(places.investigationId, investigationId)).all(),
  };
}

/** The investigation as it is now. */
export function liveSource(db: Conn, investigationId: string): ReportSource {
  return { rows: loadReportRows(db, investigationId), registry: currentRegistry(db, investigationId) };
}

/**
 * A snapshot's stored content, anonymised with the registry as it is now: a person or place still registered is
 * named by its current pseudonym, role code or replacement (the family may be consulted on the pseudonym after the
 * panel signs off). The registry that redacts and leak-checks it is the current one plus every entry the snapshot
 * holds, so a name removed or corrected since the snapshot is still replaced and still caught: more registered
 * names only make the published edition safer.
 */
export function snapshotSource(db: Conn, investigationId: string, content: ReportContent): ReportSource {
  const current = currentRegistry(db, investigationId);
  const rows = reportRowsFromContent(content);
  const personNow = new Map(current.people.map((p) => [p.id, p]));
  const placeNow = new Map(current.places.map((p) => [p.id, p]));
  const frozenPeople = rows.people.map((p) => {
    const now = personNow.get(p.id);
    return now ? { ...p, pseudonym: now.pseudonym, roleCode: now.roleCode } : p;
  });
  const frozenPlaces = content.places.map((p) => ({ ...p, investigationId, replacement: placeNow.get(p.id)?.replacement ?? p.replacement }));
  const byKindAndPseudonym = (a: PersonRow, b: PersonRow) =>
    (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : a.pseudonym < b.pseudonym ? -1 : a.pseudonym > b.pseudonym ? 1 : 0);
  return {
    rows: { ...rows, people: [...frozenPeople].sort(byKindAndPseudonym) },
    registry: { people: [...current.people, ...frozenPeople], places: [...current.places, ...frozenPlaces] },
  };
}
