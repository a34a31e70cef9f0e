import { beforeAll, describe, expect, it } from 'vitest';
import { gunzipSync, gzipSync } from 'node:zlib';
import request, { type Response } from 'supertest';
import { openDatabase } from '../../server/db/open';
import { createApp } from '../../server/app';
import { FIXED_NOW, buildTestApp, buildUser, login, type Client } from '../helpers/app';
import { buildArchiveWorld } from '../helpers/archiveWorld';
import { databaseChecksum } from '../helpers/dbChecksum';
import { ARCHIVE_MEDIA_TYPE } from '../../server/archive/format';

type Json = Record<string, any>;

let world: Awaited<ReturnType<typeof buildArchiveWorld>>;
let plain: string;
let packed: Buffer;
let disposition: string;
let contentType: string;

/** Reads a response body as bytes, whatever its type. */
const bytes = (res: Response, callback: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
};

/** Sends a Buffer as it is (superagent would write it as JSON for a +json type). */
const asBytes = (body: unknown) => body as string;

async function freshInstallation(options: { archiveMaxMb?: number } = {}) {
  const db = openDatabase(':memory:');
  const app = createApp({ db, now: () => FIXED_NOW, loginLimit: 1000, ...options });
  const importer = await buildUser(db, { name: 'Importing Lead' });
  return { db, app, client: await login(app, importer.email) };
}

const sendGzip = (client: Client, body: Buffer, query = '') =>
  client.post(`/api/archives${query}`).set('Content-Type', 'application/gzip').send(body);

const withoutExportedAt = (text: string) => ({ ...JSON.parse(text), exportedAt: null }) as Json;

beforeAll(async () => {
  const source = buildTestApp();
  world = await buildArchiveWorld(source.app, source.db);
  const base = `/api/investigations/${world.investigationId}/archive`;
  plain = (await world.lead.get(base).expect(200)).text;
  const res = await world.lead.get(`${base}?compress=gzip`).buffer(true).parse(bytes).expect(200);
  packed = res.body as Buffer;
  disposition = String(res.headers['content-disposition']);
  contentType = String(res.headers['content-type']);
});

describe('GET /api/investigations/:id/archive?compress=gzip', () => {
  it('downloads the same archive gzip-compressed as a .json.gz file', () => {
    const reference = JSON.parse(plain).investigation.reference;
    expect(contentType).toBe('application/gzip');
    expect(disposition).toBe(`attachment; filename=${reference}.sightline-archive.json.gz`);
    expect(packed.length).toBeLessThan(plain.length / 3);
    expect(withoutExportedAt(gunzipSync(packed).toString('utf8'))).toEqual(withoutExportedAt(plain));
  });

  it('refuses another compression, naming the query field', async () => {
    const res = await world.lead.get(`/api/investigations/${world.investigationId}/archive?compress=zip`).expect(400);
    expect(res.body.error.message).toMatch(/^compress: must be gzip/);
  });
});

describe('POST /api/archives with a gzip body', () => {
  it('imports a .json.gz sent as application/gzip and exports again equal apart from exportedAt', async () => {
    const target = await freshInstallation();
    const res = await sendGzip(target.client, packed).expect(201);
    expect(res.body.data).toMatchObject({ investigationId: JSON.parse(plain).investigation.id, idsKept: true });
    const again = await target.client.get(`/api/investigations/${res.body.data.investigationId}/archive`).expect(200);
    expect(withoutExportedAt(again.text)).toEqual(withoutExportedAt(plain));
  });

  it('imports an archive sent with Content-Encoding: gzip', async () => {
    const target = await freshInstallation();
    await target.client.post('/api/archives').set('Content-Type', ARCHIVE_MEDIA_TYPE).set('Content-Encoding', 'gzip')
      .serialize(asBytes).send(packed).expect(201);
  });

  it('responds 413 naming the unpacked size and the limit when the archive unpacks beyond SIGHTLINE_ARCHIVE_MAX_MB, changing nothing', async () => {
    const target = await freshInstallation({ archiveMaxMb: 1 });
    const padded = gzipSync(Buffer.from(`${plain}${' '.repeat(2 * 1024 * 1024)}`));
    const before = databaseChecksum(target.db.$client);
    const res = await sendGzip(target.client, padded).expect(413);
    expect(res.body.error.code).toBe('payload_too_large');
    expect(res.body.error.message).toMatch(/^body: the gzip-compressed body unpacks to 2\.\d MB, larger than this installation's limit of 1 MB/);
    expect(res.body.error.message).toContain('SIGHTLINE_ARCHIVE_MAX_MB');
    expect(databaseChecksum(target.db.$client)).toBe(before);
    await sendGzip(target.client, packed).expect(201);
  });

  it('refuses a corrupt or cut-short gzip body with 400 naming the body, changing nothing', async () => {
    const target = await freshInstallation();
    const before = databaseChecksum(target.db.$client);
    const corrupt = Buffer.from(packed);
    corrupt.fill(0x55, 20, 60);
    for (const body of [packed.subarray(0, packed.length / 2), corrupt, Buffer.from('{"format":"sightline-archive"}'), Buffer.alloc(0)]) {
      const res = await sendGzip(target.client, body).expect(400);
      expect(res.body.error.message).toMatch(/^body: /);
    }
    expect(databaseChecksum(target.db.$client)).toBe(before);
  });

  it('says the file is gzip-compressed when a .json.gz is sent as a plain archive', async () => {
    const target = await freshInstallation();
    const res = await target.client.post('/api/archives').set('Content-Type', ARCHIVE_MEDIA_TYPE).serialize(asBytes).send(packed)
      .expect(400);
    expect(res.body.error.message).toBe('body: the archive is gzip-compressed; send it with Content-Type: application/gzip');
  });

  it('still requires a session for a gzip body (401 before anything is unpacked)', async () => {
    const target = await freshInstallation();
    await request(target.app).post('/api/archives').set('Content-Type', 'application/gzip').send(packed).expect(401);
  });
});
