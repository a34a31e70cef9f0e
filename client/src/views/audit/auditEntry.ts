import { h } from '../../dom';
import { table } from '../../components/tables';
import { describeChange, formatDateTime } from '../../components/changeWords';
import { fieldLabel, valueInWords } from '../review/fieldWording';
import { auditFieldChanges, auditItemName, type AuditEntry } from './auditChanges';

/** One audit entry: when, who, what happened to which item, and its fields before and after (ids shown by `names`). */
export function auditEntryView(e: AuditEntry, names: ReadonlyMap<string, string>): HTMLElement {
  const changes = auditFieldChanges(e.before, e.after);
  const name = auditItemName(e);
  const head = e.action === 'create' ? ['Field', 'Value'] : e.action === 'delete' ? ['Field', 'Value when removed'] : ['Field', 'Before', 'After'];
  const rows = changes.map((c) => {
    const before = valueInWords(c.field, c.before, names);
    const after = valueInWords(c.field, c.after, names);
    return e.action === 'create' ? [fieldLabel(c.field), after] : e.action === 'delete' ? [fieldLabel(c.field), before] : [fieldLabel(c.field), before, after];
  });
  return h('article', { class: `sl-audit__entry sl-audit__entry--${e.action}`, 'data-audit-entry': String(e.id) },
    h('p', { class: 'govuk-body-s sl-audit__when' }, h('time', { datetime: e.at }, formatDateTime(e.at))),
    h('p', { class: 'govuk-body govuk-!-margin-bottom-2' },
      h('strong', {}, e.userName ?? (e.userId ? 'A removed account' : 'The system')), ` ${describeChange(e.entity, e.action)}`,
      name !== 'an item' ? [': ', h('span', { class: 'sl-audit__item' }, `“${name}”`)] : null),
    rows.length > 0
      ? table({ caption: `Fields of ${name === 'an item' ? 'the item' : name}`, head, rows, classes: 'sl-audit__table' })
      : h('p', { class: 'govuk-body-s sl-muted' }, 'No field values were recorded for this change.'));
}
