import type { Block } from '../document';
import type { ReportModel } from '../model';
import { list, note, para, paraIf, sub } from './blocks';

const inv = (id: string, field: string) => ({ kind: 'investigation' as const, id, field });

/** Section 1: notification, commissioning, methodology, parallel processes and the circumstances. */
export function synopsis(model: ReportModel): Block[] {
  const i = model.investigation;
  const notification = [
    ...(i.incidentDate ? [para(`The incident occurred on ${i.incidentDate}.`)] : []),
    ...paraIf(i.outcome, inv(i.id, 'outcome')),
    ...(i.commissioningBody ? [para(`The review was commissioned by ${i.commissioningBody}.`)] : []),
    ...(i.scope ? [para(`The review considered the period ${i.scope}.`)] : []),
  ];
  return [
    sub('Notification and commissioning', notification.length > 0 ? notification : [note('No notification details were recorded.')]),
    sub('Methodology', i.methodology.trim() !== '' ? [para(i.methodology, inv(i.id, 'methodology'))] : [note('No methodology was recorded.')]),
    sub('Parallel processes', i.parallelProcesses.length > 0
      ? [note('The review does not do the work of these processes and does not comment on their outcome.'), list(i.parallelProcesses.map((p) => ({ text: p })))]
      : [note('No parallel processes were recorded.')]),
    sub('Summary of circumstances', i.summary.trim() !== '' ? [para(i.summary, inv(i.id, 'summary'))] : [note('No summary was recorded.')]),
  ];
}
