import { z } from 'zod';
import { defineRoute, type RouteSpec } from '../http/route';
import { forbidden } from '../http/errors';
import { allows } from '../auth/permissions';
import { DeleteQuerySchema } from '../../schema/contracts/common';
import {
  LanguageAcknowledgementCreateSchema, LanguageAcknowledgementSchema, LanguageCheckQuerySchema, LanguageCheckSchema,
  ReportQuerySchema, ReportRecordSchema, ReportTemplateSchema,
} from '../../schema/contracts/reports';
import { standards } from '../../templates/registry';
import { actorOf } from '../services/actor';
import { generateReport } from '../reports/generate';
import { listReports } from '../reports/history';
import { standardOr404 } from '../reports/prepare';
import { snapshotSource } from '../reports/model/source';
import { snapshotForReport } from '../services/snapshots';
import { acknowledgeLanguage, languageCheck, reopenLanguage } from '../reports/language/service';

const base = '/api/investigations/:id/reports';
const anyReport = { kind: 'member', permission: 'reports.published' } as const;
const editText = { kind: 'member', permission: 'investigation.edit' } as const;

/** Reports: standards, PDF editions, the language check and the history of final reports (issue 6). */
export const reportRoutes: RouteSpec[] = [
  defineRoute({
    method: 'get', path: `${base}/templates`, tag: 'reports', summary: 'The report standards that can be generated',
    access: anyReport, response: z.array(ReportTemplateSchema),
    handler: () => standards.map((s) => ({ id: s.id, title: s.title, description: s.description })),
  }),
  defineRoute({
    method: 'get', path: `${base}/language-check`, tag: 'reports', summary: 'Blame or hindsight wording in the report text, with location, reason and reframing',
    access: anyReport, query: LanguageCheckQuerySchema, response: LanguageCheckSchema,
    handler: ({ db, member, query, now }) => {
      standardOr404(query.template);
      return languageCheck(db, member!.investigationId, query.template, now());
    },
  }),
  defineRoute({
    method: 'post', path: `${base}/language-check/acknowledgements`, tag: 'reports', summary: 'Mark the flagged wording of one field as considered, with a reason',
    access: editText, body: LanguageAcknowledgementCreateSchema, response: LanguageAcknowledgementSchema, status: 201,
    handler: ({ db, user, member, body, now }) => acknowledgeLanguage(db, actorOf(user!.id, now()), member!.investigationId, body, now()),
  }),
  defineRoute({
    method: 'delete', path: `${base}/language-check/acknowledgements/:ackId`, tag: 'reports', summary: 'Reopen flagged wording marked as considered',
    access: editText, query: DeleteQuerySchema,
    handler: ({ db, user, member, params, query, now }) => reopenLanguage(db, actorOf(user!.id, now()), member!.investigationId, params.ackId!, query.version),
  }),
  defineRoute({
    method: 'get', path: base, tag: 'reports', summary: 'Final reports generated, newest first, with their SHA-256',
    access: anyReport, response: z.array(ReportRecordSchema),
    handler: ({ db, member }) => listReports(db, member!.investigationId),
  }),
  defineRoute({
    method: 'get', path: `${base}/:template.pdf`, tag: 'reports',
    summary: 'A report as PDF: ?edition=restricted|published&stage=draft|consultation|final&dateStyle=month|relative&snapshotId= (built from that snapshot\'s content)',
    access: anyReport, query: ReportQuerySchema, producesFile: 'application/pdf',
    handler: async ({ db, user, member, params, query, res, now }) => {
      if (query.edition === 'restricted' && !allows(member!.role, 'reports.restricted')) {
        throw forbidden(`your role (${member!.role}) may not generate the restricted edition; ask for the published edition`);
      }
      const investigationId = member!.investigationId;
      const snapshot = query.snapshotId ? snapshotForReport(db, investigationId, query.snapshotId, { signedOff: false }) : null;
      const at = now();
      const report = await generateReport(db, actorOf(user!.id, at), investigationId, {
        template: params.template!, edition: query.edition, stage: query.stage, dateStyle: query.dateStyle, generatedAt: at,
      }, snapshot ? { id: query.snapshotId!, source: snapshotSource(db, investigationId, snapshot.content) } : undefined);
      res.status(200).type('application/pdf').attachment(report.fileName)
        .set({ 'Cache-Control': 'no-store', 'X-Report-SHA256': report.sha256 }).send(report.pdf);
      return undefined;
    },
  }),
];
