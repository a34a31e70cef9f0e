import './conflictMerge.scss';
import { h, replace } from '../dom';
import { button, uniqueId } from './forms';
import { isConflict } from './conflict';
import {
  compareFields, countChoices, initialChoices, mergeValues, sameAsSaved, type MergeField, type MergeRow, type MergeSide,
} from './conflictMergeModel';

export type { MergeField } from './conflictMergeModel';

/** What the merge screen compares, and the element it stands in for while it is open (usually the edit form). */
export interface ConflictOptions {
  /** The kind of item in words: "factor", "investigation". */
  what: string;
  fields: readonly MergeField[];
  /** The values the user tried to save. */
  mine: Record<string, unknown>;
  /** The values saved by someone else (the current record). */
  theirs: Record<string, unknown>;
  /** Hidden while the screen is open, and shown again when it closes. */
  replacing: HTMLElement;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function sideOption(row: MergeRow, side: MergeSide, checked: boolean, onPick: () => void): HTMLElement {
  const id = uniqueId(`merge-${row.name}-${side}`);
  const input = h('input', { class: 'govuk-radios__input', type: 'radio', id, name: `merge-${row.name}`, value: side });
  input.checked = checked;
  input.addEventListener('change', onPick);
  return h('div', { class: `govuk-radios__item sl-merge__side sl-merge__side--${side}` },
    input,
    h('label', { class: 'govuk-label govuk-radios__label', for: id }, side === 'mine' ? 'Keep yours' : 'Take theirs'),
    h('div', { class: 'govuk-hint govuk-radios__hint sl-merge__value' }, side === 'mine' ? row.mine : row.theirs));
}

function sameRow(row: MergeRow): HTMLElement {
  return h('div', { class: 'sl-merge__field sl-merge__field--same' },
    h('p', { class: 'govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1' }, row.label),
    h('p', { class: 'govuk-body-s sl-merge__value' }, h('span', { class: 'sl-muted' }, 'Same in both versions: '), row.mine));
}

/**
 * Shows the merge screen for a refused save (409): both versions side by side, field by field, the
 * differing fields highlighted with a radio group each (keep yours or take theirs). Resolves with the
 * merged values when the user saves, or null when they cancel. The screen takes focus; Escape cancels.
 */
export function resolveConflict(o: ConflictOptions): Promise<Record<string, unknown> | null> {
  const rows = compareFields(o.fields, o.mine, o.theirs);
  const differing = rows.filter((r) => r.differs);
  const choices = initialChoices(rows);
  const headingId = uniqueId('merge-heading');
  const summary = h('p', { class: 'govuk-body sl-merge__summary', role: 'status' });
  const fieldList = h('div', { class: 'sl-merge__fields' });

  function say(): void {
    const n = countChoices(choices);
    summary.textContent = differing.length === 0 ? ''
      : `The merged version keeps ${n.mine} of your values and takes ${n.theirs} of theirs.`;
  }

  function drawFields(): void {
    replace(fieldList, rows.map((row) => (row.differs
      ? h('fieldset', { class: 'govuk-fieldset sl-merge__field sl-merge__field--differs', 'data-merge-field': row.name },
        h('legend', { class: 'govuk-fieldset__legend govuk-fieldset__legend--s' }, row.label,
          h('strong', { class: 'govuk-tag govuk-tag--yellow sl-merge__tag' }, 'Differs')),
        h('div', { class: 'govuk-radios govuk-radios--small sl-merge__sides' },
          (['mine', 'theirs'] as const).map((side) => sideOption(row, side, choices[row.name] === side, () => { choices[row.name] = side; say(); }))))
      : sameRow(row))));
  }

  function setAll(side: MergeSide): void {
    for (const row of differing) choices[row.name] = side;
    drawFields();
    say();
  }

  const intro = differing.length > 0
    ? `Your changes have not been saved yet. ${plural(differing.length, 'field differs', 'fields differ')} from the version saved since you opened it. For each one, keep your value or take theirs, then save.`
    : 'Your changes have not been saved yet. The version saved since you opened it has the same values as yours in every field of this form; other details of it changed. You can save your version on top of it.';

  const region = h('section', { class: 'sl-merge', 'aria-labelledby': headingId, tabindex: -1, 'data-conflict-merge': '' },
    h('h2', { class: 'govuk-heading-m', id: headingId }, `Someone else changed this ${o.what} while you were editing it`),
    h('p', { class: 'govuk-body' }, intro),
    differing.length > 0
      ? h('div', { class: 'govuk-button-group' },
        button('Keep all of mine', { variant: 'secondary', onclick: () => setAll('mine') }),
        button('Take all of theirs', { variant: 'secondary', onclick: () => setAll('theirs') }))
      : null,
    fieldList,
    summary);

  drawFields();
  say();

  return new Promise((resolve) => {
    const close = (result: Record<string, unknown> | null) => {
      region.remove();
      o.replacing.hidden = false;
      resolve(result);
    };
    region.append(h('div', { class: 'govuk-button-group' },
      button(differing.length > 0 ? 'Save the merged version' : 'Save my version', { onclick: () => close(mergeValues(o.fields, o.mine, o.theirs, choices)) }),
      button('Cancel', { variant: 'secondary', onclick: () => close(null) })));
    region.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') { event.preventDefault(); close(null); }
    });
    o.replacing.before(region);
    o.replacing.hidden = true;
    queueMicrotask(() => region.focus());
  });
}

/** How a conflict ended: saved merged values, nothing left to save (theirs kept), or cancelled. */
export type MergeOutcome<T> = { outcome: 'saved'; saved: T } | { outcome: 'keptTheirs' } | { outcome: 'cancelled' };

/**
 * After a save was refused with 409: loads the current record, shows the merge screen, and saves the
 * merged values with the current version, repeating if yet another save came in between.
 */
export async function retryAfterConflict<T>(o: {
  what: string;
  fields: readonly MergeField[];
  mine: Record<string, unknown>;
  replacing: HTMLElement;
  load: () => Promise<Record<string, unknown> & { version: number }>;
  save: (values: Record<string, unknown>, version: number) => Promise<T>;
}): Promise<MergeOutcome<T>> {
  let mine = o.mine;
  for (;;) {
    const theirs = await o.load();
    const merged = await resolveConflict({ what: o.what, fields: o.fields, mine, theirs, replacing: o.replacing });
    if (!merged) return { outcome: 'cancelled' };
    if (sameAsSaved(o.fields, merged, theirs)) return { outcome: 'keptTheirs' };
    try {
      return { outcome: 'saved', saved: await o.save(merged, theirs.version) };
    } catch (err) {
      if (!isConflict(err)) throw err;
      mine = merged;
    }
  }
}

/** Merge fields from a label map (field name to label), with optional formatters by field name. */
export function mergeFields(labels: Record<string, string>, formats: Record<string, (value: unknown) => string> = {}): MergeField[] {
  return Object.entries(labels).map(([name, label]) => ({ name, label, ...(formats[name] ? { format: formats[name] } : {}) }));
}
