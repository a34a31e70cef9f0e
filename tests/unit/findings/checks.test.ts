import { describe, expect, it } from 'vitest';
import type { Factor } from '../../../schema/contracts/analysis';
import type { AnalysisSnapshot, SnapshotFinding, SnapshotRecommendation } from '../../../server/analysis/snapshot';
import { findingWithoutFactors } from '../../../server/findings/checks/findingWithoutFactors';
import { recommendationWithoutFinding } from '../../../server/findings/checks/recommendationWithoutFinding';
import { findingsLanguage } from '../../../server/findings/checks/findingsLanguage';
import { systemFactorWithoutFinding } from '../../../server/findings/checks/systemFactorWithoutFinding';

const factor = (id: string, o: Partial<Factor> = {}): Factor => ({
  id, level: 'organisational', category: 'workload', statement: `Factor ${id}`, description: '', influence: 'hindered',
  confidence: 'likely', contextTags: [], eventIds: [], sourceIds: [], reviewStatus: 'proposed', createdAt: '', updatedAt: '', version: 1, ...o,
});
const finding = (id: string, factorIds: string[], o: Partial<SnapshotFinding> = {}): SnapshotFinding => ({
  id, type: 'contributing_factor', statement: `Finding ${id}`, inThisCase: '', notUnique: '', whyItMatters: '', factorIds, ...o,
});
const rec = (id: string, findingIds: string[], o: Partial<SnapshotRecommendation> = {}): SnapshotRecommendation => ({
  id, identifier: null, text: `Recommendation ${id}`, addresseeName: 'NHS England', addresseeAgencyId: null, findingIds, ...o,
});
const snapshot = (o: Partial<AnalysisSnapshot>): AnalysisSnapshot => ({
  investigation: { id: 'inv', title: 'T', status: 'analysis', outcome: '' },
  factors: [], links: [], events: [], episodes: [], findings: [], recommendations: [], ...o,
});
const keys = (hits: { key: string }[]) => hits.map((h) => h.key);

describe('finding-without-factors', () => {
  it('flags a finding with no factor or only rejected factors', () => {
    const s = snapshot({
      factors: [factor('f1'), factor('f2', { reviewStatus: 'rejected' })],
      findings: [finding('a', ['f1']), finding('b', []), finding('c', ['f2'])],
    });
    const hits = findingWithoutFactors.run(s);
    expect(keys(hits)).toEqual(['finding:b', 'finding:c']);
    expect(hits[1]!.message).toBe('The finding "Finding c" rests only on factors that were rejected.');
  });
});

describe('recommendation-without-finding', () => {
  it('flags a recommendation that addresses no finding, labelled by its identifier once issued', () => {
    const hits = recommendationWithoutFinding.run(snapshot({ recommendations: [rec('r1', ['a']), rec('r2', [], { identifier: '2026-004' })] }));
    expect(keys(hits)).toEqual(['recommendation:r2']);
    expect(hits[0]!.target.label).toBe('2026-004');
  });
});

describe('findings-language', () => {
  it('flags "should have" in a recommendation and "failed to" in a finding, but not "should" with an ordinary verb', () => {
    const s = snapshot({
      findings: [finding('a', [], { inThisCase: 'The team failed to share the referral.' })],
      recommendations: [
        rec('r1', [], { text: 'The partnership should have reviewed its threshold document.' }),
        rec('r2', [], { text: 'The partnership should review its threshold document by June.' }),
      ],
    });
    const hits = findingsLanguage.run(s);
    expect(keys(hits)).toEqual(['finding:a:inThisCase:failed-to', 'recommendation:r1:text:should-have']);
    expect(hits[1]!.wording).toEqual({ field: 'text', matches: [{ ruleId: 'should-have', start: 16, end: 36, phrase: 'should have reviewed' }] });
  });
});

describe('system-factor-without-finding', () => {
  const factors = [
    factor('org'), factor('sys', { level: 'systemic' }), factor('addressed'), factor('ind', { level: 'individual' }),
    factor('helped', { influence: 'supported' }), factor('rejected', { reviewStatus: 'rejected' }),
  ];

  it('flags hindering organisational and systemic factors that no finding rests on', () => {
    const hits = systemFactorWithoutFinding.run(snapshot({ factors, findings: [finding('a', ['addressed'])] }));
    expect(keys(hits)).toEqual(['factor:org', 'factor:sys']);
  });

  it('stays quiet before the first finding is written', () => {
    expect(systemFactorWithoutFinding.run(snapshot({ factors }))).toEqual([]);
    expect(keys(systemFactorWithoutFinding.run(snapshot({ factors, findings: [finding('a', [])] }))))
      .toEqual(['factor:org', 'factor:sys', 'factor:addressed']);
  });
});
