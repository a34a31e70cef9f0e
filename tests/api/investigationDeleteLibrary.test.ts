import { describe, expect, it } from 'vitest';
import request from 'supertest';
import { eq } from 'drizzle-orm';
import { buildTestApp, buildUser, login, FIXED_NOW } from '../helpers/app';
import { buildPublishedReview, type ReviewSpec } from '../helpers/libraryFixtures';
import { publications } from '../../schema/tables';

const spec: ReviewSpec = {
  reference: 'LIB-DEL', title: 'Caseloads in the duty team', summary: 'Caseloads delayed visits.', year: 2025,
  factors: [{ level: 'organisational', category: 'workload', categoryLabel: 'Workload, caseloads, staffing and turnover', statement: 'Caseloads were high.' }],
};

async function published(versions = 1) {
  const { app, db } = buildTestApp();
  const user = await buildUser(db);
  const review = buildPublishedReview(db, user.id, spec, versions);
  return { app, db, review, lead: await login(app, user.email), url: `/api/investigations/${review.investigationId}` };
}

describe('DELETE /api/investigations/:id with a published review', () => {
  it('responds 422 naming the library entry while the review is public, and the library keeps it', async () => {
    const { app, lead, url, review } = await published(2);
    const res = await lead.delete(`${url}?version=1`);
    expect(res.status).toBe(422);
    expect(res.body.error.message).toBe(`investigation: its review is in the public learning library (${review.slug}); withdraw it, with the reason, from the publication screen before deleting the investigation`);
    expect((await request(app).get(`/api/library/${review.slug}`)).status).toBe(200);
    await lead.get(url).expect(200);
  });

  it('deletes the investigation once its review has been withdrawn', async () => {
    const { db, lead, url, review } = await published();
    db.update(publications).set({ withdrawnAt: FIXED_NOW.toISOString(), withdrawnReason: 'At the family\'s request.' }).where(eq(publications.id, review.publicationId)).run();
    await lead.delete(`${url}?version=1`).expect(204);
    await lead.get(url).expect(404);
  });
});
