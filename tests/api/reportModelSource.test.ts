import { describe, expect, it } from 'vitest';
import { FIXED_NOW, buildTestApp, buildUser } from '../helpers/app';
import { seedReportInvestigation } from '../helpers/reportSeed';
import { createInvestigation } from '../../server/services/investigations';
import { readInvestigationContent } from '../../server/services/investigationContent';
import { updatePerson } from '../../server/services/people';
import { placeService } from '../../server/services/places';
import { actorOf } from '../../server/services/actor';
import { seedDemo } from '../../server/demo/seedDemo';
import { loadReportRows } from '../../server/reports/model/load';
import { buildModel, type ModelOptions } from '../../server/reports/model/build';
import { ReportContentSchema, reportRowsFromContent } from '../../server/reports/model/content';
import { currentRegistry, snapshotSource } from '../../server/reports/model/source';
import { modelFor } from '../../server/reports/prepare';
import type { Db } from '../../server/db/open';

const restricted: ModelOptions = { edition: 'restricted', stage: 'final', dateStyle: 'exact', generatedAt: FIXED_NOW };
const published: ModelOptions = { edition: 'published', stage: 'final', dateStyle: 'relative', generatedAt: FIXED_NOW };

async function seededWorld() {
  const { db } = buildTestApp();
  const user = await buildUser(db, { email: 'lead@example.test' });
  const inv = createInvestigation(db, { ...actorOf(user.id, FIXED_NOW), userId: user.id }, {
    reference: 'SRC-1', title: 'Source test', status: 'analysis', incidentDate: '2023-06-01', termsOfReference: [], scopeStart: null, scopeEnd: null,
    methodology: '', commissioningBody: '', parallelProcesses: [], summary: 'Zoë moved twice in a year.', outcome: 'Zoë was harmed.', publishingArea: 'Northbridge',
  });
  const seeded = seedReportInvestigation(db, inv.id, user.id);
  return { db, investigationId: inv.id, userId: user.id, seeded };
}

const contentOf = (db: Db, investigationId: string) => ReportContentSchema.parse(readInvestigationContent(db, investigationId));

describe('reportRowsFromContent', () => {
  it('builds the same model from an investigation\'s stored content as from its tables, in both editions', async () => {
    const { db, investigationId } = await seededWorld();
    const fromContent = reportRowsFromContent(contentOf(db, investigationId));
    const fromTables = loadReportRows(db, investigationId);
    expect(fromContent.whyChains).toEqual(fromTables.whyChains);
    expect(fromContent.whyChains.length).toBeGreaterThan(0);
    expect(buildModel(fromContent, restricted)).toEqual(buildModel(fromTables, restricted));
    expect(buildModel(fromContent, published)).toEqual(buildModel(fromTables, published));
  });

  it('builds the same model from the demo investigation\'s content as from its tables', async () => {
    const { db } = buildTestApp();
    const user = await buildUser(db, { email: 'demo-lead@example.test' });
    const { investigationId } = await seedDemo(db, user.id, FIXED_NOW);
    const fromTables = buildModel(loadReportRows(db, investigationId), restricted);
    expect(fromTables.chronology.length).toBeGreaterThan(20);
    expect(buildModel(reportRowsFromContent(contentOf(db, investigationId)), restricted)).toEqual(fromTables);
  });
});

describe('ReportContentSchema', () => {
  it('names the row and field of content that cannot be read as a report', () => {
    const bad = { formatVersion: 1, investigation: {}, agencies: [], people: [], places: [], sources: [], episodes: [], events: [{ id: 'x' }] };
    const result = ReportContentSchema.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.'))).toEqual(expect.arrayContaining(['investigation.id', 'events.0.id', 'factors']));
  });
});

describe('snapshotSource', () => {
  it('names people by their current pseudonym and still replaces a real name corrected in the registry since the snapshot', async () => {
    const { db, investigationId, userId } = await seededWorld();
    const content = contentOf(db, investigationId);
    const actor = actorOf(userId, FIXED_NOW);
    const child = currentRegistry(db, investigationId).people.find((p) => p.kind === 'child')!;
    updatePerson(db, actor, investigationId, child.id, { version: child.version, realName: 'Zoey Thornbery', aliases: [], pseudonym: 'Amber' });
    const nursery = currentRegistry(db, investigationId).places.find((p) => p.realName === 'Little Acorns Nursery')!;
    placeService.update(db, actor, investigationId, nursery.id, { version: nursery.version, replacement: 'the early years setting' });

    const source = snapshotSource(db, investigationId, content);
    expect(source.rows.people.find((p) => p.id === child.id)).toMatchObject({ realName: 'Zoë Thornbury', pseudonym: 'Amber' });
    const model = modelFor(db, investigationId, { ...published, dateStyle: 'month' }, source);
    const text = JSON.stringify({ ...model, glossary: [] });
    expect(model.investigation.childName).toBe('Amber');
    expect(model.investigation.summary).toBe('Amber moved twice in a year.');
    expect(text).not.toMatch(/Zoë|Zoe\b|\bZo\b|Child A/);
    expect(text).toContain('the early years setting');
    expect(text).not.toContain('Little Acorns');
  });
});
