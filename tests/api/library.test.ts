import { beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import type { Express } from 'express';
import { buildTestApp, buildUser } from '../helpers/app';
import { buildPublishedReview, type ReviewSpec } from '../helpers/libraryFixtures';
import { binary } from '../helpers/pdfTools';
import { createInvestigation } from '../../server/services/investigations';
import { actorOf } from '../../server/services/actor';
import { FIXED_NOW } from '../helpers/app';

const workload = { category: 'workload', categoryLabel: 'Workload, caseloads, staffing and turnover' };
const comms = { category: 'communication', categoryLabel: 'Communication and information sharing' };
const SPECS: ReviewSpec[] = [
  { reference: 'LIB-001', title: 'Caseload pressure in the duty team', summary: 'Caseloads delayed visits.', year: 2024,
    factors: [{ level: 'organisational', ...workload, statement: 'Caseloads were above the agreed level.' }, { level: 'team', ...comms, statement: 'Handovers were verbal.' }],
    addressees: ["Northbridge Children's Social Care", 'Northbridge Police'] },
  { reference: 'LIB-002', title: 'Information sharing after a house move', summary: 'A move was not shared with health visiting.', year: 2025,
    factors: [{ level: 'systemic', ...comms, statement: 'No agency was told of the move; caseloads were normal.' }], addressees: ['Northbridge Health Visiting Service'] },
  { reference: 'LIB-003', title: 'Superseded and republished review', summary: 'Republished after consultation.', year: 2025,
    factors: [{ level: 'team', ...workload, statement: 'Supervision was monthly.' }] },
  { reference: 'LIB-004', title: 'Withdrawn review about caseloads', summary: 'Withdrawn.', year: 2024,
    factors: [{ level: 'organisational', ...workload, statement: 'Caseloads were high.' }], withdrawn: true },
];

let app: Express;
let slugs: string[];
beforeAll(async () => {
  const built = buildTestApp();
  app = built.app;
  const user = await buildUser(built.db);
  slugs = SPECS.map((spec, i) => buildPublishedReview(built.db, user.id, spec, i === 2 ? 2 : 1).slug);
  createInvestigation(built.db, { ...actorOf(user.id, FIXED_NOW), userId: user.id }, {
    reference: 'UNPUBLISHED-9', title: 'Unpublished caseloads review', status: 'analysis', incidentDate: null, termsOfReference: [], scopeStart: null, scopeEnd: null,
    methodology: '', commissioningBody: '', parallelProcesses: [], summary: 'Caseloads unpublished secret', outcome: '', publishingArea: 'Anonymous',
  });
});

const get = (url: string) => request(app).get(url);

describe('GET /api/library', () => {
  it('lists the current version of each published review, without login, and nothing withdrawn or unpublished', async () => {
    const res = await get('/api/library');
    expect(res.status).toBe(200);
    expect(res.body.data.map((e: { slug: string }) => e.slug).sort()).toEqual([slugs[0], slugs[1], slugs[2]].sort());
    const republished = res.body.data.find((e: { slug: string }) => e.slug === slugs[2]);
    expect(republished).toMatchObject({ publicationVersion: 2, title: 'Superseded and republished review', year: 2025, area: 'Northbridge', themes: [workload.categoryLabel] });
    expect(JSON.stringify(res.body)).not.toMatch(/Unpublished caseloads|Withdrawn review|superseded draft/);
  });
});

describe('GET /api/library/:slug and /report.pdf', () => {
  it('returns the published report model and the stored PDF of a current review', async () => {
    const res = await get(`/api/library/${slugs[0]}`);
    expect(res.status).toBe(200);
    expect(res.body.data.report.factors.map((f: { statement: string }) => f.statement)).toEqual(['Caseloads were above the agreed level.', 'Handovers were verbal.']);
    expect(JSON.stringify(res.body.data)).not.toMatch(/Thornbury|Zoë|Łukasz/);
    const pdf = await binary(get(`/api/library/${slugs[0]}/report.pdf`));
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.body.toString()).toBe(`%PDF-1.7 fixture ${slugs[0]} v1`);
  });

  it('responds 404 for a withdrawn review, an unpublished investigation and an unknown slug, on both routes', async () => {
    for (const slug of [slugs[3], 'unpublished-9-2026', 'no-such-review']) {
      expect((await get(`/api/library/${slug}`)).status).toBe(404);
      expect((await get(`/api/library/${slug}/report.pdf`)).status).toBe(404);
    }
  });
});

describe('GET /api/library/search', () => {
  it('ranks a review whose title matches above one that mentions the word only in its text, with highlighted snippets', async () => {
    const res = await get('/api/library/search?q=caseloads');
    expect(res.status).toBe(200);
    const found = res.body.data.map((h: { slug: string }) => h.slug);
    expect(found[0]).toBe(slugs[0]);
    expect(found).toContain(slugs[1]);
    expect(found).not.toContain(slugs[3]);
    for (const hit of res.body.data) expect(hit.snippet.some((p: { text: string; match: boolean }) => p.match && /caseload/i.test(p.text))).toBe(true);
    expect(res.body.data[0].rank).toBeLessThan(res.body.data[1].rank);
  });

  it('filters by year, factor level and category', async () => {
    const slugsOf = async (q: string) => (await get(`/api/library/search?${q}`)).body.data.map((h: { slug: string }) => h.slug).sort();
    expect(await slugsOf('q=caseloads&year=2024')).toEqual([slugs[0]]);
    expect(await slugsOf('q=move')).toEqual([slugs[1]]);
    expect(await slugsOf('q=move&category=workload')).toEqual([]);
    expect(await slugsOf('level=systemic')).toEqual([slugs[1]]);
    expect(await slugsOf('category=workload')).toEqual([slugs[0], slugs[2]].sort());
    expect(await slugsOf('q=caseloads&category=workload')).toEqual([slugs[0], slugs[2]].sort());
  });

  it('never finds unpublished, withdrawn or superseded text', async () => {
    for (const q of ['secret', 'Withdrawn', '"superseded draft"']) expect((await get(`/api/library/search?q=${encodeURIComponent(q)}`)).body.data).toEqual([]);
  });

  it('reads punctuation, column-like words, unclosed phrases and dangling operators as words to search for', async () => {
    for (const q of ['(duty team)', 'caseloads-delayed', 'caseloads: visits', '"caseload pressure', 'caseloads AND', 'Caseload*']) {
      const res = await get(`/api/library/search?q=${encodeURIComponent(q)}`);
      expect(res.status, q).toBe(200);
      expect(res.body.data.map((h: { slug: string }) => h.slug), q).toContain(slugs[0]);
    }
  });

  it('responds 400 validation_error naming q for a search with no word or a NOT with nothing before it', async () => {
    for (const q of ['(', '*', '" "', 'NOT caseloads']) {
      const res = await get(`/api/library/search?q=${encodeURIComponent(q)}`);
      expect(res.status, q).toBe(400);
      expect(res.body.error.code).toBe('validation_error');
      expect(res.body.error.message).toMatch(/^q: /);
    }
  });

  it('responds 400 naming the field for a bad level or year', async () => {
    expect((await get('/api/library/search?level=global')).body.error.message).toMatch(/level/);
    expect((await get('/api/library/search?year=soon')).status).toBe(400);
  });
});

describe('GET /api/library/themes', () => {
  it('counts factor categories, levels and recommendation themes over current reviews only', async () => {
    const res = await get('/api/library/themes');
    expect(res.status).toBe(200);
    const t = res.body.data;
    expect(t.reviews).toBe(3);
    expect(t.factorCategories).toEqual([
      { key: 'communication', label: comms.categoryLabel, reviews: 2, items: 2 },
      { key: 'workload', label: workload.categoryLabel, reviews: 2, items: 2 },
    ]);
    expect(t.factorLevels.map((l: { key: string; reviews: number }) => [l.key, l.reviews])).toEqual([['team', 2], ['organisational', 1], ['systemic', 1]]);
    expect(t.recommendationsByAddresseeKind.map((l: { key: string; items: number }) => [l.key, l.items]))
      .toEqual([['childrens_social_care', 2], ['health', 1], ['police', 1]]);
    expect(t.recommendationsByFindingCategory.map((l: { key: string; reviews: number }) => [l.key, l.reviews])).toEqual([['communication', 2], ['workload', 2]]);
  });
});

describe('GET /api/library/dataset.json and dataset.csv', () => {
  it('codes one row per published factor, finding and recommendation of current reviews', async () => {
    const res = await get('/api/library/dataset.json');
    expect(res.status).toBe(200);
    expect(res.body.data.factors.map((f: { review: string; level: string; category: string }) => [f.review, f.level, f.category])).toEqual([
      [slugs[0], 'organisational', 'workload'], [slugs[0], 'team', 'communication'], [slugs[1], 'systemic', 'communication'], [slugs[2], 'team', 'workload'],
    ]);
    expect(res.body.data.findings).toHaveLength(3);
    expect(res.body.data.recommendations).toHaveLength(4);
    const csv = await get('/api/library/dataset.csv');
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const lines = csv.text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('record,review,year,ref,level,category,influence,confidence,type,addressee,addressee_kind,refs,text');
    expect(lines).toHaveLength(1 + 4 + 3 + 4);
    expect(csv.text).not.toMatch(/Withdrawn|Unpublished/);
  });
});
