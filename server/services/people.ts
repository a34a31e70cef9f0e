import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import type { Conn, Db } from '../db/open';
import { people } from '../../schema/tables';
import type { Person, PersonCreateInput, PersonUpdateInput } from '../../schema/contracts/registry';
import type { PersonKind } from '../../schema/contracts/enums';
import { unprocessable } from '../http/errors';
import { recordAudit } from './audit';
import type { Actor } from './actor';
import { assertAgencyIn } from './agencies';
import { suggestPseudonym } from './pseudonyms';
import { registryClash, type ClashEntry } from './registryClash';
import { assertVersion, definedOnly, loadScoped, updateVersioned } from './versioned';

type PersonRow = typeof people.$inferSelect;

/** A registry entry; real-identity fields are withheld unless the caller may see identities. */
export function presentPerson(row: PersonRow, withIdentity: boolean): Person {
  return {
    id: row.id, kind: row.kind as PersonKind, pseudonym: row.pseudonym, roleCode: row.roleCode,
    relationship: row.relationship, agencyId: row.agencyId, jobTitle: row.jobTitle,
    realName: withIdentity ? row.realName : null,
    aliases: withIdentity ? row.aliases : null,
    dateOfBirth: withIdentity ? row.dateOfBirth : null,
    identifiers: withIdentity ? row.identifiers : null,
    displayName: withIdentity ? `${row.realName} (${row.pseudonym})` : row.pseudonym,
    version: row.version,
  };
}

/** Every registry row of an investigation. */
export function listPeopleRows(db: Conn, investigationId: string): PersonRow[] {
  return db.select().from(people).where(eq(people.investigationId, investigationId)).orderBy(asc(people.pseudonym)).all();
}

function taken(db: Conn, investigationId: string, exceptId?: string) {
  const rows = listPeopleRows(db, investigationId).filter((r) => r.id !== exceptId);
  return {
    pseudonyms: new Set(rows.map((r) => r.pseudonym.toLowerCase())),
    roleCodes: new Set(rows.flatMap((r) => (r.roleCode ? [r.roleCode.toLowerCase()] : []))),
  };
}

/** Suggests a free pseudonym and role code. */
export function suggestFor(db: Conn, investigationId: string, kind: PersonKind, relationship = '', jobTitle = '') {
  return suggestPseudonym(kind, relationship, jobTitle, taken(db, investigationId));
}

function assertUnique(db: Conn, investigationId: string, values: { pseudonym?: string; roleCode?: string | null }, exceptId?: string) {
  const t = taken(db, investigationId, exceptId);
  if (values.pseudonym && t.pseudonyms.has(values.pseudonym.toLowerCase())) throw unprocessable(`pseudonym: "${values.pseudonym}" is already used in this investigation`);
  if (values.roleCode && t.roleCodes.has(values.roleCode.toLowerCase())) throw unprocessable(`roleCode: "${values.roleCode}" is already used in this investigation`);
}

/** Refuses an entry whose pseudonym or role code holds a registered name, or whose names are in another entry's. */
function assertNoClash(db: Conn, investigationId: string, entry: ClashEntry, exceptId?: string): void {
  const message = registryClash(entry, listPeopleRows(db, investigationId).filter((r) => r.id !== exceptId));
  if (message) throw unprocessable(message);
}

/** Registers a person, suggesting a pseudonym and role code when not given. */
export function createPerson(db: Db, actor: Actor, investigationId: string, input: PersonCreateInput): Person {
  return db.transaction((tx) => {
    assertAgencyIn(tx, investigationId, input.agencyId);
    const suggestion = suggestFor(tx, investigationId, input.kind, input.relationship, input.jobTitle);
    const pseudonym = input.pseudonym ?? suggestion.pseudonym;
    const roleCode = input.roleCode !== undefined ? input.roleCode : suggestion.roleCode;
    assertUnique(tx, investigationId, { pseudonym, roleCode });
    assertNoClash(tx, investigationId, { ...input, pseudonym, roleCode });
    const row = tx.insert(people).values({
      id: randomUUID(), investigationId, ...input, pseudonym, roleCode, createdAt: actor.at, updatedAt: actor.at,
    }).returning().get();
    recordAudit(tx, actor, { investigationId, entity: 'person', entityId: row.id, action: 'create', after: row });
    return presentPerson(row, true);
  });
}

/** Updates a registry entry. */
export function updatePerson(db: Db, actor: Actor, investigationId: string, id: string, input: PersonUpdateInput): Person {
  return db.transaction((tx) => {
    const before = loadScoped<PersonRow>(tx, people, id, investigationId, 'person');
    const { version, ...fields } = input;
    assertVersion(before, version, 'person');
    assertAgencyIn(tx, investigationId, fields.agencyId);
    assertUnique(tx, investigationId, fields, id);
    assertNoClash(tx, investigationId, { ...before, ...definedOnly(fields) }, id);
    const after = updateVersioned<PersonRow>(tx, people, before, version, definedOnly(fields), actor.at, 'person');
    recordAudit(tx, actor, { investigationId, entity: 'person', entityId: id, action: 'update', before, after });
    return presentPerson(after, true);
  });
}

/** Removes a registry entry. */
export function deletePerson(db: Db, actor: Actor, investigationId: string, id: string, version: number): void {
  db.transaction((tx) => {
    const before = loadScoped<PersonRow>(tx, people, id, investigationId, 'person');
    assertVersion(before, version, 'person');
    tx.delete(people).where(and(eq(people.id, id), eq(people.investigationId, investigationId))).run();
    recordAudit(tx, actor, { investigationId, entity: 'person', entityId: id, action: 'delete', before });
  });
}
