import { describe, expect, it } from 'vitest';
import { buildTestApp, buildInvestigationWithRoles } from '../helpers/app';
import { buildReviewFixture } from '../helpers/reviewFactories';

describe('GET /api/investigations/:id/events with limit and offset (cut in SQL since the load benchmark)', () => {
  it('answers every page exactly as the same slice of the whole list, with people, sources and links', async () => {
    const { app, db } = buildTestApp();
    const { investigationId, clients } = await buildInvestigationWithRoles(app, db);
    await buildReviewFixture(db, investigationId, clients.lead.userId);
    const base = `/api/investigations/${investigationId}/events`;
    const agency = (await clients.lead.get(`/api/investigations/${investigationId}/agencies`)).body.data[0].id;
    const csv = ['Date,Details,Source', ...Array.from({ length: 30 }, (_, i) => `${String(1 + (i % 28)).padStart(2, '0')}/0${1 + (i % 9)}/2023,Entry ${i},Record ${i % 3}`)].join('\n');
    await clients.lead.post(`/api/investigations/${investigationId}/chronology/import?agencyId=${agency}`).set('Content-Type', 'text/csv').send(csv).expect(200);
    const all = (await clients.lead.get(base).expect(200)).body.data;
    expect(all.length).toBe(32);
    expect(all.some((e: { links: unknown[] }) => e.links.length > 0)).toBe(true);
    for (const [limit, offset] of [[5, 0], [5, 5], [7, 28], [100, 0], [3, 40]] as const) {
      const page = (await clients.lead.get(`${base}?limit=${limit}&offset=${offset}`).expect(200)).body.data;
      expect(page, `limit ${limit} offset ${offset}`).toEqual(all.slice(offset, offset + limit));
    }
    const panelPage = (await clients.panel.get(`${base}?limit=2&offset=0`).expect(200)).body.data;
    const panelAll = (await clients.panel.get(base).expect(200)).body.data;
    expect(panelPage).toEqual(panelAll.slice(0, 2));
  });
});
