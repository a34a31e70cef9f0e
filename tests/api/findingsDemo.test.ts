import { describe, expect, it } from 'vitest';
import { findLanguageIssues } from '../../schema/lexicon';
import { seedDemo } from '../../server/demo/seedDemo';
import { listFindings } from '../../server/services/findings';
import { listRecommendations } from '../../server/services/recommendations';
import { listResponses } from '../../server/services/recommendationResponses';
import { safetyActionService } from '../../server/services/safetyActions';
import { redactorFor } from '../../server/services/redaction';
import { buildTestApp, buildUser, login } from '../helpers/app';

const now = new Date('2026-11-26T10:00:00Z');

async function seeded() {
  const { app, db } = buildTestApp({ now: () => now });
  const lead = await buildUser(db);
  const { investigationId } = await seedDemo(db, lead.id, now);
  return { app, db, investigationId, lead };
}

describe('the demo findings step', () => {
  it('seeds findings on the demo factors, issued recommendations with one answered and one overdue, a draft and a safety action', async () => {
    const { db, investigationId } = await seeded();
    const findings = listFindings(db, investigationId);
    expect(findings.map((f) => f.type)).toEqual(['contributing_factor', 'contributing_factor', 'other_safety_factor', 'other_key_finding']);
    expect(findings.every((f) => f.factorIds.length > 0)).toBe(true);
    const recs = listRecommendations(db, investigationId, now);
    expect(recs.map((r) => [r.identifier, r.status, r.assessment, r.overdue])).toEqual([
      ['2026-001', 'open', 'awaiting_response', true],
      ['2026-002', 'open', 'partially_adequate', false],
      ['2026-003', 'open', 'awaiting_response', false],
      [null, 'draft', 'awaiting_response', false],
    ]);
    expect(recs.map((r) => r.addresseeAgencyId === null)).toEqual([false, false, true, true]);
    expect(listResponses(db, recs[1]!.id)).toHaveLength(1);
    expect(safetyActionService.list(db, investigationId)).toHaveLength(1);
  });

  it('words findings and recommendations without blame or hindsight and without any registered name', async () => {
    const { db, investigationId } = await seeded();
    const redactor = redactorFor(db, investigationId);
    const texts = [
      ...listFindings(db, investigationId).flatMap((f) => [f.statement, f.inThisCase, f.notUnique, f.whyItMatters, ...f.boardQuestions]),
      ...listRecommendations(db, investigationId, now).flatMap((r) => [r.addresseeName, r.text, r.intendedOutcome, r.measure]),
    ];
    expect(texts.flatMap((t) => findLanguageIssues(t).map((m) => m.phrase))).toEqual([]);
    expect(texts.filter((t) => redactor.replace(t) !== t)).toEqual([]);
  });

  it('leaves no finding or recommendation check open: every hindering system factor has a finding', async () => {
    const { app, investigationId, lead } = await seeded();
    const client = await login(app, lead.email);
    const res = await client.get(`/api/investigations/${investigationId}/analysis/checks`).expect(200);
    const mine = ['finding-without-factors', 'recommendation-without-finding', 'system-factor-without-finding', 'findings-language'];
    expect((res.body.data.results as { ruleId: string }[]).filter((r) => mine.includes(r.ruleId))).toEqual([]);
  });

  it('shows the demo recommendations in the register of the lead', async () => {
    const { app, lead } = await seeded();
    const client = await login(app, lead.email);
    const res = await client.get('/api/recommendations?overdue=true').expect(200);
    expect(res.body.data.items.map((e: { identifier: string; addresseeName: string }) => [e.identifier, e.addresseeName]))
      .toEqual([['2026-001', "Northbridge Children's Social Care"]]);
  });
});
