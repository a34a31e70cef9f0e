import { api } from '../../api';
import { itemName } from '../review/fieldWording';
import { auditFieldChanges, type AuditEntry } from './auditChanges';

/** Which list holds the items a reference field points to. */
const listOf: Record<string, string> = {
  eventIds: 'events', eventAId: 'events', eventBId: 'events', toEventId: 'events', eventId: 'events',
  factorIds: 'factors', fromFactorId: 'factors', toFactorId: 'factors', factorId: 'factors',
  findingIds: 'findings', findingId: 'findings', recommendationId: 'recommendations',
  agencyId: 'agencies', episodeId: 'episodes', sourceIds: 'sources', sourceId: 'sources',
  actorIds: 'people', subjectIds: 'people', personId: 'people', userId: 'members', authorId: 'members', takenBy: 'members', signedOffBy: 'members',
};

/** The list behind each kind of item a comment or review decision is on (`targetKind`). */
const listOfTarget: Record<string, string> = {
  event: 'events', factor: 'factors', factor_link: 'factor-links', finding: 'findings', recommendation: 'recommendations',
};

/** The lists to load so that every reference in these entries' changed fields reads as a name. */
export function listsReferenced(entries: readonly AuditEntry[]): string[] {
  const lists = new Set<string>();
  for (const e of entries) {
    for (const c of auditFieldChanges(e.before, e.after)) {
      const kind = c.field === 'targetId' ? ((e.after ?? e.before) as { targetKind?: string } | null)?.targetKind : undefined;
      const list = kind ? listOfTarget[kind] : listOf[c.field];
      if (list) lists.add(list);
    }
  }
  return [...lists].sort();
}

/** Loads those lists and adds each item's name to `names` (members by account id); a list that cannot be loaded leaves its ids unnamed. */
export async function addReferencedNames(investigationId: string, lists: readonly string[], names: Map<string, string>): Promise<void> {
  const loaded = await Promise.all(lists.map((list) =>
    api.get<{ id: string }[]>(`/api/investigations/${encodeURIComponent(investigationId)}/${list}`).catch(() => [] as { id: string }[])));
  for (const items of loaded) {
    for (const item of items as ({ id: string; userId?: string; name?: string })[]) {
      // Members are referred to by their account id.
      if (item.userId && item.name) names.set(item.userId, item.name);
      else if (!names.has(item.id)) names.set(item.id, itemName(item));
    }
  }
}
