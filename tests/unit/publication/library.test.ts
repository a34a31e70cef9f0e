import { describe, expect, it } from 'vitest';
import { snippetParts, MATCH_CLOSE, MATCH_OPEN } from '../../../server/publication/snippet';
import { slugFor } from '../../../server/publication/slug';
import { datasetCsvRows, type Dataset } from '../../../server/publication/dataset';

describe('snippetParts', () => {
  it('splits a marked snippet into plain and matched parts', () => {
    expect(snippetParts(`…when ${MATCH_OPEN}caseloads${MATCH_CLOSE} rise, ${MATCH_OPEN}visits${MATCH_CLOSE}`)).toEqual([
      { text: '…when ', match: false }, { text: 'caseloads', match: true }, { text: ' rise, ', match: false }, { text: 'visits', match: true },
    ]);
  });
});

describe('slugFor', () => {
  it('makes a lower-case slug of the reference and year, accents folded', () => {
    expect(slugFor('CSPR/2026/014 Ré', 2026)).toBe('cspr-2026-014-re-2026');
    expect(slugFor('***', 2025)).toBe('review-2025');
  });
});

describe('datasetCsvRows', () => {
  it('writes one row per factor, finding and recommendation under one header', () => {
    const data: Dataset = {
      factors: [{ review: 'r-2026', year: 2026, ref: 'F-01', level: 'team', category: 'workload', influence: 'hindered', confidence: 'likely', statement: 'S' }],
      findings: [{ review: 'r-2026', year: 2026, ref: 'Finding 1', type: 'contributing_factor', confidence: 'likely', factorRefs: ['F-01', 'F-02'], statement: 'T' }],
      recommendations: [{ review: 'r-2026', year: 2026, ref: '2026-001', addressee: 'Police', addresseeKind: 'police', findingRefs: ['Finding 1'], status: 'open', text: 'U' }],
    };
    expect(datasetCsvRows(data).slice(1)).toEqual([
      ['factor', 'r-2026', 2026, 'F-01', 'team', 'workload', 'hindered', 'likely', '', '', '', '', 'S'],
      ['finding', 'r-2026', 2026, 'Finding 1', '', '', '', 'likely', 'contributing_factor', '', '', 'F-01 F-02', 'T'],
      ['recommendation', 'r-2026', 2026, '2026-001', '', '', '', '', '', 'Police', 'police', 'Finding 1', 'U'],
    ]);
  });
});
