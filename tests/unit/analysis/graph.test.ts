import { describe, expect, it } from 'vitest';
import { buildAnalysisGraph } from '../../../server/analysis/graph';
import { whyChains } from '../../../server/analysis/whyChains';
import { eventData, factorData, linkData } from '../../helpers/analysisFactories';

/**
 * sys → org → ind → event e2 → (e2 is a key event)
 *              ind → outcome
 * team ───────────↗ (team → ind)
 * rej (rejected) → ind
 */
const factors = [
  factorData('ind', { level: 'individual', category: 'judgement', statement: 'B individual', eventIds: ['e1'] }),
  factorData('team', { level: 'team', category: 'supervision', statement: 'C team', eventIds: [] }),
  factorData('org', { level: 'organisational', statement: 'A org', eventIds: [] }),
  factorData('sys', { level: 'systemic', category: 'funding_commissioning', statement: 'D sys', eventIds: [] }),
  factorData('rej', { level: 'team', category: 'communication', statement: 'E rejected', reviewStatus: 'rejected', eventIds: [] }),
];
const links = [
  linkData('l1', 'ind', 'outcome', 'closure left no plan'),
  linkData('l2', 'ind', 'event:e2'),
  linkData('l3', 'org', 'ind'),
  linkData('l4', 'team', 'ind'),
  linkData('l5', 'sys', 'org'),
  linkData('l6', 'rej', 'ind'),
];
const events = [eventData('e3', { start: 30 }), eventData('e2', { start: 20 }), eventData('e1', { start: 10 })];

describe('buildAnalysisGraph', () => {
  it('lists every factor, the events used as evidence or targets in time order, the outcome, and one edge per link', () => {
    const graph = buildAnalysisGraph({ factors, links, events, outcome: 'Child was seriously harmed' });
    expect(graph.nodes.map((n) => `${n.kind}:${n.id}`)).toEqual([
      'factor:ind', 'factor:team', 'factor:org', 'factor:sys', 'factor:rej', 'event:e1', 'event:e2', 'outcome:outcome',
    ]);
    expect(graph.nodes[0]).toEqual({
      kind: 'factor', id: 'ind', label: 'B individual', level: 'individual', category: 'judgement', influence: 'hindered',
      confidence: 'likely', reviewStatus: 'proposed', contextTags: [], eventIds: ['e1'], sourceIds: [],
    });
    expect(graph.nodes[5]).toEqual({ kind: 'event', id: 'e1', label: 'Event e1', occurred: '2023-05-01', start: 10, eventKind: 'event', agencyId: null });
    expect(graph.nodes[7]).toEqual({ kind: 'outcome', id: 'outcome', label: 'Child was seriously harmed' });
    expect(graph.edges).toEqual([
      { id: 'l1', source: 'ind', target: 'outcome', rationale: 'closure left no plan' },
      { id: 'l2', source: 'ind', target: 'e2', rationale: '' },
      { id: 'l3', source: 'org', target: 'ind', rationale: '' },
      { id: 'l4', source: 'team', target: 'ind', rationale: '' },
      { id: 'l5', source: 'sys', target: 'org', rationale: '' },
      { id: 'l6', source: 'rej', target: 'ind', rationale: '' },
    ]);
  });

  it('drops an edge whose target is not in the graph', () => {
    const graph = buildAnalysisGraph({ factors, links: [linkData('lx', 'ind', 'event:gone')], events, outcome: 'x' });
    expect(graph.edges).toEqual([]);
  });
});

describe('whyChains', () => {
  const graph = buildAnalysisGraph({ factors, links, events, outcome: 'Child was seriously harmed' });

  it('walks from the outcome, then key events, down to the deepest factors, leaving out rejected factors', () => {
    expect(whyChains(graph.nodes, graph.edges)).toEqual({
      truncated: false,
      chains: [
        { rootId: 'outcome', nodeIds: ['outcome', 'ind', 'org', 'sys'], deepestFactorId: 'sys', deepestLevel: 'systemic' },
        { rootId: 'outcome', nodeIds: ['outcome', 'ind', 'team'], deepestFactorId: 'team', deepestLevel: 'team' },
        { rootId: 'e2', nodeIds: ['e2', 'ind', 'org', 'sys'], deepestFactorId: 'sys', deepestLevel: 'systemic' },
        { rootId: 'e2', nodeIds: ['e2', 'ind', 'team'], deepestFactorId: 'team', deepestLevel: 'team' },
      ],
    });
  });

  it('stops at the limit and says the list was truncated', () => {
    const result = whyChains(graph.nodes, graph.edges, 3);
    expect(result.chains).toHaveLength(3);
    expect(result.truncated).toBe(true);
  });

  it('ends a chain at an individual factor that nothing explains', () => {
    const g = buildAnalysisGraph({ factors: [factors[0]!], links: [links[0]!], events, outcome: 'x' });
    expect(whyChains(g.nodes, g.edges).chains).toEqual([
      { rootId: 'outcome', nodeIds: ['outcome', 'ind'], deepestFactorId: 'ind', deepestLevel: 'individual' },
    ]);
  });

  it('returns no chains when nothing is linked to the outcome or an event', () => {
    const g = buildAnalysisGraph({ factors, links: [linkData('l3', 'org', 'ind')], events, outcome: 'x' });
    expect(whyChains(g.nodes, g.edges)).toEqual({ chains: [], truncated: false });
  });
});
