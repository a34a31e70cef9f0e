import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../server/db/open';
import { publications } from '../../schema/tables';
import type { FactorLevel, ReportModel } from '../../templates/model';
import { createInvestigation } from '../../server/services/investigations';
import { actorOf } from '../../server/services/actor';
import { indexPublication, unindexPublication } from '../../server/services/librarySearchIndex';
import { publishModel } from '../../server/reports/edition/publish';
import { buildRegistryRedactor } from '../../server/anonymise/registryRedactor';
import { slugFor } from '../../server/publication/slug';
import { FIXED_NOW } from './app';
import { buildReportModel } from './reportFixtures';

/** One review of the library fixture set: what it is about and how it was coded. */
export interface ReviewSpec {
  reference: string;
  title: string;
  summary: string;
  year: number;
  factors: { level: FactorLevel; category: string; categoryLabel: string; statement: string }[];
  /** Recommendation addressees (agency names of the fixture model). */
  addressees?: string[];
  withdrawn?: boolean;
}

const registry = buildRegistryRedactor(
  [{ realName: 'Zoë Thornbury', aliases: [], dateOfBirth: null, identifiers: [], pseudonym: 'Child A' }, { realName: 'Łukasz Nowak', aliases: [], dateOfBirth: null, identifiers: [], pseudonym: 'HV1' }],
  [],
);

/** The anonymised model of a fixture review: the standard fixture model, recoded, run through the publisher. */
export function fixtureModel(spec: ReviewSpec, investigationId: string): ReportModel {
  const base = buildReportModel({ entries: 4, factors: spec.factors.length, findings: 1 });
  const factors = base.factors.map((f, i) => ({ ...f, ...spec.factors[i]!, levelLabel: spec.factors[i]!.level }));
  const recommendations = (spec.addressees ?? [base.recommendations[0]!.addressee]).map((addressee, i) => ({ ...base.recommendations[0]!, id: `re-${i}`, addressee, findingRefs: [base.findings[0]!.ref] }));
  const findings = base.findings.map((f) => ({ ...f, factorRefs: factors.map((x) => x.ref) }));
  const model: ReportModel = {
    ...base, edition: 'published', stage: 'final', dateStyle: 'month', year: spec.year, factors, findings, recommendations,
    investigation: { ...base.investigation, id: investigationId, reference: spec.reference, title: spec.title, summary: spec.summary },
  };
  return publishModel(model, registry);
}

/** Publishes a fixture review the way the publisher stores it: a publications row and its search index entry. */
export function buildPublishedReview(db: Db, userId: string, spec: ReviewSpec, versions = 1) {
  const inv = createInvestigation(db, { ...actorOf(userId, FIXED_NOW), userId }, {
    reference: spec.reference, title: spec.title, status: 'review', incidentDate: null, termsOfReference: [], scopeStart: null, scopeEnd: null,
    methodology: '', commissioningBody: '', parallelProcesses: [], summary: spec.summary, outcome: '', publishingArea: 'Northbridge',
  });
  const slug = slugFor(spec.reference, spec.year);
  const at = FIXED_NOW.toISOString();
  let id = '';
  for (let v = 1; v <= versions; v++) {
    const model = fixtureModel(v < versions ? { ...spec, title: `${spec.title} (superseded draft)` } : spec, inv.id);
    db.transaction((tx) => {
      if (id) unindexPublication(tx, id);
      id = randomUUID();
      tx.insert(publications).values({
        id, investigationId: inv.id, slug, publicationVersion: v, title: model.investigation.title, year: spec.year, dateStyle: 'month',
        content: model, pdf: Buffer.from(`%PDF-1.7 fixture ${slug} v${v}`), sha256: 'f'.repeat(64), signOff: {}, publishedBy: userId,
        publishedAt: at, createdAt: at, updatedAt: at,
      }).run();
      indexPublication(tx, id, model);
    });
  }
  if (spec.withdrawn) {
    db.update(publications).set({ withdrawnAt: at, withdrawnReason: 'Withdrawn at the family\'s request.' }).where(eq(publications.id, id)).run();
    unindexPublication(db, id);
  }
  return { slug, investigationId: inv.id, publicationId: id };
}
