import { and, desc, eq, ne } from 'drizzle-orm';
import type { Conn, Db } from '../db/open';
import { checkAcknowledgements, publications } from '../../schema/tables';
import type { ReportModel } from '../../templates/model';
import type { PublicationCheckSchema } from '../../schema/contracts/publication';
import type { z } from 'zod';
import type { SnapshotSummary } from '../../schema/contracts/review';
import { unprocessable } from '../http/errors';
import { prepareReport } from '../reports/prepare';
import { liveSource, snapshotSource } from '../reports/model/source';
import { renderPdf } from '../reports/pdf/renderPdf';
import { checkEdition, type Leak } from '../publication/leakCheck';
import { extractPdf } from '../publication/pdfExtract';
import { slugFor } from '../publication/slug';
import { publicationTitle } from '../../templates/reviewTitle';
import { snapshotForReport } from './snapshots';

/** The rule id under which suspected names are dismissed in check_acknowledgements. */
export const UNREGISTERED_NAME_RULE = 'unregistered_name';

/** A published edition ready to be checked and stored, and the snapshot it was built from (null: the live data). */
export interface BuiltEdition { model: ReportModel; pdf: Buffer; slug: string; title: string; leaks: Leak[]; snapshot: SnapshotSummary | null }

/** The folded names dismissed as not identifying anyone. */
export function dismissedNames(db: Conn, investigationId: string): Set<string> {
  return new Set(db.select({ key: checkAcknowledgements.targetKey }).from(checkAcknowledgements).where(and(
    eq(checkAcknowledgements.investigationId, investigationId), eq(checkAcknowledgements.ruleId, UNREGISTERED_NAME_RULE),
  )).all().map((r) => r.key));
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

/**
 * Builds the published edition (final stage, pseudonymised, dates coarsened) from the content of the snapshot the
 * input names (404 unless it is this investigation's; 422 unless signed off when `signedOff` is asked for), or from
 * the live data when it names none, renders its PDF and runs the leak check over the model, the slug, the PDF
 * metadata and the text poppler extracts from the PDF, against the registry that anonymised it. Language
 * acknowledgements and dismissed names are the investigation's current ones. Open language flags refuse it, as they
 * refuse a final report.
 */
export async function buildEdition(
  db: Db, investigationId: string, input: z.output<typeof PublicationCheckSchema>, now: Date, { signedOff = false }: { signedOff?: boolean } = {},
): Promise<BuiltEdition> {
  const snapshot = input.snapshotId ? snapshotForReport(db, investigationId, input.snapshotId, { signedOff }) : null;
  const source = snapshot ? snapshotSource(db, investigationId, snapshot.content) : liveSource(db, investigationId);
  const request = { template: input.template, edition: 'published', stage: 'final', dateStyle: input.dateStyle, generatedAt: now } as const;
  const prepared = prepareReport(db, investigationId, request, source);
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
  const leaks = checkEdition(
    { model, slug, pdfPages: extracted.pages, pdfMetadata: { ...extracted.metadata, Title: meta.title, Author: meta.author, Subject: meta.subject, Keywords: meta.keywords.join(', ') } },
    { ...source.registry, dismissedNames: dismissedNames(db, investigationId) },
  );
  const title = publicationTitle(prepared.standard.title, model.investigation.title);
  return { model, pdf, slug, title, leaks, snapshot: snapshot?.summary ?? null };
}
