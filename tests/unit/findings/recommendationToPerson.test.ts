import { describe, expect, it } from 'vitest';
import type { AnalysisSnapshot, SnapshotRecommendation } from '../../../server/analysis/snapshot';
import { readsAsPerson, recommendationToPerson } from '../../../server/findings/checks/recommendationToPerson';

const rec = (id: string, addresseeName: string, o: Partial<SnapshotRecommendation> = {}): SnapshotRecommendation => ({
  id, identifier: null, text: `Recommendation ${id}`, addresseeName, addresseeAgencyId: null, findingIds: ['f'], ...o,
});
const snapshot = (recommendations: SnapshotRecommendation[]): AnalysisSnapshot => ({
  investigation: { id: 'inv', title: 'T', status: 'analysis', outcome: '' },
  factors: [], links: [], events: [], episodes: [], findings: [], recommendations,
});

describe('readsAsPerson', () => {
  it('reads a courtesy title followed by a name as a person, anywhere in the addressee', () => {
    for (const name of ['Dr Smith', 'Ms J. Okafor', 'MR REID', 'Prof. Ada Lovelace', 'For the attention of Mrs Patel']) expect(readsAsPerson(name), name).toBe(true);
  });

  it('reads organisations, and a title standing alone, as not a person', () => {
    for (const name of ['NHS England', "Northbridge Children's Social Care", 'Master Data Team', 'Department for Education', 'Dr']) expect(readsAsPerson(name), name).toBe(false);
  });
});

describe('recommendation-to-person', () => {
  it('warns about a recommendation addressed by name to a person, never one addressed to an agency of the investigation', () => {
    const hits = recommendationToPerson.run(snapshot([
      rec('r1', 'Dr Smith', { identifier: '2026-007' }), rec('r2', 'NHS England'), rec('r3', 'Dr Smith Agency', { addresseeAgencyId: 'a1' }),
    ]));
    expect(hits).toEqual([{
      key: 'recommendation:r1',
      target: { kind: 'recommendation', id: 'r1', label: '2026-007' },
      message: 'The recommendation "2026-007" is addressed to "Dr Smith", which reads as a person.',
      suggestion: 'Address it to the organisation that can change the system; a recommendation to a person reads as blame. Name the role in the text if it matters.',
    }]);
  });
});
