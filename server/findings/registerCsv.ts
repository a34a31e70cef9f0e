import type { RegisterEntry } from '../../schema/contracts/findings';
import { labels } from '../../schema/contracts/enums';
import { toCsv } from './csv';

const header = [
  'Identifier', 'Investigation', 'Addressee', 'Recommendation', 'Intended outcome', 'How it will be measured',
  'Issued', 'Response due', 'Status', 'Assessment', 'Responses', 'Last response', 'Overdue', 'Status reason', 'Superseded by',
];

/** The recommendation register as CSV, one line per recommendation, in the order given. */
export function registerCsv(entries: readonly RegisterEntry[]): string {
  return toCsv(header, entries.map((e) => [
    e.identifier, e.investigationReference, e.addresseeName, e.text, e.intendedOutcome, e.measure,
    e.issuedAt, e.responseDueAt, labels[e.status] ?? e.status, labels[e.assessment] ?? e.assessment,
    e.responseCount, e.lastResponseOn, e.overdue ? 'yes' : 'no', e.statusReason, e.supersededByIdentifier,
  ]));
}
