import { randomUUID } from 'node:crypto';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Conn, Db } from '../db/open';
import { places, snapshots, users } from '../../schema/tables';
import {
  contentKinds, type InvestigationContent, type KindDiff, type SnapshotSummary,
} from '../../schema/contracts/review';
import { conflict, notFound, unprocessable } from '../http/errors';
import { formatPath } from '../http/validate';
import { ReportContentSchema, type ReportContent } from '../reports/model/content';
import { canonicalJson, contentHash } from '../review/canonicalJson';
import { diffContent } from '../review/snapshotDiff';
import { registryOf, withoutIdentities } from '../review/withoutIdentities';
import { buildRegistryRedactor, redactDeep, type RegistryPerson, type RegistryPlace } from '../anonymise/registryRedactor';
import { listPeopleRows } from './people';
import { recordAudit } from './audit';
import type { Actor } from './actor';
import { readInvestigationContent } from './investigationContent';

type SnapshotRow = typeof snapshots.$inferSelect;

const taker = alias(users, 'taker');
const signer = alias(users, 'signer');

const summaryColumns = {
  id: snapshots.id, label: snapshots.label, takenAt: snapshots.takenAt, takenBy: snapshots.takenBy, takenByName: taker.name,
  sha256: snapshots.sha256, signedOffAt: snapshots.signedOffAt, signedOffBy: snapshots.signedOffBy, signedOffByName: signer.name,
  signOffNote: snapshots.signOffNote,
};

function summaries(db: Conn, investigationId: string, snapshotId?: string): SnapshotSummary[] {
  const where = snapshotId
    ? and(eq(snapshots.investigationId, investigationId), eq(snapshots.id, snapshotId))
    : eq(snapshots.investigationId, investigationId);
  return db.select(summaryColumns).from(snapshots)
    .leftJoin(taker, eq(taker.id, snapshots.takenBy)).leftJoin(signer, eq(signer.id, snapshots.signedOffBy))
    .where(where).orderBy(desc(sql`${snapshots}.rowid`)).all();
}

function loadRow(db: Conn, investigationId: string, snapshotId: string): SnapshotRow {
  const row = db.select().from(snapshots).where(and(eq(snapshots.investigationId, investigationId), eq(snapshots.id, snapshotId))).get();
  if (!row) throw notFound('snapshot');
  return row;
}

const auditView = (s: Pick<SnapshotRow, 'id' | 'label' | 'takenAt' | 'sha256' | 'signedOffAt' | 'signedOffBy' | 'signOffNote'>) => ({
  id: s.id, label: s.label, takenAt: s.takenAt, sha256: s.sha256, signedOffAt: s.signedOffAt, signedOffBy: s.signedOffBy, signOffNote: s.signOffNote,
});

const personKey = (p: RegistryPerson) => canonicalJson([p.realName, [...p.aliases].sort(), p.dateOfBirth, p.identifiers.map((i) => i.value).sort()]);
const placeKey = (p: RegistryPlace) => canonicalJson([p.realName, p.replacement]);

/**
 * Content as a caller may see it: unchanged for roles that see identities; otherwise with the registry's
 * identity fields withheld. Names in the live registry are replaced by the response redactor (mount);
 * names only the stored content still knows (a person removed or renamed since) are replaced here,
 * so they stay hidden too.
 */
export function contentFor(db: Conn, investigationId: string, contents: InvestigationContent[], canSeeIdentities: boolean): InvestigationContent[] {
  if (canSeeIdentities) return contents;
  const livePeople = new Set(listPeopleRows(db, investigationId).map(personKey));
  const livePlaces = new Set(db.select().from(places).where(eq(places.investigationId, investigationId)).all().map(placeKey));
  const registries = contents.map((c) => registryOf(c));
  const extraPeople = registries.flatMap((r) => r.people).filter((p) => !livePeople.has(personKey(p)));
  const extraPlaces = registries.flatMap((r) => r.places).filter((p) => !livePlaces.has(placeKey(p)));
  const stripped = contents.map((c) => withoutIdentities(c));
  if (extraPeople.length === 0 && extraPlaces.length === 0) return stripped;
  const redactor = buildRegistryRedactor(extraPeople, extraPlaces);
  return stripped.map((c) => redactDeep(c, redactor));
}

/** Every snapshot of an investigation, newest first, without content. */
export function listSnapshots(db: Conn, investigationId: string): SnapshotSummary[] {
  return summaries(db, investigationId);
}

/** Freezes the whole investigation under a label; the SHA-256 is over the canonical JSON of the content. */
export function createSnapshot(db: Db, actor: Actor, investigationId: string, label: string): SnapshotSummary {
  return db.transaction((tx) => {
    const content = readInvestigationContent(tx, investigationId);
    const row = tx.insert(snapshots).values({
      id: randomUUID(), investigationId, label, takenAt: actor.at, takenBy: actor.userId, content, sha256: contentHash(content),
    }).returning().get();
    recordAudit(tx, actor, { investigationId, entity: 'snapshot', entityId: row.id, action: 'create', after: auditView(row) });
    return summaries(tx, investigationId, row.id)[0]!;
  });
}

/** One snapshot with its content, as the caller may see it, and whether the content still matches its hash. */
export function getSnapshot(db: Db, investigationId: string, snapshotId: string, canSeeIdentities: boolean) {
  const row = loadRow(db, investigationId, snapshotId);
  const stored = row.content as InvestigationContent;
  const [content] = contentFor(db, investigationId, [stored], canSeeIdentities);
  return { ...summaries(db, investigationId, snapshotId)[0]!, intact: contentHash(stored) === row.sha256, content: content! };
}

/** A snapshot ready to build a report from: its summary and its content, checked. */
export interface ReportSnapshot { summary: SnapshotSummary; content: ReportContent }

/**
 * The snapshot a report or publication is built from: 404 unless it is this investigation's; 422 naming snapshotId
 * when `signedOff` is required and the panel has not signed it off, when its content no longer matches its SHA-256,
 * or when the content cannot be read as a report (a format this installation does not read).
 */
export function snapshotForReport(db: Conn, investigationId: string, snapshotId: string, { signedOff }: { signedOff: boolean }): ReportSnapshot {
  const row = loadRow(db, investigationId, snapshotId);
  const summary = summaries(db, investigationId, snapshotId)[0]!;
  if (signedOff && !row.signedOffAt) {
    throw unprocessable(`snapshotId: the panel has not signed off snapshot "${row.label}"; only a signed-off snapshot can be published`);
  }
  if (contentHash(row.content) !== row.sha256) {
    throw unprocessable(`snapshotId: the content of snapshot "${row.label}" no longer matches its SHA-256, so it is not what was signed off`);
  }
  const parsed = ReportContentSchema.safeParse(row.content);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw unprocessable(`snapshotId: the content of snapshot "${row.label}" cannot be read as a report (${formatPath(issue.path) || 'content'}: ${issue.message})`);
  }
  return { summary, content: parsed.data };
}

/** Differences per entity kind and field between snapshot `a` and snapshot `b`, or the live data when `b` is `current`. */
export function diffSnapshots(db: Db, investigationId: string, a: string, b: string, canSeeIdentities: boolean) {
  const from = loadRow(db, investigationId, a);
  const to = b === 'current' ? null : loadRow(db, investigationId, b);
  const [before, after] = contentFor(db, investigationId, [
    from.content as InvestigationContent,
    to ? (to.content as InvestigationContent) : readInvestigationContent(db, investigationId),
  ], canSeeIdentities);
  const kinds: KindDiff[] = diffContent(before!, after!, contentKinds);
  return {
    from: { id: from.id, label: from.label, takenAt: from.takenAt },
    to: to ? { id: to.id, label: to.label, takenAt: to.takenAt } : { id: 'current', label: 'Current data', takenAt: null },
    identical: kinds.length === 0,
    kinds,
  };
}

/** Records the panel's sign-off on a snapshot (who, when, note); a snapshot is signed off once only. */
export function signOffSnapshot(db: Db, actor: Actor, investigationId: string, snapshotId: string, note: string): SnapshotSummary {
  return db.transaction((tx) => {
    const before = loadRow(tx, investigationId, snapshotId);
    if (before.signedOffAt) throw conflict(`the panel's sign-off on this snapshot was already recorded at ${before.signedOffAt}`);
    const after = tx.update(snapshots).set({ signedOffAt: actor.at, signedOffBy: actor.userId, signOffNote: note })
      .where(and(eq(snapshots.id, snapshotId), isNull(snapshots.signedOffAt))).returning().get();
    if (!after) throw conflict('the panel\'s sign-off on this snapshot was already recorded');
    recordAudit(tx, actor, { investigationId, entity: 'snapshot', entityId: snapshotId, action: 'sign_off', before: auditView(before), after: auditView(after) });
    return summaries(tx, investigationId, snapshotId)[0]!;
  });
}
