import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { investigations } from '../../schema/tables';
import { buildPublishableWorld, buildSignedOffSnapshot, publicationBody } from '../helpers/publicationWorld';

describe('POST /api/investigations/:id/publication: the library title', () => {
  it('reads "Learning review report: Child A …", not "Learning review report: Learning review: Child A …", in the library', async () => {
    const w = await buildPublishableWorld();
    w.db.update(investigations).set({ title: 'Learning review: Child A and the duty team' }).where(eq(investigations.id, w.investigationId)).run();
    const snapshotId = buildSignedOffSnapshot(w.db, w.investigationId, w.clients.lead.userId, 'Panel meeting 4');
    const res = await w.clients.lead.post(`/api/investigations/${w.investigationId}/publication`, publicationBody(snapshotId));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.data.title).toBe('Learning review report: Child A and the duty team');
    const library = await w.clients.outsider.get('/api/library').expect(200);
    expect(library.body.data.map((e: { title: string }) => e.title)).toEqual(['Learning review report: Child A and the duty team']);
  }, 60_000);
});
