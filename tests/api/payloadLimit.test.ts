import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/db/open';
import { createApp } from '../../server/app';
import { FIXED_NOW, buildInvestigationWithRoles, buildTestApp, buildUser, login } from '../helpers/app';

describe('a request body over the limit', () => {
  it('responds 413 naming the size of the body and the limit', async () => {
    const { app, db } = buildTestApp();
    const { clients, investigationId } = await buildInvestigationWithRoles(app, db);
    const res = await clients.lead.patch(`/api/investigations/${investigationId}`, { version: 1, summary: 'x'.repeat(1_200_000) });
    expect(res.status).toBe(413);
    expect(res.body.error).toEqual({ code: 'payload_too_large', message: "body: the request body (1.1 MB) is larger than this installation's limit of 1 MB" });
  });

  it('names the upload limit for a file sent to an upload route', async () => {
    const db = openDatabase(':memory:');
    const app = createApp({ db, now: () => FIXED_NOW, loginLimit: 1000, uploadLimit: '10kb' });
    const user = await buildUser(db);
    const client = await login(app, user.email);
    const res = await client.post('/api/archives').set('Content-Type', 'application/vnd.sightline.archive+json').send('x'.repeat(20 * 1024));
    expect(res.status).toBe(413);
    expect(res.body.error.message).toBe("body: the request body (20 KB) is larger than this installation's limit of 10 KB");
  });
});
