import { describe, expect, it } from 'vitest';
import { buildInvestigationWithRoles, buildTestApp, buildUser, FIXED_NOW } from '../helpers/app';
import { buildEvent, setStage } from '../helpers/analysisFactories';
import { demoFactors, demoLinks, seedDemoAnalysis } from '../../server/demo/demoAnalysis';
import { seedDemo, type DemoIds } from '../../server/demo/seedDemo';
import { getAnalysisGraph } from '../../server/services/analysisGraph';
import { getCheckReport } from '../../server/services/analysisChecks';
import { findLanguageIssues } from '../../schema/lexicon';

const eventKeys = ['referral', 'strategy_csc', 'strategy_police', 'hv_visit_not_done', 'nursery_bruise', 'case_closed', 'incident'];

async function seeded() {
  const { app, db } = buildTestApp();
  const { investigationId, clients } = await buildInvestigationWithRoles(app, db);
  setStage(db, investigationId, 'analysis');
  const ids: DemoIds = { investigationId, agencies: {}, people: {}, events: {}, factors: {}, findings: {} };
  eventKeys.forEach((key, i) => { ids.events[key] = buildEvent(db, investigationId, { description: `Demo ${key}`, day: `2023-0${i + 3}-01` }).id; });
  seedDemoAnalysis(db, ids, clients.lead.userId, FIXED_NOW);
  return { db, ids, clients, base: `/api/investigations/${investigationId}` };
}

describe('demo analysis step', () => {
  it('uses neutral wording throughout (no lexicon matches)', () => {
    const texts = [...demoFactors.flatMap((f) => [f.statement, f.description]), ...demoLinks.map((l) => l.rationale)];
    expect(texts.filter((t) => findLanguageIssues(t).length > 0)).toEqual([]);
  });

  it('fills ids.factors and builds a tree that reaches the systemic level, with supporting factors', async () => {
    const { ids, clients, base } = await seeded();
    expect(Object.keys(ids.factors)).toEqual(expect.arrayContaining(
      ['caseload', 'supervision', 'info_sharing_systems', 'hv_commissioning', 'sw_judgement', 'nursery_referral'],
    ));
    const graph = (await clients.lead.get(`${base}/analysis/graph`).expect(200)).body.data;
    const levels = new Set(graph.nodes.filter((n: { kind: string }) => n.kind === 'factor').map((n: { level: string }) => n.level));
    expect([...levels].sort()).toEqual(['individual', 'organisational', 'systemic', 'team']);
    expect(graph.nodes.some((n: { influence?: string }) => n.influence === 'supported')).toBe(true);
    expect(graph.edges).toHaveLength(demoLinks.length);
    const fromOutcome = graph.whyChains.filter((c: { rootId: string }) => c.rootId === 'outcome');
    expect(fromOutcome.map((c: { deepestLevel: string }) => c.deepestLevel)).toContain('systemic');
    expect(fromOutcome.map((c: { deepestFactorId: string }) => c.deepestFactorId)).toContain(ids.factors.hv_rebook);
  });

  it('leaves check results to show: the caseload factor awaits evidence and one chain stops at an individual factor', async () => {
    const { ids, clients, base } = await seeded();
    const results = (await clients.lead.get(`${base}/analysis/checks`).expect(200)).body.data.results as { ruleId: string; key: string }[];
    const keys = results.map((r) => `${r.ruleId} ${r.key}`);
    expect(keys).toContain(`factor-without-evidence factor:${ids.factors.caseload}`);
    expect(keys).toContain(`chain-ends-individual factor:${ids.factors.hv_rebook}`);
    expect(results.filter((r) => r.ruleId === 'blame-language' || r.ruleId === 'no-organisational-factor')).toEqual([]);
  });

  it('runs after the chronology step when the whole demo is seeded, with neutral analysis text and check results to show', async () => {
    const { db } = buildTestApp();
    const lead = await buildUser(db);
    const { investigationId } = await seedDemo(db, lead.id, FIXED_NOW);
    const graph = getAnalysisGraph(db, investigationId);
    expect(graph.nodes.filter((n) => n.kind === 'factor').length).toBeGreaterThanOrEqual(demoFactors.length);
    expect(graph.whyChains.some((c) => c.rootId === 'outcome' && c.deepestLevel === 'systemic')).toBe(true);
    const ruleIds = new Set(getCheckReport(db, investigationId).results.map((r) => r.ruleId));
    expect(ruleIds.has('chain-ends-individual')).toBe(true);
    expect(ruleIds.has('blame-language')).toBe(false);
  });

  it('says which demo event is missing when the chronology step has not run', async () => {
    const { app, db } = buildTestApp();
    const { investigationId, clients } = await buildInvestigationWithRoles(app, db);
    const ids: DemoIds = { investigationId, agencies: {}, people: {}, events: {}, factors: {}, findings: {} };
    expect(() => seedDemoAnalysis(db, ids, clients.lead.userId, FIXED_NOW))
      .toThrow('demo analysis: no demo event "nursery_bruise" (the chronology step must run first)');
  });
});
