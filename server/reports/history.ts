import { randomUUID } from 'node:crypto';
import { desc, eq } from 'drizzle-orm';
import type { Conn, Db } from '../db/open';
import { reports, snapshots, users } from '../../schema/tables';
import type { ReportRecord } from '../../schema/contracts/reports';
import { recordAudit } from '../services/audit';
import type { Actor } from '../services/actor';

/** Records a generated final report with its SHA-256 and the snapshot it was built from, if any (audited). */
export function recordReport(db: Db, actor: Actor, investigationId: string,
  report: { template: string; edition: string; stage: string; sha256: string; snapshotId: string | null }): void {
  db.transaction((tx) => {
    const row = tx.insert(reports).values({
      id: randomUUID(), investigationId, template: report.template, edition: report.edition, stage: report.stage, sha256: report.sha256,
      snapshotId: report.snapshotId, generatedBy: actor.userId, generatedAt: actor.at,
    }).returning().get();
    recordAudit(tx, actor, { investigationId, entity: 'report', entityId: row.id, action: 'create', after: row });
  });
}

/** The reports generated for an investigation, newest first, with who generated them and from which snapshot. */
export function listReports(db: Conn, investigationId: string): ReportRecord[] {
  return db.select({ r: reports, name: users.name, label: snapshots.label }).from(reports)
    .leftJoin(users, eq(users.id, reports.generatedBy)).leftJoin(snapshots, eq(snapshots.id, reports.snapshotId))
    .where(eq(reports.investigationId, investigationId)).orderBy(desc(reports.generatedAt), desc(reports.id)).all()
    .map(({ r, name, label }) => ({
      id: r.id, template: r.template, edition: r.edition as ReportRecord['edition'], stage: r.stage as ReportRecord['stage'],
      sha256: r.sha256, generatedBy: name ?? null, generatedAt: r.generatedAt, snapshotId: r.snapshotId, snapshotLabel: label ?? null,
    }));
}
