import { api } from '../../api';
import { itemName } from '../review/fieldWording';
import { auditFieldChanges, type AuditEntry } from './auditChanges';

/** Which list holds the items a reference field points to. */
const listOf: Record<string, string> = {
  eventIds: 'events', eventAId: 'events', eventBId: 'events', toEventId: 'events', eventId: 'events',
  factorIds: 'factors', fromFactorId: 'factors', toFactorId: 'factors', factorId: 'factors',
  findingIds: 'findings', findingId: 'findings', recommendationId: 'recommendations',
  agencyId: 'agencies', episodeId: 'episodes', sourceIds: 'sources', sourceId: 'sources',
  actorIds: 'people', subjectIds: 'people', personId: 'people',
};

/** The lists to load so that every reference in these entries' changed fields reads as a name. */
export function listsReferenced(entries: readonly AuditEntry[]): string[] {
  const lists = new Set<string>();
  for (const e of entries) for (const c of auditFieldChanges(e.before, e.after)) if (listOf[c.field]) lists.add(listOf[c.field]!);
  return [...lists].sort();
}

/** Loads those lists and adds each item's name to `names`; a list that cannot be loaded leaves its ids unnamed. */
export async function addReferencedNames(investigationId: string, lists: readonly string[], names: Map<string, string>): Promise<void> {
  const loaded = await Promise.all(lists.map((list) =>
    api.get<{ id: string }[]>(`/api/investigations/${encodeURIComponent(investigationId)}/${list}`).catch(() => [] as { id: string }[])));
  for (const items of loaded) for (const item of items) if (!names.has(item.id)) names.set(item.id, itemName(item));
}
