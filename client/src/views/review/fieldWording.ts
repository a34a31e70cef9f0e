import { labels } from '../../../../schema/contracts/enums';
import { contextTags, taxonomyCategories, taxonomyLevels } from '../../../../schema/taxonomy';
import { formatDate } from '../../components/changes';
import { entityLabel, formatDateTime } from '../../components/changeWords';

/** Labels of stored fields across the data model, for difference lists and the audit viewer. */
const fieldLabels: Record<string, string> = {
  reference: 'Reference', title: 'Title', status: 'Status', incidentDate: 'Incident date', scopeStart: 'Scope period start',
  scopeEnd: 'Scope period end', termsOfReference: 'Terms of reference', methodology: 'Methodology', commissioningBody: 'Commissioning body',
  parallelProcesses: 'Parallel processes', summary: 'Summary of circumstances', outcome: 'Outcome statement', publishingArea: 'Publishing area',
  name: 'Name', kind: 'Kind', realName: 'Real name', aliases: 'Aliases', dateOfBirth: 'Date of birth', identifiers: 'Identifiers',
  relationship: 'Relationship to the child', jobTitle: 'Job title', pseudonym: 'Pseudonym', roleCode: 'Role code', replacement: 'Replaced by',
  agencyId: 'Agency', episodeId: 'Key practice episode', occurred: 'Date', precision: 'Date precision', uncertain: 'Date uncertain',
  approximate: 'Date approximate', sequence: 'Order on the day', description: 'Description', knownAtTime: 'Known at the time',
  childSeen: 'Child seen', childWords: "Child's words", sharedWith: 'Shared with', confidence: 'Confidence', sourceIds: 'Sources',
  eventIds: 'Chronology entries', actorIds: 'Practitioners', subjectIds: 'Child and family', eventAId: 'First entry', eventBId: 'Second entry',
  note: 'Note', level: 'Level', category: 'Category', statement: 'Statement', influence: 'Influence', contextTags: 'Case context',
  reviewStatus: 'Review status', fromFactorId: 'From factor', toKind: 'Leads to', toFactorId: 'To factor', toEventId: 'To entry',
  rationale: 'Rationale', type: 'Type', inThisCase: 'How it showed in this case', notUnique: 'Why it is not unique to this case',
  whyItMatters: 'Why it matters', factorIds: 'Factors', findingIds: 'Findings', boardQuestions: 'Questions for the board', position: 'Position',
  isFinal: 'Final', identifier: 'Identifier', addresseeName: 'Addressee', text: 'Text', intendedOutcome: 'Intended outcome',
  measure: 'How it will be measured', issuedOn: 'Date issued', responseDue: 'Response due', receivedOn: 'Received on',
  organisation: 'Organisation', assessment: 'Assessment', takenOn: 'Taken on', body: 'Comment', resolved: 'Resolved',
  parentId: 'Reply to', targetKind: 'Kind of item', targetId: 'Item', authorRole: "Author's role", authorId: 'Author', reason: 'Reason',
  agreedForPublication: 'Agreed for the published report', role: 'Role', userId: 'Account', email: 'Email address', isAdmin: 'Administrator',
  label: 'Label', signOffNote: 'Sign-off note', signedOffAt: 'Signed off', takenAt: 'Frozen',
};

/** Fields that change with every edit or only link rows together; a reader learns nothing from them. */
export const quietFields: readonly string[] = ['id', 'investigationId', 'createdAt', 'updatedAt', 'version', 'sortStart', 'sortEnd'];

const codeWords = new Map<string, string>([
  ...Object.entries(labels),
  ...taxonomyLevels.map((l) => [l.code, l.label] as [string, string]),
  ...taxonomyCategories.map((c) => [c.code, c.label] as [string, string]),
  ...contextTags.map((t) => [t.code, t.label] as [string, string]),
]);

/** A field's label ("Review status"); unknown fields are spelled out from their name. */
export function fieldLabel(field: string): string {
  const known = fieldLabels[field];
  if (known) return known;
  const words = field.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/_/g, ' ').toLowerCase();
  return words ? words[0]!.toUpperCase() + words.slice(1) : field;
}

/** A short name for a stored item: its statement, title, pseudonym, name or text, cut to 80 characters. */
export function itemName(item: unknown): string {
  if (!item || typeof item !== 'object') return 'an item';
  const o = item as Record<string, unknown>;
  for (const key of ['statement', 'title', 'pseudonym', 'replacement', 'name', 'label', 'identifier', 'description', 'text', 'body', 'reason', 'rationale']) {
    const v = o[key];
    if (typeof v === 'string' && v.trim()) {
      const t = v.trim().replace(/\s+/g, ' ');
      return t.length > 80 ? `${t.slice(0, 79)}…` : t;
    }
  }
  return 'an item';
}

const isIdField = (field: string) => /Ids?$/.test(field) || ['parentId', 'targetId', 'takenBy', 'signedOffBy'].includes(field);

/**
 * A stored value in words: "(empty)", Yes/No, codes as their labels (Disputed, Workload and caseloads),
 * dates as "18 January 2024", ids as the names of the items they point to (from `names`), lists one per line.
 */
export function valueInWords(field: string, value: unknown, names: ReadonlyMap<string, string> = new Map()): string {
  if (value === null || value === undefined || value === '') return '(empty)';
  if (Array.isArray(value)) return value.length === 0 ? '(empty)' : value.map((v) => valueInWords(field, v, names)).join('\n');
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if ('kind' in o && 'value' in o) return `${valueInWords('kind', o.kind, names)}: ${valueInWords('value', o.value, names)}`;
    return Object.entries(o).map(([k, v]) => `${fieldLabel(k)}: ${valueInWords(k, v, names)}`).join('; ');
  }
  const text = String(value);
  if (isIdField(field)) return names.get(text) ?? 'an item not shown here';
  if (field === 'targetKind') return entityLabel(text);
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return formatDate(text);
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text)) return formatDateTime(text);
  return codeWords.get(text) ?? text;
}
