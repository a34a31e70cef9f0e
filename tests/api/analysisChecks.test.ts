import { describe, expect, it } from 'vitest';
import { buildInvestigationWithRoles, buildTestApp } from '../helpers/app';
import { buildEpisode, buildEvent, buildFactor, buildLink, buildSource, setStage } from '../helpers/analysisFactories';
import { listAudit } from '../../server/services/audit';

/** The rules this area owns; other areas register further rules in the same list. */
const ANALYSIS_RULES = new Set(['no-organisational-factor', 'chain-ends-individual', 'factor-without-evidence', 'event-without-source', 'blame-language']);
type Result = { ruleId: string; key: string; status: string; target: { kind: string; id: string }; acknowledgement: { id: string; version: number } | null };
const ours = (data: { results: Result[] }) => data.results.filter((r) => ANALYSIS_RULES.has(r.ruleId));

async function setup() {
  const { app, db } = buildTestApp();
  const { investigationId, clients } = await buildInvestigationWithRoles(app, db);
  const url = `/api/investigations/${investigationId}/analysis/checks`;
  const results = async () => ours((await clients.lead.get(url).expect(200)).body.data);
  return { app, db, investigationId, clients, url, results };
}

describe('GET /api/investigations/:id/analysis/checks', () => {
  it('raises each rule on a graph that triggers it', async () => {
    const { db, investigationId, clients, url } = await setup();
    setStage(db, investigationId, 'analysis');
    const unsourced = buildEvent(db, investigationId, { description: 'Case closed', knownAtTime: 'It is clear that the bruise was reported' });
    const ind = buildFactor(db, investigationId, {
      level: 'individual', category: 'judgement', statement: 'The social worker failed to see the risk', eventIds: [unsourced.id],
    });
    const team = buildFactor(db, investigationId, { level: 'team', category: 'supervision', statement: 'No joint supervision took place' });
    buildLink(db, investigationId, ind.id, { outcome: true }, 'If only there had been a plan');
    buildEpisode(db, investigationId, { localRationality: 'The team should have escalated' });
    const res = await clients.panel.get(url).expect(200);
    const found = ours(res.body.data).map((r) => `${r.ruleId} ${r.target.kind}`);
    expect(found).toEqual([
      'no-organisational-factor investigation',
      'chain-ends-individual factor',
      'factor-without-evidence factor',
      'event-without-source event',
      'blame-language factor',
      'blame-language link',
      'blame-language episode',
      'blame-language event',
    ]);
    expect(ours(res.body.data)[2]!.target.id).toBe(team.id);
    expect(res.body.data.counts).toEqual({ open: res.body.data.results.length, considered: 0 });
    expect(ours(res.body.data)[4]).toMatchObject({
      severity: 'advice', status: 'open', suggestion: expect.stringContaining('did not'),
      wording: { field: 'statement', matches: [{ ruleId: 'failed-to', start: 18, end: 27, phrase: 'failed to' }] },
    });
  });

  it('raises nothing for an evidenced, sourced chain that reaches the organisational level in neutral words', async () => {
    const { db, investigationId, clients, url } = await setup();
    setStage(db, investigationId, 'review');
    const event = buildEvent(db, investigationId);
    buildSource(db, investigationId, [event.id]);
    const ind = buildFactor(db, investigationId, { level: 'individual', category: 'judgement', statement: 'The explanation was read as plausible', eventIds: [event.id] });
    const org = buildFactor(db, investigationId, { statement: 'Caseloads were above the limit', eventIds: [event.id] });
    buildLink(db, investigationId, ind.id, { event: event.id });
    buildLink(db, investigationId, org.id, { factor: ind.id }, 'Little time to revisit the first view');
    expect(ours((await clients.observer.get(url).expect(200)).body.data)).toEqual([]);
  });

  it('drops the individual-chain result once a deeper factor explains it, and the stage result once an organisational factor exists', async () => {
    const { db, investigationId, clients, results } = await setup();
    setStage(db, investigationId, 'analysis');
    const event = buildEvent(db, investigationId);
    buildSource(db, investigationId, [event.id]);
    const links = `/api/investigations/${investigationId}/factor-links`;
    const ind = buildFactor(db, investigationId, { level: 'individual', category: 'judgement', statement: 'The explanation was read as plausible', eventIds: [event.id] });
    await clients.investigator.post(links, { fromFactorId: ind.id, toKind: 'event', toEventId: event.id }).expect(201);
    expect((await results()).map((r) => r.ruleId)).toEqual(['no-organisational-factor', 'chain-ends-individual']);
    const team = buildFactor(db, investigationId, { level: 'team', category: 'supervision', statement: 'No joint supervision', eventIds: [event.id] });
    await clients.investigator.post(links, { fromFactorId: team.id, toKind: 'factor', toFactorId: ind.id }).expect(201);
    expect((await results()).map((r) => r.ruleId)).toEqual(['no-organisational-factor']);
    const org = buildFactor(db, investigationId, { statement: 'Caseloads were above the limit', eventIds: [event.id] });
    await clients.investigator.post(links, { fromFactorId: org.id, toKind: 'factor', toFactorId: team.id }).expect(201);
    expect(await results()).toEqual([]);
  });

  it('responds 404 to a non-member', async () => {
    const { clients, url } = await setup();
    await clients.outsider.get(url).expect(404);
  });
});

describe('POST and DELETE /api/investigations/:id/analysis/checks/acknowledgements', () => {
  it('marks a result as considered with a reason, audits it, and reopens it', async () => {
    const { db, investigationId, clients, url, results } = await setup();
    const factor = buildFactor(db, investigationId, { statement: 'Caseloads were above the limit' });
    const key = `factor:${factor.id}`;
    const ack = await clients.investigator.post(`${url}/acknowledgements`, {
      ruleId: 'factor-without-evidence', key, reason: 'Workforce figures requested from the agency',
    }).expect(201);
    expect(ack.body.data).toMatchObject({ ruleId: 'factor-without-evidence', key, reason: 'Workforce figures requested from the agency', version: 1 });
    const after = await clients.lead.get(url).expect(200);
    expect(ours(after.body.data)).toMatchObject([{ key, status: 'considered', acknowledgement: { id: ack.body.data.id } }]);
    expect(after.body.data.counts.considered).toBe(1);

    await clients.investigator.delete(`${url}/acknowledgements/${ack.body.data.id}?version=2`).expect(409);
    await clients.investigator.delete(`${url}/acknowledgements/${ack.body.data.id}?version=1`).expect(204);
    expect((await results())[0]).toMatchObject({ key, status: 'open', acknowledgement: null });
    const audit = listAudit(db, investigationId, { entity: 'check_acknowledgement', limit: 10, offset: 0 });
    expect(audit.map((a) => a.action)).toEqual(['delete', 'create']);
  });

  it('responds 422 for an unknown rule, a result that is not raised now, or one already considered', async () => {
    const { db, investigationId, clients, url } = await setup();
    const factor = buildFactor(db, investigationId);
    const acks = `${url}/acknowledgements`;
    const rule = await clients.investigator.post(acks, { ruleId: 'no-such-rule', key: 'x', reason: 'r' }).expect(422);
    expect(rule.body.error.message).toBe('ruleId: no check rule "no-such-rule"');
    const key = await clients.investigator.post(acks, { ruleId: 'chain-ends-individual', key: `factor:${factor.id}`, reason: 'r' }).expect(422);
    expect(key.body.error.message).toBe(`key: the chain-ends-individual check has no current result "factor:${factor.id}"`);
    await clients.investigator.post(acks, { ruleId: 'factor-without-evidence', key: `factor:${factor.id}`, reason: 'r' }).expect(201);
    const again = await clients.lead.post(acks, { ruleId: 'factor-without-evidence', key: `factor:${factor.id}`, reason: 'r' }).expect(422);
    expect(again.body.error.message).toBe('key: this result is already marked as considered');
    const blank = await clients.lead.post(acks, { ruleId: 'factor-without-evidence', key: `factor:${factor.id}`, reason: '  ' }).expect(400);
    expect(blank.body.error.message).toBe('reason: must not be empty');
  });

  it('refuses panel members and observers with 403', async () => {
    const { db, investigationId, clients, url } = await setup();
    const factor = buildFactor(db, investigationId);
    const body = { ruleId: 'factor-without-evidence', key: `factor:${factor.id}`, reason: 'r' };
    await clients.panel.post(`${url}/acknowledgements`, body).expect(403);
    await clients.observer.post(`${url}/acknowledgements`, body).expect(403);
    await clients.outsider.post(`${url}/acknowledgements`, body).expect(404);
  });
});
