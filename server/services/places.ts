import { places } from '../../schema/tables';
import type { Place } from '../../schema/contracts/registry';
import { makeCrud } from './crud';

type PlaceRow = typeof places.$inferSelect;

/** Presents a place; the real name only for roles that may see identities. */
export const presentPlace = (r: PlaceRow, withIdentity: boolean): Place => ({
  id: r.id, kind: r.kind as Place['kind'], realName: withIdentity ? r.realName : null, replacement: r.replacement, version: r.version,
});

/** Identifying places registered for an investigation (schools, streets, addresses). */
export const placeService = makeCrud<PlaceRow, PlaceRow>({
  table: places,
  entity: 'place',
  orderBy: places.realName,
  present: (r) => r,
});
