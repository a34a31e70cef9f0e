import { createHash } from 'node:crypto';
import type { Db } from '../db/open';
import { unprocessable } from '../http/errors';
import type { Actor } from '../services/actor';
import { renderPdf } from './pdf/renderPdf';
import { prepareReport, type ReportRequest } from './prepare';
import type { ReportSource } from './model/source';
import { recordReport } from './history';

/** A generated report file. */
export interface GeneratedReport {
  pdf: Buffer;
  sha256: string;
  fileName: string;
}

const safe = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '');

/**
 * Generates a report PDF from the live data, or from a snapshot's content when one is given. A final edition is
 * refused (422 listing the flags) while any language flag is open; drafts list the open flags in an appendix. Every
 * final report is recorded with its SHA-256 and the snapshot it was built from.
 */
export async function generateReport(db: Db, actor: Actor, investigationId: string, request: ReportRequest,
  snapshot?: { id: string; source: ReportSource }): Promise<GeneratedReport> {
  const prepared = prepareReport(db, investigationId, request, snapshot?.source);
  const open = prepared.flags.filter((f) => f.status === 'open');
  if (request.stage === 'final' && open.length > 0) {
    throw unprocessable(
      `stage: a final report cannot be generated while ${open.length} language ${open.length === 1 ? 'flag is' : 'flags are'} neither rewritten nor marked considered`,
      { flags: open.map((f) => ({ key: f.key, location: f.location, section: f.section, ref: f.ref, phrase: f.phrase, reason: f.reason, suggestion: f.suggestion })) },
    );
  }
  const pdf = await renderPdf(prepared.document, { creationDate: request.generatedAt });
  const sha256 = createHash('sha256').update(pdf).digest('hex');
  if (request.stage === 'final') {
    recordReport(db, actor, investigationId, { template: request.template, edition: request.edition, stage: request.stage, sha256, snapshotId: snapshot?.id ?? null });
  }
  const reference = safe(prepared.model.investigation.reference) || 'report';
  return { pdf, sha256, fileName: `${reference}-${request.template}-${request.edition}-${request.stage}.pdf` };
}
