import { streamedContentHash } from './snapshotHash';
import { archivedLists, type Archive, type ArchivedInvestigation } from './format';

/** Every row id of an archived investigation (the investigation's own id first). */
export function archiveRowIds(inv: ArchivedInvestigation): string[] {
  return [inv.id, ...archivedLists.flatMap((name) => inv[name].map((row) => row.id))];
}

/** Replaces every string found in the map, in place, in arrays and object values (not keys). */
function replaceStrings(value: unknown, map: ReadonlyMap<string, string>): unknown {
  if (typeof value === 'string') return map.get(value) ?? value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = replaceStrings(value[i], map);
  } else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = replaceStrings(record[key], map);
  }
  return value;
}

/**
 * The archive with every row id replaced by a fresh one, consistently: references, comment targets and the content
 * of snapshots follow, snapshots' SHA-256 are recomputed, and event links keep their lower id first. The archive's
 * rows are rewritten in place rather than copied (it has just been read and nothing else holds it).
 * Account ids are left alone (accounts belong to the installation, not the investigation). Ids are UUIDs, so a
 * string equal to one is that row's id and nothing else.
 */
export function remapIds(archive: Archive, freshId: () => string): Archive {
  const map = new Map(archiveRowIds(archive.investigation).map((id) => [id, freshId()]));
  const inv = replaceStrings(archive.investigation, map) as ArchivedInvestigation;
  inv.eventLinks = inv.eventLinks.map((l) => (l.eventAId < l.eventBId ? l : { ...l, eventAId: l.eventBId, eventBId: l.eventAId }));
  inv.snapshots = inv.snapshots.map((s) => ({ ...s, sha256: streamedContentHash(s.content) }));
  return { ...archive, investigation: inv };
}
