import type { ReportModel } from '../../templates/model';

/** A published review as the dataset names it. */
export interface DatasetReview { slug: string; publicationVersion: number; year: number; model: ReportModel }

/** The coded dataset: one row per published factor, finding and recommendation. */
export interface Dataset {
  factors: { review: string; year: number; ref: string; level: string; category: string; influence: string; confidence: string; statement: string }[];
  findings: { review: string; year: number; ref: string; type: string; confidence: string; factorRefs: string[]; statement: string }[];
  recommendations: { review: string; year: number; ref: string; addressee: string; addresseeKind: string; findingRefs: string[]; status: string; text: string }[];
}

/** Codes published, anonymised reviews for researchers. */
export function buildDataset(reviews: readonly DatasetReview[]): Dataset {
  const out: Dataset = { factors: [], findings: [], recommendations: [] };
  for (const { slug, year, model } of reviews) {
    for (const f of model.factors) {
      out.factors.push({ review: slug, year, ref: f.ref, level: f.level, category: f.category, influence: f.influence, confidence: f.confidence, statement: f.statement });
    }
    for (const f of model.findings) {
      out.findings.push({ review: slug, year, ref: f.ref, type: f.type, confidence: f.confidence, factorRefs: f.factorRefs, statement: f.statement });
    }
    const kinds = new Map(model.agencies.map((a) => [a.name, a.kind] as const));
    for (const r of model.recommendations) {
      out.recommendations.push({
        review: slug, year, ref: r.identifier ?? r.ref, addressee: r.addressee, addresseeKind: kinds.get(r.addressee) ?? 'other',
        findingRefs: r.findingRefs, status: r.status, text: r.text,
      });
    }
  }
  return out;
}

/** The dataset as rows of one CSV: a `record` column says factor, finding or recommendation. */
export function datasetCsvRows(data: Dataset): (string | number)[][] {
  const header = ['record', 'review', 'year', 'ref', 'level', 'category', 'influence', 'confidence', 'type', 'addressee', 'addressee_kind', 'refs', 'text'];
  return [
    header,
    ...data.factors.map((f) => ['factor', f.review, f.year, f.ref, f.level, f.category, f.influence, f.confidence, '', '', '', '', f.statement]),
    ...data.findings.map((f) => ['finding', f.review, f.year, f.ref, '', '', '', f.confidence, f.type, '', '', f.factorRefs.join(' '), f.statement]),
    ...data.recommendations.map((r) => ['recommendation', r.review, r.year, r.ref, '', '', '', '', '', r.addressee, r.addresseeKind, r.findingRefs.join(' '), r.text]),
  ];
}
