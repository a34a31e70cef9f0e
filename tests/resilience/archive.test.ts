import { beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { eq } from 'drizzle-orm';
import { buildTestApp, buildUser, login, type Client } from '../helpers/app';
import { buildArchiveWorld } from '../helpers/archiveWorld';
import { databaseChecksum, tableNames } from '../helpers/dbChecksum';
import { users } from '../../schema/tables';
import { ARCHIVE_MEDIA_TYPE, archivedLists } from '../../server/archive/format';

type Json = Record<string, any>;

let source: ReturnType<typeof buildTestApp>;
let world: Awaited<ReturnType<typeof buildArchiveWorld>>;
let archive: Json;
let disposition: string;

/** Posts an archive as its media type (the way large files are sent). */
const upload = (client: Client, body: unknown, query = '') =>
  client.post(`/api/archives${query}`).set('Content-Type', ARCHIVE_MEDIA_TYPE).send(typeof body === 'string' ? body : JSON.stringify(body));

async function freshInstallation() {
  const target = buildTestApp();
  const importer = await buildUser(target.db, { name: 'Importing Lead' });
  return { ...target, importer, client: await login(target.app, importer.email) };
}

beforeAll(async () => {
  source = buildTestApp();
  world = await buildArchiveWorld(source.app, source.db);
  const res = await world.lead.get(`/api/investigations/${world.investigationId}/archive`).expect(200);
  archive = JSON.parse(res.text);
  disposition = String(res.headers['content-disposition']);
});

describe('GET /api/investigations/:id/archive', () => {
  it('serves the whole investigation as a versioned JSON file named after its reference, with every kind of content', () => {
    expect(archive).toMatchObject({ format: 'sightline-archive', formatVersion: 1, exportedFrom: 'Sightline' });
    expect(disposition).toBe(`attachment; filename=${archive.investigation.reference}.sightline-archive.json`);
    for (const list of archivedLists) expect(archive.investigation[list].length, list).toBeGreaterThan(0);
    expect(archive.accounts.map((a: Json) => a.name)).toEqual(expect.arrayContaining(['Archive Lead', 'Archive Panel']));
    expect(JSON.stringify(archive.accounts)).not.toMatch(/@|scrypt/);
  });

  it('holds real identities, so only the lead investigator may export it: 403 for the panel, 404 for outsiders', async () => {
    await world.panel.get(`/api/investigations/${world.investigationId}/archive`).expect(403);
    const outsider = await buildUser(source.db);
    await (await login(source.app, outsider.email)).get(`/api/investigations/${world.investigationId}/archive`).expect(404);
  });

  it('covers every table that belongs to an investigation, or the table is named as staying with the installation', () => {
    // The chronology change log is the installation's own bookkeeping for kept listings (ids only), not content.
    const stays = new Set(['memberships', 'reports', 'publications', 'chronology_changes']);
    const archived = new Set(['agencies', 'people', 'places', 'sources', 'episodes', 'import_batches', 'events', 'event_links', 'factors',
      'factor_links', 'check_acknowledgements', 'findings', 'recommendations', 'safety_actions', 'comments', 'review_decisions', 'snapshots']);
    const sqlite = source.db.$client;
    const owned = tableNames(sqlite).filter((name) =>
      (sqlite.prepare(`SELECT count(*) AS n FROM pragma_table_info('${name}') WHERE name = 'investigation_id'`).get() as { n: number }).n > 0);
    const unaccounted = owned.filter((name) => !stays.has(name) && !archived.has(name) && name !== 'audit_log');
    expect(unaccounted, 'a new table: add it to the archive (server/archive) or to the tables that stay with the installation').toEqual([]);
  });
});

describe('POST /api/archives', () => {
  it('imports into another installation and exports again equal to the original apart from exportedAt', async () => {
    const target = await freshInstallation();
    const res = await upload(target.client, archive).expect(201);
    expect(res.body.data).toMatchObject({ investigationId: archive.investigation.id, idsKept: true, accountsCreated: 2 });
    const again = await target.client.get(`/api/investigations/${res.body.data.investigationId}/archive`).expect(200);
    const reexported = JSON.parse(again.text);
    expect(reexported.exportedAt).not.toBeUndefined();
    expect({ ...reexported, exportedAt: null }).toEqual({ ...archive, exportedAt: null });
  });

  it('makes the importer lead investigator and keeps authors as disabled accounts that cannot log in', async () => {
    const target = await freshInstallation();
    const { body } = await upload(target.client, archive).expect(201);
    const inv = await target.client.get(`/api/investigations/${body.data.investigationId}`).expect(200);
    expect(inv.body.data.myRole).toBe('lead');
    const comments = await target.client.get(`/api/investigations/${body.data.investigationId}/comments`).expect(200);
    expect(JSON.stringify(comments.body.data)).toContain('Archive Panel');
    const author = target.db.select().from(users).where(eq(users.name, 'Archive Panel')).get()!;
    expect(author).toMatchObject({ disabled: true, isAdmin: false });
    await request(target.app).post('/api/session').send({ email: author.email, password: 'archived-account-without-password' }).expect(401);
  });

  it('accepts a small archive sent as application/json', async () => {
    const target = await freshInstallation();
    await target.client.post('/api/archives').send(archive).expect(201);
  });

  it('refuses a copy into the installation it came from while its reference is in use, naming the field, changing nothing', async () => {
    const before = databaseChecksum(source.db.$client);
    const res = await upload(world.lead, archive).expect(422);
    expect(res.body.error.message).toMatch(/^investigation\.reference: .*already exists.*\?reference=/);
    expect(databaseChecksum(source.db.$client)).toBe(before);
  });

  it('refuses a copy whose issued recommendation identifiers are in use here, naming each one, changing nothing', async () => {
    const issued = (archive.investigation.recommendations as Json[]).findIndex((r) => r.identifier);
    expect(issued).toBeGreaterThanOrEqual(0);
    const before = databaseChecksum(source.db.$client);
    const res = await upload(world.lead, archive, '?reference=COPY-1').expect(422);
    expect(res.body.error.message).toContain(`investigation.recommendations[${issued}].identifier: ${archive.investigation.recommendations[issued].identifier} is already used`);
    expect(databaseChecksum(source.db.$client)).toBe(before);
  });

  it('keeps an issued identifier when it is free in the installation', async () => {
    const target = await freshInstallation();
    const { body } = await upload(target.client, archive).expect(201);
    const recs = await target.client.get(`/api/investigations/${body.data.investigationId}/recommendations`).expect(200);
    const identifiers = (archive.investigation.recommendations as Json[]).map((r) => r.identifier).filter(Boolean).sort();
    expect(recs.body.data.map((r: Json) => r.identifier).filter(Boolean).sort()).toEqual(identifiers);
  });

  it('gives every row a new id when the archive\'s ids are taken, keeping references, links and intact snapshots', async () => {
    const copy = structuredClone(archive);
    for (const r of copy.investigation.recommendations) { r.identifier = null; r.status = 'draft'; r.issuedAt = null; r.responseDueAt = null; }
    const res = await upload(world.lead, copy, '?reference=COPY-2').expect(201);
    expect(res.body.data.idsKept).toBe(false);
    const newId = res.body.data.investigationId;
    expect(newId).not.toBe(archive.investigation.id);
    const exported = JSON.parse((await world.lead.get(`/api/investigations/${newId}/archive`).expect(200)).text);
    const oldIds = new Set([archive.investigation.id, ...archivedLists.flatMap((l) => archive.investigation[l].map((r: Json) => r.id))]);
    for (const l of archivedLists) {
      expect(exported.investigation[l].length, l).toBe(archive.investigation[l].length);
      for (const row of exported.investigation[l]) expect(oldIds.has(row.id), `${l} ${row.id}`).toBe(false);
    }
    expect(JSON.stringify(exported.investigation)).not.toContain(archive.investigation.events[0].id);
    const snapshot = exported.investigation.snapshots[0];
    const read = await world.lead.get(`/api/investigations/${newId}/snapshots/${snapshot.id}`).expect(200);
    expect(read.body.data.intact).toBe(true);
    const comments = await world.lead.get(`/api/investigations/${newId}/comments`).expect(200);
    expect(comments.body.data[0].replies).toHaveLength(1);
  });

  it('refuses an archive from a newer format version with a clear message, changing nothing', async () => {
    const target = await freshInstallation();
    const before = databaseChecksum(target.db.$client);
    const res = await upload(target.client, { ...archive, formatVersion: 2, somethingNew: [] }).expect(422);
    expect(res.body.error.message).toContain('formatVersion: the archive is in format version 2, newer than this installation reads (version 1)');
    expect(databaseChecksum(target.db.$client)).toBe(before);
  });

  it('refuses a file that is not a Sightline archive (422) or not JSON at all (400)', async () => {
    const target = await freshInstallation();
    expect((await upload(target.client, { format: 'something-else' }).expect(422)).body.error.message).toContain('format: must be "sightline-archive"');
    expect((await upload(target.client, '{"format": "sightline-archive", "formatVer').expect(400)).body.error.message).toContain('not valid JSON');
    await upload(target.client, '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]').expect(422);
  });

  it('names the path of every invalid value and dangling reference, importing nothing', async () => {
    const target = await freshInstallation();
    const bad = structuredClone(archive);
    bad.investigation.events[0].occurred = 'sometime in spring';
    bad.investigation.events[1].agencyId = '00000000-0000-4000-8000-000000000000';
    bad.investigation.factors[0].__proto__extra = true;
    const before = databaseChecksum(target.db.$client);
    const res = await upload(target.client, bad).expect(422);
    expect(res.body.error.message).toContain('investigation.events[0].occurred: must be an EDTF date');
    expect(res.body.error.message).toMatch(/investigation\.factors\[0\]: Unrecognized key/);
    expect(databaseChecksum(target.db.$client)).toBe(before);
    delete bad.investigation.factors[0].__proto__extra;
    bad.investigation.events[0].occurred = archive.investigation.events[0].occurred;
    const refs = await upload(target.client, bad).expect(422);
    expect(refs.body.error.message).toContain('investigation.events[1].agencyId: names no agency in the archive');
    expect(databaseChecksum(target.db.$client)).toBe(before);
  });

  it('refuses a snapshot whose content was altered after it was taken', async () => {
    const target = await freshInstallation();
    const bad = structuredClone(archive);
    bad.investigation.snapshots[0].content.investigation.title = 'Edited afterwards';
    const res = await upload(target.client, bad).expect(422);
    expect(res.body.error.message).toContain('investigation.snapshots[0].sha256: does not match the snapshot\'s content');
  });
});
