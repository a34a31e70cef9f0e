import { asc, eq, inArray } from 'drizzle-orm';
import type { Conn } from '../db/open';
import * as t from '../../schema/tables';
import { sortKeys } from '../review/canonicalJson';
import { ARCHIVE_FORMAT, ARCHIVE_FORMAT_VERSION, type Archive, type ArchivedInvestigation } from '../archive/format';
import { readInvestigationContent } from './investigationContent';

type Row = Record<string, unknown>;

const withoutInvestigationId = ({ investigationId: _omit, ...rest }: Row) => rest;

/** The ids of every account the investigation names as an author, creator, importer or signer. */
function referencedAccounts(inv: ArchivedInvestigation): string[] {
  const ids = new Set<string | null>([inv.createdBy]);
  for (const r of inv.importBatches) ids.add(r.importedBy);
  for (const r of inv.events) ids.add(r.createdBy);
  for (const r of inv.factors) ids.add(r.createdBy);
  for (const r of inv.checkAcknowledgements) ids.add(r.userId);
  for (const r of inv.responses) ids.add(r.createdBy);
  for (const r of inv.comments) ids.add(r.authorId);
  for (const r of inv.reviewDecisions) ids.add(r.authorId);
  for (const r of inv.snapshots) { ids.add(r.takenBy); ids.add(r.signedOffBy); }
  ids.delete(null);
  return [...ids as Set<string>].sort();
}

/**
 * The whole investigation as a portable archive (format version 1): the investigation, its registry, sources,
 * episodes, import batches, chronology, analysis, acknowledged checks, findings, recommendations, responses, safety
 * actions, comments, review decisions and snapshots, plus the id and name of every account it names. Lists are
 * sorted by id and keys sorted, so the same data always gives the same archive apart from `exportedAt`.
 * Memberships, sessions, the audit log, generated reports and publications stay with the installation.
 */
export function buildArchive(db: Conn, investigationId: string, now: Date): Archive {
  const { formatVersion: _content, investigation, ...lists } = readInvestigationContent(db, investigationId);
  const scoped = <T extends typeof t.importBatches | typeof t.checkAcknowledgements | typeof t.snapshots>(table: T) =>
    (db.select().from(table as typeof t.snapshots).where(eq(table.investigationId, investigationId)).orderBy(asc(table.id)).all() as Row[])
      .map(withoutInvestigationId);
  const archived = sortKeys({
    ...investigation,
    ...lists,
    importBatches: scoped(t.importBatches),
    checkAcknowledgements: scoped(t.checkAcknowledgements),
    snapshots: scoped(t.snapshots),
  }) as unknown as ArchivedInvestigation;
  const ids = referencedAccounts(archived);
  const accounts = ids.length === 0 ? [] : db.select({ id: t.users.id, name: t.users.name }).from(t.users)
    .where(inArray(t.users.id, ids)).orderBy(asc(t.users.id)).all();
  return {
    format: ARCHIVE_FORMAT, formatVersion: ARCHIVE_FORMAT_VERSION, exportedAt: now.toISOString(), exportedFrom: 'Sightline',
    accounts, investigation: archived,
  };
}

/** A file name for an investigation's archive: its reference, made safe for file systems. */
export function archiveFileName(archive: Archive): string {
  const safe = archive.investigation.reference.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'investigation';
  return `${safe}.sightline-archive.json`;
}
