import { randomUUID } from 'node:crypto';
import { inArray, sql } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db, Tx } from '../db/open';
import * as t from '../../schema/tables';
import { unprocessable } from '../http/errors';
import { archivedLists, type Archive, type ArchivedList } from '../archive/format';
import { readArchive } from '../archive/parse';
import { remapIds } from '../archive/remap';
import { recordAudit } from './audit';
import type { Actor } from './actor';

type IdTable = SQLiteTable & { id: SQLiteColumn };

/** The table each archived list is written to. */
const tables: Record<ArchivedList, IdTable> = {
  agencies: t.agencies, people: t.people, places: t.places, sources: t.sources, episodes: t.episodes, importBatches: t.importBatches,
  events: t.events, eventLinks: t.eventLinks, factors: t.factors, factorLinks: t.factorLinks, checkAcknowledgements: t.checkAcknowledgements,
  findings: t.findings, recommendations: t.recommendations, responses: t.recommendationResponses, safetyActions: t.safetyActions,
  comments: t.comments, reviewDecisions: t.reviewDecisions, snapshots: t.snapshots,
};

/** What an import did. */
export interface ArchiveImportResult {
  investigationId: string;
  reference: string;
  /** True when the archive's ids were all free here and were kept; false when every id was replaced by a new one. */
  idsKept: boolean;
  /** Authors with no account here, kept as disabled accounts under their archived id and name. */
  accountsCreated: number;
  counts: Record<ArchivedList, number>;
}

const CHUNK = 500;

function anyTaken(tx: Tx, table: IdTable, ids: readonly string[]): boolean {
  for (let i = 0; i < ids.length; i += CHUNK) {
    if (tx.select({ id: table.id }).from(table).where(inArray(table.id, ids.slice(i, i + CHUNK))).limit(1).get()) return true;
  }
  return false;
}

/** True when any row id of the archive is already used here (e.g. the archive came from this installation). */
function idsTaken(tx: Tx, a: Archive): boolean {
  const inv = a.investigation;
  return anyTaken(tx, t.investigations, [inv.id]) || archivedLists.some((name) => anyTaken(tx, tables[name], inv[name].map((r) => r.id)));
}

function assertFree(tx: Tx, a: Archive): void {
  const reference = a.investigation.reference;
  if (tx.select({ id: t.investigations.id }).from(t.investigations).where(sql`lower(${t.investigations.reference}) = ${reference.toLowerCase()}`).get()) {
    throw unprocessable(`investigation.reference: an investigation with reference "${reference}" already exists here; import again with ?reference= giving the copy another reference`);
  }
  const issued = a.investigation.recommendations.flatMap((r, i) => (r.identifier ? [{ i, identifier: r.identifier }] : []));
  const used = new Set<string>();
  for (let i = 0; i < issued.length; i += CHUNK) {
    const part = issued.slice(i, i + CHUNK).map((x) => x.identifier);
    for (const r of tx.select({ identifier: t.recommendations.identifier }).from(t.recommendations).where(inArray(t.recommendations.identifier, part)).all()) used.add(r.identifier!);
  }
  const clashes = issued.filter((x) => used.has(x.identifier));
  if (clashes.length) {
    throw unprocessable(clashes.map((c) => `investigation.recommendations[${c.i}].identifier: ${c.identifier} is already used by a recommendation ` +
      'in this installation; identifiers are unique across an installation, so this archive cannot be imported here').join('; '));
  }
}

/** Inserts one row, naming its place in the archive when the database refuses it. */
function insert(tx: Tx, table: SQLiteTable, values: Record<string, unknown>, path: string): void {
  try {
    tx.insert(table).values(values as never).run();
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT')) throw unprocessable(`${path}: conflicts with data already in this installation`);
    throw err;
  }
}

function createAccounts(tx: Tx, a: Archive, at: string): number {
  const ids = a.accounts.map((x) => x.id);
  const existing = new Set<string>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    for (const u of tx.select({ id: t.users.id }).from(t.users).where(inArray(t.users.id, ids.slice(i, i + CHUNK))).all()) existing.add(u.id);
  }
  const missing = a.accounts.filter((x) => !existing.has(x.id));
  missing.forEach((x) => insert(tx, t.users, {
    id: x.id, email: `${x.id}@archived.invalid`, name: x.name.trim() || 'Former contributor', passwordHash: 'archived-account-without-password',
    isAdmin: false, disabled: true, createdAt: at, updatedAt: at,
  }, `accounts[${a.accounts.indexOf(x)}]`));
  return missing.length;
}

function writeRows(tx: Tx, a: Archive): void {
  const inv = a.investigation;
  const investigationId = inv.id;
  const own = Object.fromEntries(Object.entries(inv).filter(([key]) => !(archivedLists as readonly string[]).includes(key)));
  insert(tx, t.investigations, own, 'investigation');
  for (const name of archivedLists) {
    inv[name].forEach((row, i) => {
      const path = `investigation.${name}[${i}]`;
      const { people, sourceIds, evidence, factorIds, findingIds, ...values } = row as Record<string, unknown> & {
        people?: { personId: string; role: string }[]; sourceIds?: string[]; evidence?: { eventId: string | null; sourceId: string | null }[];
        factorIds?: string[]; findingIds?: string[];
      };
      insert(tx, tables[name], name === 'responses' ? values : { ...values, investigationId }, path);
      people?.forEach((p, j) => insert(tx, t.eventPeople, { eventId: row.id, ...p }, `${path}.people[${j}]`));
      sourceIds?.forEach((sourceId, j) => insert(tx, t.eventSources, { eventId: row.id, sourceId }, `${path}.sourceIds[${j}]`));
      evidence?.forEach((e, j) => insert(tx, t.factorEvidence, { id: randomUUID(), factorId: row.id, ...e }, `${path}.evidence[${j}]`));
      factorIds?.forEach((factorId, j) => insert(tx, t.findingFactors, { findingId: row.id, factorId }, `${path}.factorIds[${j}]`));
      findingIds?.forEach((findingId, j) => insert(tx, t.recommendationFindings, { recommendationId: row.id, findingId }, `${path}.findingIds[${j}]`));
    });
  }
}

/**
 * Imports an archive as a new investigation, all or nothing, with the importer as its lead investigator.
 * Ids are kept when none is used here yet (an investigation moving between installations keeps its ids); when any
 * is (a copy imported where it came from), every id is replaced by a new one. The reference must be free (or
 * `reference` gives another), and issued recommendation identifiers must be unused here: both are refused with 422.
 */
export function importArchive(db: Db, actor: Actor & { userId: string }, input: unknown, options: { reference?: string } = {}): ArchiveImportResult {
  const read = readArchive(input);
  const given = options.reference ? { ...read, investigation: { ...read.investigation, reference: options.reference } } : read;
  return db.transaction((tx) => {
    assertFree(tx, given);
    const idsKept = !idsTaken(tx, given);
    const archive = idsKept ? given : remapIds(given, randomUUID);
    const accountsCreated = createAccounts(tx, archive, actor.at);
    writeRows(tx, archive);
    const investigationId = archive.investigation.id;
    const membership = { id: randomUUID(), investigationId, userId: actor.userId, role: 'lead', createdAt: actor.at, updatedAt: actor.at };
    tx.insert(t.memberships).values(membership).run();
    const counts = Object.fromEntries(archivedLists.map((name) => [name, archive.investigation[name].length])) as Record<ArchivedList, number>;
    recordAudit(tx, actor, {
      investigationId, entity: 'investigation', entityId: investigationId, action: 'import',
      after: { reference: archive.investigation.reference, exportedAt: archive.exportedAt, formatVersion: archive.formatVersion, idsKept, accountsCreated, counts },
    });
    recordAudit(tx, actor, { investigationId, entity: 'membership', entityId: membership.id, action: 'create', after: membership });
    return { investigationId, reference: archive.investigation.reference, idsKept, accountsCreated, counts };
  });
}
