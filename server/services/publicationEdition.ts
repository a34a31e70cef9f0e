import { and, desc, eq, ne } from 'drizzle-orm';
import type { Conn, Db } from '../db/open';
import { checkAcknowledgements, places, publications, snapshots } from '../../schema/tables';
import type { ReportModel } from '../../templates/model';
import type { PublicationCheckSchema } from '../../schema/contracts/publication';
import type { z } from 'zod';
import { notFound, unprocessable } from '../http/errors';
import { prepareReport } from '../reports/prepare';
import { renderPdf } from '../reports/pdf/renderPdf';
import { checkEdition, type Leak } from '../publication/leakCheck';
import { extractPdf } from '../publication/pdfExtract';
import { slugFor } from '../publication/slug';
import { listPeopleRows } from './people';

/** The rule id under which suspected names are dismissed in check_acknowledgements. */
export const UNREGISTERED_NAME_RULE = 'unregistered_name';

/** A published edition ready to be checked and stored. */
export interface BuiltEdition { model: ReportModel; pdf: Buffer; slug: string; title: string; leaks: Leak[] }

/** The folded names dismissed as not identifying anyone. */
export function dismissedNames(db: Conn, investigationId: string): Set<string> {
  return new Set(db.select({ key: checkAcknowledgements.targetKey }).from(checkAcknowledgements).where(and(
    eq(checkAcknowledgements.investigationId, investigationId), eq(checkAcknowledgements.ruleId, UNREGISTERED_NAME_RULE),
  )).all().map((r) => r.key));
}

/** The registry as the detectors need it. */
export function registryOf(db: Conn, investigationId: string) {
  return {
    people: listPeopleRows(db, investigationId),
    places: db.select().from(places).where(eq(places.investigationId, investigationId)).all(),
  };
}

/** The slug of an investigation's publications: the one it already has, otherwise reference + year, unique across the library. */
export function slugOf(db: Conn, investigationId: string, reference: string, year: number): string {
  const own = db.select({ slug: publications.slug }).from(publications).where(eq(publications.investigationId, investigationId))
    .orderBy(desc(publications.publicationVersion)).get();
  if (own) return own.slug;
  const base = slugFor(reference, year);
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    const used = db.select({ id: publications.id }).from(publications)
      .where(and(eq(publications.slug, slug), ne(publications.investigationId, investigationId))).get();
    if (!used) return slug;
  }
}

/** Refuses a snapshot that is not this investigation's. */
export function assertSnapshot(db: Conn, investigationId: string, snapshotId: string | undefined): void {
  if (!snapshotId) return;
  const row = db.select({ id: snapshots.id }).from(snapshots)
    .where(and(eq(snapshots.id, snapshotId), eq(snapshots.investigationId, investigationId))).get();
  if (!row) throw notFound('snapshot');
}

/**
 * Builds the published edition (final stage, pseudonymised, dates coarsened), renders its PDF and runs the leak check
 * over the model, the slug, the PDF metadata and the text poppler extracts from the PDF. Open language flags refuse
 * it, as they refuse a final report.
 */
export async function buildEdition(db: Db, investigationId: string, input: z.output<typeof PublicationCheckSchema>, now: Date): Promise<BuiltEdition> {
  const prepared = prepareReport(db, investigationId, { template: input.template, edition: 'published', stage: 'final', dateStyle: input.dateStyle, generatedAt: now });
  const open = prepared.flags.filter((f) => f.status === 'open');
  if (open.length > 0) {
    throw unprocessable(
      `language: a review cannot be published while ${open.length} language ${open.length === 1 ? 'flag is' : 'flags are'} neither rewritten nor marked considered`,
      { flags: open.map((f) => ({ key: f.key, location: f.location, ref: f.ref, phrase: f.phrase })) },
    );
  }
  const model = prepared.model;
  const slug = slugOf(db, investigationId, model.investigation.reference, model.year);
  const pdf = await renderPdf(prepared.document, { creationDate: now });
  const extracted = await extractPdf(pdf);
  const meta = prepared.document.meta;
  const registry = registryOf(db, investigationId);
  const leaks = checkEdition(
    { model, slug, pdfPages: extracted.pages, pdfMetadata: { ...extracted.metadata, Title: meta.title, Author: meta.author, Subject: meta.subject, Keywords: meta.keywords.join(', ') } },
    { ...registry, dismissedNames: dismissedNames(db, investigationId) },
  );
  return { model, pdf, slug, title: meta.title, leaks };
}
