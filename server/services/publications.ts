import { createHash, randomUUID } from 'node:crypto';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Conn, Db } from '../db/open';
import { investigations, publications, users } from '../../schema/tables';
import type { Publication, PublicationCreateInput } from '../../schema/contracts/publication';
import type { SnapshotSummary } from '../../schema/contracts/review';
import { conflict, unprocessable } from '../http/errors';
import { recordAudit } from './audit';
import type { Actor } from './actor';
import { loadScoped } from './versioned';
import { buildEdition } from './publicationEdition';
import { indexPublication, unindexPublication } from './librarySearchIndex';
import { listSnapshots } from './snapshots';

type PublicationRow = typeof publications.$inferSelect;

/** A publication without its content and PDF, with the name of who published it and the snapshot it was built from. */
export function presentPublication(row: PublicationRow, publishedByName: string | null, snapshot: SnapshotSummary | undefined): Publication {
  return {
    id: row.id, slug: row.slug, publicationVersion: row.publicationVersion, title: row.title, year: row.year, dateStyle: row.dateStyle,
    sha256: row.sha256, signOff: row.signOff, publishedBy: row.publishedBy, publishedByName, publishedAt: row.publishedAt,
    withdrawnAt: row.withdrawnAt, withdrawnReason: row.withdrawnReason,
    snapshot: snapshot ? { id: snapshot.id, label: snapshot.label, takenAt: snapshot.takenAt, signedOffAt: snapshot.signedOffAt, signedOffByName: snapshot.signedOffByName } : null,
    version: row.version,
  };
}

function snapshotsById(db: Conn, investigationId: string): Map<string, SnapshotSummary> {
  return new Map(listSnapshots(db, investigationId).map((s) => [s.id, s]));
}

function nameOf(db: Conn, userId: string | null): string | null {
  return userId ? db.select({ name: users.name }).from(users).where(eq(users.id, userId)).get()?.name ?? null : null;
}

/** Every version an investigation has published, newest first, each with who published it and the snapshot it was built from. */
export function listPublications(db: Db, investigationId: string): Publication[] {
  const snapshots = snapshotsById(db, investigationId);
  return db.select({ row: publications, publishedByName: users.name }).from(publications)
    .leftJoin(users, eq(users.id, publications.publishedBy)).where(eq(publications.investigationId, investigationId))
    .orderBy(desc(publications.publicationVersion)).all()
    .map(({ row, publishedByName }) => presentPublication(row, publishedByName, row.snapshotId ? snapshots.get(row.snapshotId) : undefined));
}

/**
 * Publishes the anonymised edition built from the content of a snapshot the panel signed off (404 for another
 * investigation's snapshot, 422 naming snapshotId for one not signed off): refused with 422 listing every leak while
 * any remains; otherwise stores the published model, PDF and SHA-256 with the snapshot's id as a new immutable
 * version (same slug), indexes it for the library search in place of the version it supersedes, marks the
 * investigation published, and audits it all.
 */
export async function publishReview(db: Db, actor: Actor, investigationId: string, input: PublicationCreateInput, now: Date): Promise<Publication> {
  const edition = await buildEdition(db, investigationId, input, now, { signedOff: true });
  if (edition.leaks.length > 0) {
    throw unprocessable(`publication: ${edition.leaks.length} identifying ${edition.leaks.length === 1 ? 'item remains' : 'items remain'} in the published edition`, { leaks: edition.leaks });
  }
  const sha256 = createHash('sha256').update(edition.pdf).digest('hex');
  return db.transaction((tx) => {
    const last = tx.select().from(publications).where(eq(publications.slug, edition.slug))
      .orderBy(desc(publications.publicationVersion)).get();
    if (last && last.investigationId !== investigationId) throw conflict(`slug: "${edition.slug}" belongs to another review`);
    const row = tx.insert(publications).values({
      id: randomUUID(), investigationId, slug: edition.slug, publicationVersion: (last?.publicationVersion ?? 0) + 1,
      title: edition.title, year: edition.model.year, dateStyle: input.dateStyle, content: edition.model, pdf: edition.pdf, sha256,
      signOff: { ...input.signOff, template: input.template, snapshotId: input.snapshotId, snapshotSha256: edition.snapshot?.sha256 ?? null },
      snapshotId: input.snapshotId, publishedBy: actor.userId, publishedAt: actor.at, createdAt: actor.at, updatedAt: actor.at,
    }).returning().get();
    if (last) unindexPublication(tx, last.id);
    indexPublication(tx, row.id, edition.model);
    const { pdf: _pdf, content: _content, ...audited } = row;
    recordAudit(tx, actor, { investigationId, entity: 'publication', entityId: row.id, action: 'create', after: audited });
    const before = loadScoped<typeof investigations.$inferSelect>(tx, investigations, investigationId, null, 'investigation');
    if (before.status !== 'published') {
      tx.update(investigations).set({ status: 'published', version: sql`${investigations.version} + 1`, updatedAt: actor.at })
        .where(eq(investigations.id, investigationId)).run();
      recordAudit(tx, actor, { investigationId, entity: 'investigation', entityId: investigationId, action: 'update', before: { status: before.status }, after: { status: 'published' } });
    }
    return presentPublication(row, nameOf(tx, row.publishedBy), edition.snapshot ?? undefined);
  });
}

/** Withdraws one published version: the record stays with the reason; it leaves the library and its search index. */
export function withdrawPublication(db: Db, actor: Actor, investigationId: string, publicationId: string, reason: string): Publication {
  return db.transaction((tx) => {
    const before = loadScoped<PublicationRow>(tx, publications, publicationId, investigationId, 'publication');
    if (before.withdrawnAt) throw conflict(`publication: version ${before.publicationVersion} was already withdrawn on ${before.withdrawnAt.slice(0, 10)}`);
    const row = tx.update(publications).set({ withdrawnAt: actor.at, withdrawnReason: reason, updatedAt: actor.at, version: before.version + 1 })
      .where(and(eq(publications.id, publicationId), eq(publications.investigationId, investigationId))).returning().get();
    unindexPublication(tx, publicationId);
    recordAudit(tx, actor, {
      investigationId, entity: 'publication', entityId: publicationId, action: 'update',
      before: { withdrawnAt: null, withdrawnReason: null }, after: { withdrawnAt: row.withdrawnAt, withdrawnReason: reason },
    });
    return presentPublication(row, nameOf(tx, row.publishedBy), row.snapshotId ? snapshotsById(tx, investigationId).get(row.snapshotId) : undefined);
  });
}
