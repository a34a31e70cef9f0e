import type { Investigation } from '../../../../schema/contracts/investigations';
import type { KindDiff, SnapshotSummary } from '../../../../schema/contracts/review';
import { h, replace } from '../../dom';
import { api } from '../../api';
import { button, selectField, valueOf } from '../../components/forms';
import { problemsOf } from '../../components/errors';
import { table } from '../../components/tables';
import { formatDateTime } from '../../components/changeWords';
import { describeKindDiff, namesFromContent, namesFromDiff, type KindInWords } from './diffWording';
import { reviewPath } from './reviewData';

interface DiffSide { id: string; label: string; takenAt: string | null }
interface SnapshotDiff { from: DiffSide; to: DiffSide; identical: boolean; kinds: KindDiff[] }

function sideName(s: DiffSide): string {
  return s.id === 'current' ? 'the current data' : `“${s.label}” (${formatDateTime(s.takenAt)})`;
}

function kindView(k: KindInWords): HTMLElement {
  return h('section', { class: 'sl-diff__kind', 'data-diff-kind': k.kind, 'aria-labelledby': `diff-${k.kind}` },
    h('h4', { class: 'govuk-heading-s', id: `diff-${k.kind}` }, `${k.title}: ${k.summary}`),
    k.added.length > 0 ? [h('p', { class: 'govuk-body govuk-!-margin-bottom-1' }, 'Added:'), h('ul', { class: 'govuk-list govuk-list--bullet sl-diff__added' }, k.added.map((t) => h('li', {}, t)))] : null,
    k.removed.length > 0 ? [h('p', { class: 'govuk-body govuk-!-margin-bottom-1' }, 'Removed:'), h('ul', { class: 'govuk-list govuk-list--bullet sl-diff__removed' }, k.removed.map((t) => h('li', {}, t)))] : null,
    k.changed.map((c) => h('div', { class: 'sl-diff__changed' },
      h('p', { class: 'govuk-body govuk-!-margin-bottom-1' }, 'Changed: ', h('strong', {}, c.label)),
      table({ caption: `What changed in ${c.label}`, head: ['Field', 'Before', 'After'], rows: c.fields.map((f) => [f.field, f.before, f.after]), classes: 'sl-diff__table' }))));
}

/** The comparison of two frozen versions, or a frozen version and the current data, in words: per entity kind, what was added, removed and changed field by field. */
export function compareView(inv: Investigation) {
  const formHost = h('div');
  const result = h('div', { class: 'sl-diff' });
  let snapshots: SnapshotSummary[] = [];
  let chosen: { from: string; to: string } | null = null;

  function drawForm(): void {
    if (snapshots.length === 0) return replace(formHost);
    const from = chosen?.from ?? snapshots[0]!.id;
    const to = chosen?.to ?? 'current';
    const choices = snapshots.map((s) => ({ value: s.id, label: `${s.label} (${formatDateTime(s.takenAt)})` }));
    const form = h('form', { novalidate: true, class: 'sl-diff__form', 'aria-label': 'Compare versions' },
      h('h3', { class: 'govuk-heading-m' }, 'Compare versions'),
      h('div', { class: 'sl-field-row' },
        selectField({ name: 'from', label: 'From', value: from, choices }),
        selectField({ name: 'to', label: 'To', value: to, choices: [{ value: 'current', label: 'The current data' }, ...choices] })),
      button('Show the differences', { type: 'submit', variant: 'secondary' }));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void show(valueOf(form, 'from'), valueOf(form, 'to'));
    });
    replace(formHost, form);
  }

  async function show(from: string, to: string): Promise<void> {
    chosen = { from, to };
    drawForm();
    replace(result, h('p', { class: 'govuk-body', role: 'status' }, 'Comparing…'));
    try {
      const [diff, base] = await Promise.all([
        api.get<SnapshotDiff>(reviewPath(inv.id, `snapshots/${encodeURIComponent(from)}/diff/${encodeURIComponent(to)}`)),
        api.get<{ content: Record<string, unknown> }>(reviewPath(inv.id, `snapshots/${encodeURIComponent(from)}`)),
      ]);
      const names = namesFromDiff(diff.kinds, namesFromContent(base.content));
      const heading = h('h3', { class: 'govuk-heading-m', tabindex: -1 }, `Differences from ${sideName(diff.from)} to ${sideName(diff.to)}`);
      replace(result, heading,
        diff.identical || diff.kinds.length === 0
          ? h('p', { class: 'govuk-body' }, 'There are no differences: the two versions hold the same chronology, analysis, findings and review decisions.')
          : diff.kinds.map((k) => kindView(describeKindDiff(k, names))));
      heading.focus();
    } catch (err) {
      replace(result, h('p', { class: 'govuk-body sl-error-text', role: 'alert' }, `The versions could not be compared: ${problemsOf(err)[0]!.message}`));
    }
  }

  const el = h('div', { class: 'sl-review-compare' }, formHost, result);
  return {
    el,
    show: (from: string, to: string) => void show(from, to),
    setSnapshots(next: SnapshotSummary[]): void {
      snapshots = next;
      if (chosen && !next.some((s) => s.id === chosen!.from)) chosen = null;
      drawForm();
    },
  };
}
