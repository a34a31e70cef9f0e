/** What the Reports screen asks the PDF endpoint for. */
export interface ReportChoice {
  template: string;
  edition: 'restricted' | 'published';
  stage: 'draft' | 'consultation' | 'final';
  dateStyle: 'month' | 'relative';
  /** The snapshot whose content the report is built from; the live data when absent. */
  snapshotId?: string;
}

/** The PDF endpoint's URL for a choice: `/api/investigations/:id/reports/:template.pdf?edition&stage&dateStyle[&snapshotId]`. */
export function reportUrl(investigationId: string, c: ReportChoice): string {
  const query = new URLSearchParams({ edition: c.edition, stage: c.stage, dateStyle: c.dateStyle });
  if (c.snapshotId) query.set('snapshotId', c.snapshotId);
  return `/api/investigations/${encodeURIComponent(investigationId)}/reports/${encodeURIComponent(c.template)}.pdf?${query}`;
}

/** The file name the browser saves a report under. */
export function reportFileName(reference: string, c: ReportChoice): string {
  const safe = reference.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'report';
  return `${safe}-${c.template}-${c.edition}-${c.stage}.pdf`;
}
