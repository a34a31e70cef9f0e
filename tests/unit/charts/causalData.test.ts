import { describe, expect, it } from 'vitest';
import type { AnalysisGraph } from '../../../schema/contracts/analysis';
import { contextTags, taxonomyLevels } from '../../../schema/taxonomy';
import { indexTaxonomy, legendLevels, toChartData } from '../../../client/src/views/analysis/chartData';

const index = indexTaxonomy({ levels: taxonomyLevels, contextTags });

const graph: AnalysisGraph = {
  nodes: [
    {
      kind: 'factor', id: 'f1', label: 'Caseloads were above the limit', level: 'organisational', category: 'workload', influence: 'hindered',
      confidence: 'very_likely', reviewStatus: 'accepted', contextTags: [], eventIds: ['e1'], sourceIds: [],
    },
    {
      kind: 'factor', id: 'f2', label: 'The health visitor shared concerns', level: 'team', category: 'communication', influence: 'supported',
      confidence: 'likely', reviewStatus: 'proposed', contextTags: [], eventIds: [], sourceIds: [],
    },
    { kind: 'event', id: 'e1', label: 'Visit did not take place', occurred: '2019-03-14', start: 0, eventKind: 'non_event', agencyId: null },
    { kind: 'outcome', id: 'outcome', label: 'Child A was harmed' },
  ],
  edges: [{ id: 'l1', source: 'f1', target: 'e1', rationale: 'Visits were rationed' }],
  whyChains: [],
  chainsTruncated: false,
};

describe('toChartData', () => {
  it('puts factors in their level\'s band with the category label, colour slot and qualifiers', () => {
    const { nodes } = toChartData(graph, index);
    expect(nodes[0]).toEqual({
      id: 'f1', kind: 'factor', band: 'organisational', heading: 'Workload, caseloads, staffing and turnover',
      label: 'Caseloads were above the limit', detail: 'Accepted · Very likely', slot: 0, supporting: false, reviewStatus: 'accepted',
      description: 'Organisational factor, Workload, caseloads, staffing and turnover: Caseloads were above the limit. Hindering; confidence very likely; accepted.',
    });
    expect(nodes[1]).toMatchObject({ band: 'team', detail: 'Supporting · Proposed · Likely', supporting: true, slot: 0 });
    expect(nodes[1]!.description).toContain('Supporting;');
  });

  it('shows events by their date at its precision and kind, and the outcome at the bottom', () => {
    const { nodes, edges } = toChartData(graph, index);
    expect(nodes[2]).toMatchObject({ band: 'events', heading: '14 Mar 2019', label: 'Visit did not take place', detail: 'Non-event' });
    expect(nodes[3]).toMatchObject({ band: 'outcome', heading: 'Outcome', label: 'Child A was harmed' });
    expect(edges).toEqual([{ id: 'l1', from: 'f1', to: 'e1', rationale: 'Visits were rationed' }]);
  });
});

describe('legendLevels', () => {
  it('lists only the categories in use, from systemic down to individual', () => {
    expect(legendLevels(graph, index)).toEqual([
      { label: 'Systemic', categories: [] },
      { label: 'Organisational', categories: [{ label: 'Workload, caseloads, staffing and turnover', slot: 0 }] },
      { label: 'Team', categories: [{ label: 'Communication and information sharing', slot: 0 }] },
      { label: 'Individual', categories: [] },
    ]);
  });
});
