import { describe, expect, it } from 'vitest';
import { buildInvestigationWithRoles, buildTestApp } from '../helpers/app';
import { buildDraft, buildFactor, buildFinding } from '../helpers/findingFactories';

describe('GET /api/investigations/:id/analysis/checks, for findings and recommendations', () => {
  it('raises a finding without factors, a recommendation without a finding, hindsight wording and an unaddressed system factor', async () => {
    const { app, db } = buildTestApp();
    const { investigationId, clients } = await buildInvestigationWithRoles(app, db);
    const addressed = buildFactor(db, investigationId, { statement: 'Supervision was monthly and case-focused' });
    const unaddressed = buildFactor(db, investigationId, { level: 'systemic', statement: 'Health visiting was commissioned for universal contacts only' });
    await buildFinding(clients.lead, investigationId, [addressed.id]);
    const bare = await buildFinding(clients.lead, investigationId, [], { statement: 'Records were not shared across systems' });
    const rec = await buildDraft(clients.lead, investigationId, [], { text: 'The service should have escalated the referral.' });
    const res = await clients.panel.get(`/api/investigations/${investigationId}/analysis/checks`).expect(200);
    const mine = (res.body.data.results as { ruleId: string; key: string }[])
      .filter((r) => ['finding-without-factors', 'recommendation-without-finding', 'system-factor-without-finding', 'findings-language'].includes(r.ruleId))
      .map((r) => `${r.ruleId} ${r.key}`);
    expect(mine).toEqual([
      `finding-without-factors finding:${bare.id}`,
      `recommendation-without-finding recommendation:${rec.id}`,
      `system-factor-without-finding factor:${unaddressed.id}`,
      `findings-language recommendation:${rec.id}:text:should-have`,
    ]);
  });
});

describe('GET /api/investigations/:id/analysis/checks, for a recommendation addressed to a person', () => {
  it('warns about an addressee that reads as a person who is not in the registry, and the warning can be marked considered', async () => {
    const { app, db } = buildTestApp();
    const { investigationId, clients } = await buildInvestigationWithRoles(app, db);
    const finding = await buildFinding(clients.lead, investigationId, [buildFactor(db, investigationId).id]);
    const rec = await buildDraft(clients.lead, investigationId, [finding.id], { addresseeName: 'Dr Smith' });
    await buildDraft(clients.lead, investigationId, [finding.id], { addresseeName: 'NHS England' });
    const base = `/api/investigations/${investigationId}/analysis/checks`;
    const toPerson = async () => ((await clients.lead.get(base).expect(200)).body.data.results as { ruleId: string; key: string; status: string }[])
      .filter((r) => r.ruleId === 'recommendation-to-person');
    expect(await toPerson()).toMatchObject([{ key: `recommendation:${rec.id}`, status: 'open' }]);
    await clients.lead.post(`${base}/acknowledgements`, { ruleId: 'recommendation-to-person', key: `recommendation:${rec.id}`, reason: 'Dr Smith is the name of a clinic.' }).expect(201);
    expect(await toPerson()).toMatchObject([{ status: 'considered' }]);
  });
});
