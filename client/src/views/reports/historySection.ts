import type { ReportRecord, ReportTemplate } from '../../../../schema/contracts/reports';
import { h, replace } from '../../dom';
import { api } from '../../api';
import { table } from '../../components/tables';

const when = (iso: string) => new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** What a final report was built from: the data at the time, or a snapshot (snapshots are never deleted) by its label. */
const builtFrom = (r: ReportRecord) => (r.snapshotId ? `Snapshot “${r.snapshotLabel ?? r.snapshotId}”` : 'The data at the time');

/** The history of final reports generated: standard, edition, stage, what it was built from, when, who and the file's SHA-256. */
export function historySection(investigationId: string, templates: ReportTemplate[]) {
  const body = h('div', {});
  const el = h('section', { class: 'sl-report-section', 'aria-labelledby': 'history-heading' },
    h('h3', { class: 'govuk-heading-m', id: 'history-heading' }, 'Report history'),
    h('p', { class: 'govuk-body' }, 'Every final edition generated, newest first. The SHA-256 identifies the exact file: '
      + 'the same data and date give the same file.'),
    body);
  const title = (id: string) => templates.find((t) => t.id === id)?.title ?? id;

  async function load(): Promise<void> {
    const records = await api.get<ReportRecord[]>(`/api/investigations/${encodeURIComponent(investigationId)}/reports`);
    replace(body, table({
      caption: 'Final reports generated', head: ['Generated', 'Standard', 'Edition', 'Stage', 'Built from', 'By', 'SHA-256'],
      empty: 'No final edition has been generated yet.', classes: 'sl-history',
      rows: records.map((r) => [when(r.generatedAt), title(r.template), r.edition, r.stage, builtFrom(r), r.generatedBy ?? 'Unknown',
        h('code', { class: 'sl-sha' }, r.sha256)]),
    }));
  }
  return { el, load };
}
