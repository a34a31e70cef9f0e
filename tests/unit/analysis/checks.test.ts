import { describe, expect, it } from 'vitest';
import { chainEndsIndividual } from '../../../server/analysis/checks/chainEndsIndividual';
import { factorWithoutEvidence } from '../../../server/analysis/checks/factorWithoutEvidence';
import { noOrganisationalFactor } from '../../../server/analysis/checks/noOrganisationalFactor';
import { eventWithoutSource } from '../../../server/analysis/checks/eventWithoutSource';
import { blameLanguage } from '../../../server/analysis/checks/blameLanguage';
import { checkRules } from '../../../server/analysis/checks';
import { runChecks } from '../../../server/analysis/checks/run';
import { eventData, factorData, linkData, snapshotData } from '../../helpers/analysisFactories';

const ind = factorData('ind', { level: 'individual', category: 'judgement', statement: 'The explanation was read as plausible' });
const team = factorData('team', { level: 'team', category: 'supervision', statement: 'No joint supervision took place' });
const keys = (hits: { key: string }[]) => hits.map((h) => h.key);

describe('chain-ends-individual', () => {
  it('flags a hindering individual factor that nothing explains', () => {
    const hits = chainEndsIndividual.run(snapshotData({ factors: [ind], links: [linkData('l1', 'ind', 'outcome')] }));
    expect(hits).toEqual([{
      key: 'factor:ind',
      target: { kind: 'factor', id: 'ind', label: 'The explanation was read as plausible' },
      message: 'Nothing yet explains "The explanation was read as plausible": this chain\'s deepest "why" is an individual factor.',
      suggestion: 'Ask what team, organisational or systemic conditions made that action make sense at the time, and link them to this factor.',
    }]);
  });

  it('is satisfied once a team, organisational or systemic factor explains it', () => {
    const snapshot = snapshotData({ factors: [ind, team], links: [linkData('l1', 'ind', 'outcome'), linkData('l2', 'team', 'ind')] });
    expect(chainEndsIndividual.run(snapshot)).toEqual([]);
  });

  it('still flags the factor when its only explanation was rejected', () => {
    const rejected = { ...team, reviewStatus: 'rejected' as const };
    const snapshot = snapshotData({ factors: [ind, rejected], links: [linkData('l2', 'team', 'ind')] });
    expect(keys(chainEndsIndividual.run(snapshot))).toEqual(['factor:ind']);
  });

  it('does not flag supporting or rejected individual factors, or deepest factors at other levels', () => {
    const supporting = { ...ind, id: 's', influence: 'supported' as const };
    const rejected = { ...ind, id: 'r', reviewStatus: 'rejected' as const };
    expect(chainEndsIndividual.run(snapshotData({ factors: [supporting, rejected, team] }))).toEqual([]);
  });
});

describe('factor-without-evidence', () => {
  it('flags a factor with no event or source', () => {
    const bare = { ...team, eventIds: [], sourceIds: [] };
    expect(factorWithoutEvidence.run(snapshotData({ factors: [bare] }))).toEqual([{
      key: 'factor:team',
      target: { kind: 'factor', id: 'team', label: 'No joint supervision took place' },
      message: '"No joint supervision took place" has no evidence linked to it.',
      suggestion: 'Link the chronology entries or sources that show this factor, or record a lower confidence until evidence is found.',
    }]);
  });

  it('accepts an event or a source as evidence, and ignores rejected factors', () => {
    const bySource = { ...team, id: 'a', eventIds: [], sourceIds: ['s1'] };
    const byEvent = { ...team, id: 'b', eventIds: ['e1'] };
    const rejected = { ...team, id: 'c', eventIds: [], reviewStatus: 'rejected' as const };
    expect(factorWithoutEvidence.run(snapshotData({ factors: [bySource, byEvent, rejected] }))).toEqual([]);
  });
});

describe('no-organisational-factor', () => {
  it('flags an investigation at analysis stage with only individual and team factors', () => {
    const hits = noOrganisationalFactor.run(snapshotData({ factors: [ind, team] }));
    expect(hits).toEqual([{
      key: 'investigation:inv',
      target: { kind: 'investigation', id: 'inv', label: 'Test investigation' },
      message: 'The analysis has no organisational or systemic factor yet.',
      suggestion: 'Keep asking why: which caseloads, procedures, tools, supervision arrangements, commissioning decisions or guidance shaped what happened?',
    }]);
  });

  it('flags it at review stage too, and counts a rejected organisational factor as absent', () => {
    const rejectedOrg = factorData('o', { reviewStatus: 'rejected' });
    const snapshot = snapshotData({ factors: [ind, rejectedOrg] });
    snapshot.investigation.status = 'review';
    expect(keys(noOrganisationalFactor.run(snapshot))).toEqual(['investigation:inv']);
  });

  it('is satisfied by an organisational or a systemic factor', () => {
    expect(noOrganisationalFactor.run(snapshotData({ factors: [ind, factorData('o')] }))).toEqual([]);
    expect(noOrganisationalFactor.run(snapshotData({ factors: [factorData('s', { level: 'systemic', category: 'funding_commissioning' })] }))).toEqual([]);
  });

  it('does not apply before the analysis stage', () => {
    const snapshot = snapshotData({ factors: [ind] });
    snapshot.investigation.status = 'evidence';
    expect(noOrganisationalFactor.run(snapshot)).toEqual([]);
  });
});

describe('event-without-source', () => {
  const unsourced = eventData('e9', { description: 'Strategy discussion between police and social care', sourceCount: 0 });

  it('flags an unsourced event used as evidence or as a link target', () => {
    const asEvidence = snapshotData({ factors: [{ ...team, eventIds: ['e9'] }], events: [unsourced] });
    expect(eventWithoutSource.run(asEvidence)).toEqual([{
      key: 'event:e9',
      target: { kind: 'event', id: 'e9', label: 'Strategy discussion between police and social care' },
      message: 'The chronology entry "Strategy discussion between police and social care" is used in the analysis but cites no source.',
      suggestion: 'Add the record, document or interview the entry comes from, so the analysis rests on traceable evidence.',
    }]);
    const asTarget = snapshotData({ factors: [team], links: [linkData('l', 'team', 'event:e9')], events: [eventData('e1'), unsourced] });
    expect(keys(eventWithoutSource.run(asTarget))).toEqual(['event:e9']);
  });

  it('does not flag sourced events or unsourced events the analysis does not use', () => {
    const snapshot = snapshotData({ factors: [team], events: [eventData('e1'), unsourced] });
    expect(eventWithoutSource.run(snapshot)).toEqual([]);
  });
});

describe('blame-language', () => {
  it('flags wording in factor text, link rationales, episodes and events, one result per field and pattern', () => {
    const f = { ...team, statement: 'The social worker failed to visit and failed to record it', description: 'Clearly a missed opportunity.' };
    const snapshot = snapshotData({
      factors: [f],
      links: [linkData('l1', 'team', 'outcome', 'If only there had been a plan')],
      episodes: [{ id: 'ep', title: 'Closure', knownAtTime: 'Nothing further', localRationality: 'The team should have escalated' }],
      events: [eventData('e1', { knownAtTime: 'It is clear that the bruise was reported' })],
    });
    const hits = blameLanguage.run(snapshot);
    expect(keys(hits)).toEqual([
      'factor:team:statement:failed-to',
      'factor:team:description:obviously',
      'factor:team:description:missed-opportunity',
      'link:l1:rationale:could-have',
      'episode:ep:localRationality:should-have',
      'event:e1:knownAtTime:obviously',
    ]);
    expect(hits[0]).toMatchObject({
      target: { kind: 'factor', id: 'team', label: 'The social worker failed to visit and failed to record it' },
      message: 'The statement of "The social worker failed to visit and failed to record it" says "failed to" (2 times): Counterfactual and judgemental: it measures practice against what is known now.',
      wording: { field: 'statement', matches: [
        { ruleId: 'failed-to', start: 18, end: 27, phrase: 'failed to' },
        { ruleId: 'failed-to', start: 38, end: 47, phrase: 'failed to' },
      ] },
    });
    expect(hits[3]!.target.label).toBe('The social worker failed to visit and f… → the outcome');
  });

  it('raises nothing for neutral wording or for rejected factors', () => {
    const neutral = { ...team, statement: 'No joint supervision took place before closure', description: 'The policy states supervision should take place monthly.' };
    const rejected = { ...ind, statement: 'The worker failed to visit', reviewStatus: 'rejected' as const };
    expect(blameLanguage.run(snapshotData({ factors: [neutral, rejected] }))).toEqual([]);
  });
});

describe('runChecks', () => {
  it('lists results in rule order and shows acknowledged ones as considered', () => {
    const snapshot = snapshotData({ factors: [{ ...ind, eventIds: [] }] });
    const ack = { id: 'a1', ruleId: 'factor-without-evidence', key: 'factor:ind', reason: 'Evidence requested', userId: 'u', createdAt: 'now', version: 1 };
    const report = runChecks(snapshot, [ack], checkRules.slice(0, 5));
    expect(report.results.map((r) => [r.ruleId, r.key, r.severity, r.status])).toEqual([
      ['no-organisational-factor', 'investigation:inv', 'warning', 'open'],
      ['chain-ends-individual', 'factor:ind', 'warning', 'open'],
      ['factor-without-evidence', 'factor:ind', 'warning', 'considered'],
    ]);
    expect(report.results[2]!.acknowledgement).toEqual(ack);
    expect(report.counts).toEqual({ open: 2, considered: 1 });
  });

  it('registers each rule once, with a unique id, the analysis rules first', () => {
    const ids = checkRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.slice(0, 5)).toEqual(['no-organisational-factor', 'chain-ends-individual', 'factor-without-evidence', 'event-without-source', 'blame-language']);
  });
});
