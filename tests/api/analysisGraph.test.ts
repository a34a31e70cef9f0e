import { describe, expect, it } from 'vitest';
import { buildInvestigationWithRoles, buildTestApp, FIXED_NOW } from '../helpers/app';
import { buildEvent, buildFactor, buildLink } from '../helpers/analysisFactories';
import { createPerson } from '../../server/services/people';
import { actorOf } from '../../server/services/actor';

describe('GET /api/investigations/:id/analysis/graph', () => {
  it('returns factors, used events, the outcome, edges and why-chains ready to draw', async () => {
    const { app, db } = buildTestApp();
    const { investigationId, clients } = await buildInvestigationWithRoles(app, db);
    const closed = buildEvent(db, investigationId, { description: 'Case closed after one visit', day: '2023-07-01' });
    buildEvent(db, investigationId, { description: 'Unrelated contact', day: '2023-08-01' });
    const ind = buildFactor(db, investigationId, {
      level: 'individual', category: 'judgement', statement: 'The explanation was read as plausible', eventIds: [closed.id],
    });
    const org = buildFactor(db, investigationId, { statement: 'Caseloads were above the limit', confidence: 'very_likely' });
    const l1 = buildLink(db, investigationId, ind.id, { event: closed.id }, 'Closure followed the reading');
    const l2 = buildLink(db, investigationId, ind.id, { outcome: true });
    const l3 = buildLink(db, investigationId, org.id, { factor: ind.id }, 'Little time to revisit');

    const res = await clients.observer.get(`/api/investigations/${investigationId}/analysis/graph`).expect(200);
    expect(res.body.data).toEqual({
      nodes: [
        { kind: 'factor', id: ind.id, label: 'The explanation was read as plausible', level: 'individual', category: 'judgement',
          influence: 'hindered', confidence: 'likely', reviewStatus: 'proposed', contextTags: [], eventIds: [closed.id], sourceIds: [] },
        { kind: 'factor', id: org.id, label: 'Caseloads were above the limit', level: 'organisational', category: 'workload',
          influence: 'hindered', confidence: 'very_likely', reviewStatus: 'proposed', contextTags: [], eventIds: [], sourceIds: [] },
        { kind: 'event', id: closed.id, label: 'Case closed after one visit', occurred: '2023-07-01', start: Date.parse('2023-07-01T00:00:00Z'),
          eventKind: 'event', agencyId: null },
        { kind: 'outcome', id: 'outcome', label: 'Child was seriously harmed' },
      ],
      edges: [
        { id: l1.id, source: ind.id, target: closed.id, rationale: 'Closure followed the reading' },
        { id: l2.id, source: ind.id, target: 'outcome', rationale: '' },
        { id: l3.id, source: org.id, target: ind.id, rationale: 'Little time to revisit' },
      ],
      whyChains: [
        { rootId: 'outcome', nodeIds: ['outcome', ind.id, org.id], deepestFactorId: org.id, deepestLevel: 'organisational' },
        { rootId: closed.id, nodeIds: [closed.id, ind.id, org.id], deepestFactorId: org.id, deepestLevel: 'organisational' },
      ],
      chainsTruncated: false,
    });
  });

  it('shows panel members pseudonyms where factor text names a registered person', async () => {
    const { app, db } = buildTestApp();
    const { investigationId, clients } = await buildInvestigationWithRoles(app, db);
    createPerson(db, actorOf(null, FIXED_NOW), investigationId, {
      kind: 'practitioner', realName: 'Priya Natarajan', aliases: [], dateOfBirth: null, identifiers: [], relationship: '',
      agencyId: null, jobTitle: 'Social worker', pseudonym: 'Social Worker 1', roleCode: 'SW1',
    });
    buildFactor(db, investigationId, { statement: 'Priya Natarajan held 31 cases' });
    const asPanel = await clients.panel.get(`/api/investigations/${investigationId}/analysis/graph`).expect(200);
    expect(JSON.stringify(asPanel.body.data)).not.toContain('Natarajan');
    const asLead = await clients.lead.get(`/api/investigations/${investigationId}/analysis/graph`).expect(200);
    expect(asLead.body.data.nodes[0].label).toBe('Priya Natarajan held 31 cases');
  });

  it('responds 404 to a non-member', async () => {
    const { app, db } = buildTestApp();
    const { investigationId, clients } = await buildInvestigationWithRoles(app, db);
    await clients.outsider.get(`/api/investigations/${investigationId}/analysis/graph`).expect(404);
  });
});
