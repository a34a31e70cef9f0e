import type { Conn } from '../db/open';
import { and, eq, inArray } from 'drizzle-orm';
import { checkAcknowledgements } from '../../schema/tables';
import type { ReportDocument } from '../../templates/document';
import type { DateStyle, Edition, ModelLanguageFlag, ReportModel, Stage } from '../../templates/model';
import { numberDocument } from '../../templates/numbering';
import { buildDocument, type ReportStandard } from '../../templates/standard';
import { findStandard } from '../../templates/registry';
import { notFound } from '../http/errors';
import { buildRegistryRedactor } from '../anonymise/registryRedactor';
import { liveSource, type ReportSource } from './model/source';
import { buildModel } from './model/build';
import { publishModel } from './edition/publish';
import { ANALYSIS_LANGUAGE_RULE, LANGUAGE_RULE, checkLanguage, type LanguageFlag } from './language/checkLanguage';

/** What to generate: which standard, edition, stage and date style, and when. */
export interface ReportRequest {
  template: string;
  edition: Edition;
  stage: Stage;
  dateStyle: Exclude<DateStyle, 'exact'>;
  generatedAt: Date;
}

/** A prepared report: the model, the document (with open flags in its appendix) and every language flag. */
export interface PreparedReport {
  standard: ReportStandard;
  model: ReportModel;
  document: ReportDocument;
  flags: (LanguageFlag & { ref: string | null })[];
}

/** The standard with this id, or 404 naming it. */
export function standardOr404(id: string): ReportStandard {
  const standard = findStandard(id);
  if (!standard) throw notFound(`report template "${id}"`);
  return standard;
}

/**
 * Builds the model of an edition from the live data or a snapshot's content: the published one from pseudonymised
 * data run through the source's registry redactor.
 */
export function modelFor(db: Conn, investigationId: string, request: Omit<ReportRequest, 'template'>, source: ReportSource = liveSource(db, investigationId)): ReportModel {
  const model = buildModel(source.rows, request);
  return request.edition === 'published' ? publishModel(model, buildRegistryRedactor(source.registry.people, source.registry.places, model.agencies.map((a) => a.name))) : model;
}

/** The investigation's language acknowledgements (report and analysis rules). */
export function languageAcknowledgements(db: Conn, investigationId: string) {
  return db.select().from(checkAcknowledgements).where(and(
    eq(checkAcknowledgements.investigationId, investigationId), inArray(checkAcknowledgements.ruleId, [LANGUAGE_RULE, ANALYSIS_LANGUAGE_RULE]),
  )).all();
}

function refsOf(model: ReportModel): Map<string, string> {
  return new Map([
    ...model.chronology.map((e) => [e.id, e.ref] as const), ...model.factors.map((f) => [f.id, f.ref] as const),
    ...model.findings.map((f) => [f.id, f.ref] as const), ...model.recommendations.map((r) => [r.id, r.ref] as const),
  ]);
}

function appendixFlag(f: LanguageFlag & { ref: string | null }): ModelLanguageFlag {
  return { section: f.location, source: f.source, ref: f.ref, phrase: f.phrase, reason: f.reason, suggestion: f.suggestion };
}

/** Builds the model and document of a report (live data unless a source is given) and runs the language check over its text; open flags go into the document's appendix. */
export function prepareReport(db: Conn, investigationId: string, request: ReportRequest, source?: ReportSource): PreparedReport {
  const standard = standardOr404(request.template);
  const base = modelFor(db, investigationId, request, source);
  const refs = refsOf(base);
  const checked = checkLanguage(numberDocument(buildDocument(standard, base)).document, languageAcknowledgements(db, investigationId));
  const flags = checked.map((f) => ({ ...f, ref: refs.get(f.source.id) ?? null }));
  const model = { ...base, languageFlags: flags.filter((f) => f.status === 'open').map(appendixFlag) };
  return { standard, model, document: buildDocument(standard, model), flags };
}
