import { describe, expect, it } from 'vitest';
import { findLanguageIssues } from '../../schema/lexicon';
import { seedDemoFindings } from '../../server/demo/demoFindings';
import { seedDemo, type DemoIds } from '../../server/demo/seedDemo';
import { listFindings } from '../../server/services/findings';
import { listRecommendations } from '../../server/services/recommendations';
import { listResponses } from '../../server/services/recommendationResponses';
import { safetyActionService } from '../../server/services/safetyActions';
import { redactorFor } from '../../server/services/redaction';
import { agencies } from '../../schema/tables';
import { eq } from 'drizzle-orm';
import { buildTestApp, buildUser } from '../helpers/app';
import { buildFactor } from '../helpers/findingFactories';

const demoFactorKeys = ['caseload', 'supervision', 'sw_judgement', 'info_sharing_systems', 'recording_system', 'hv_commissioning', 'hv_capacity', 'nursery_referral'];

/** The demo investigation with the analysis step's factor keys filled, then the findings step run on the real clock's shape. */
async function seeded(now: Date) {
  const { db } = buildTestApp();
  const lead = await buildUser(db);
  const { investigationId } = await seedDemo(db, lead.id, now);
  const ids: DemoIds = { investigationId, agencies: {}, people: {}, events: {}, factors: {}, findings: {} };
  for (const a of db.select().from(agencies).where(eq(agencies.investigationId, investigationId)).all()) {
    const key = { "Northbridge Children's Social Care": 'csc', 'Northbridge Health Visiting Service': 'hv', 'Northbridge Early Years and Education': 'school' }[a.name];
    if (key) ids.agencies[key] = a.id;
  }
  const existing = listFindings(db, investigationId).length;
  for (const key of demoFactorKeys) ids.factors[key] ??= buildFactor(db, investigationId, { statement: `Demo factor ${key}` }).id;
  if (existing === 0) seedDemoFindings(db, ids, lead.id, now);
  return { db, investigationId, ids };
}

describe('the demo findings step', () => {
  it('seeds findings on the demo factors, issued recommendations with one answered and one overdue, a draft and a safety action', async () => {
    const now = new Date('2026-11-26T10:00:00Z');
    const { db, investigationId, ids } = await seeded(now);
    const findings = listFindings(db, investigationId);
    expect(findings.map((f) => f.type)).toEqual(['contributing_factor', 'contributing_factor', 'other_safety_factor', 'other_key_finding']);
    expect(findings.every((f) => f.factorIds.length > 0)).toBe(true);
    expect(Object.keys(ids.findings)).toHaveLength(4);
    const recs = listRecommendations(db, investigationId, now);
    expect(recs.map((r) => [r.status, r.assessment, r.overdue])).toEqual([
      ['open', 'awaiting_response', true],
      ['open', 'partially_adequate', false],
      ['open', 'awaiting_response', false],
      ['draft', 'awaiting_response', false],
    ]);
    expect(recs.filter((r) => r.identifier).map((r) => r.identifier!.slice(0, 4))).toEqual(['2026', '2026', '2026']);
    expect(recs.map((r) => r.addresseeAgencyId === null)).toEqual([false, false, true, true]);
    expect(listResponses(db, recs[1]!.id)).toHaveLength(1);
    expect(safetyActionService.list(db, investigationId)).toHaveLength(1);
  });

  it('words findings and recommendations without blame or hindsight and without any registered name', async () => {
    const { db, investigationId } = await seeded(new Date('2026-11-26T10:00:00Z'));
    const redactor = redactorFor(db, investigationId);
    const texts = [
      ...listFindings(db, investigationId).flatMap((f) => [f.statement, f.inThisCase, f.notUnique, f.whyItMatters, ...f.boardQuestions]),
      ...listRecommendations(db, investigationId, new Date()).flatMap((r) => [r.text, r.intendedOutcome, r.measure]),
    ];
    expect(texts.flatMap((t) => findLanguageIssues(t).map((m) => m.phrase))).toEqual([]);
    expect(texts.filter((t) => redactor.replace(t) !== t)).toEqual([]);
  });
});
