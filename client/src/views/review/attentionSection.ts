import type { Investigation } from '../../../../schema/contracts/investigations';
import { h, replace } from '../../dom';
import { workspacePath } from '../../router';
import { table } from '../../components/tables';
import { reviewStatusTag } from '../../components/reviewControls';
import { attentionCounts, attentionItems, otherOpenThreads, type AttentionItem } from './attention';
import { itemDetail, type Selection } from './itemDetail';
import type { ReviewData } from './reviewData';

const otherKinds: Record<string, string> = { event: 'Chronology entry', factor_link: 'Causal link', recommendation: 'Recommendation' };

function otherLink(inv: Investigation, kind: string, id: string): string {
  if (kind === 'event') return `${workspacePath(inv.id, 'chronology')}?event=${encodeURIComponent(id)}`;
  if (kind === 'recommendation') return `${workspacePath(inv.id, 'findings')}?recommendation=${encodeURIComponent(id)}`;
  return workspacePath(inv.id, 'analysis');
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * "What needs the panel's attention": every factor and finding with its review status, decisions and
 * open comment threads, disputed first; selecting one shows its review controls and comments beside the list.
 */
export function attentionSection(inv: Investigation, initial: Selection | null, onSelect: (sel: Selection | null) => void, onChange: () => void) {
  const summary = h('p', { class: 'govuk-body', 'data-attention-summary': '' });
  const listHost = h('div', { class: 'sl-review-layout__list' });
  const others = h('div', { class: 'sl-review-others' });
  const detailHost = h('div', { class: 'sl-review-layout__detail', 'aria-live': 'off' });
  let selected = initial;
  let data: ReviewData | null = null;
  let detail: { el: HTMLElement; update(d: ReviewData): void } | null = null;

  function select(sel: Selection, focus: boolean): void {
    selected = sel;
    onSelect(sel);
    drawList();
    detail = itemDetail(inv, data!, sel, onChange);
    replace(detailHost, detail.el);
    if (focus) detail.el.querySelector<HTMLElement>('[data-detail-heading]')?.focus();
  }

  function itemButton(i: AttentionItem): HTMLElement {
    const current = selected?.kind === i.kind && selected.id === i.id;
    return h('button', {
      type: 'button', class: 'sl-link-button govuk-link sl-review-item', 'aria-pressed': current ? 'true' : 'false',
      onclick: () => select({ kind: i.kind, id: i.id }, true),
    }, i.statement);
  }

  function drawList(): void {
    if (!data) return;
    const items = attentionItems(data.factors, data.findings, data.threads, data.decisions);
    const c = attentionCounts(items);
    summary.textContent = items.length === 0 ? ''
      : `${c.disputed} disputed · ${c.rejected} rejected · ${c.proposed} proposed · ${c.accepted} accepted · ${plural(c.openThreads, 'open comment thread')} on them`;
    replace(listHost, table({
      caption: 'Factors and findings, those needing attention first', head: ['Factor or finding', 'Review status', 'Activity'],
      empty: 'There are no factors or findings yet. They appear here once the Analysis and Findings tabs have them.',
      classes: 'sl-review-table',
      rows: items.map((i) => [
        h('span', {}, h('span', { class: 'sl-secondary' }, i.kind === 'factor' ? 'Factor' : 'Finding'), itemButton(i)),
        reviewStatusTag(i.reviewStatus),
        i.openThreads + i.decisions === 0 ? h('span', { class: 'sl-muted sl-review-activity' }, 'None yet') : h('span', { class: 'sl-review-activity' },
          i.openThreads > 0 ? h('strong', { class: 'sl-review-activity__threads' }, plural(i.openThreads, 'open thread')) : null,
          i.decisions > 0 ? h('span', { class: 'sl-secondary' }, plural(i.decisions, 'decision')) : null),
      ]),
    }));
    const other = otherOpenThreads(data.threads);
    replace(others, other.length === 0 ? null : [
      h('h3', { class: 'govuk-heading-s' }, `Open comment threads on other items (${other.length})`),
      h('ul', { class: 'govuk-list' }, other.map((t) => h('li', {},
        h('a', { class: 'govuk-link', href: otherLink(inv, t.targetKind, t.targetId) }, `${otherKinds[t.targetKind] ?? t.targetKind}: “${t.excerpt}”`),
        t.replies > 0 ? h('span', { class: 'sl-secondary' }, plural(t.replies, 'reply', 'replies')) : null))),
    ]);
  }

  const el = h('section', { class: 'sl-section sl-review-attention', id: 'attention', 'aria-labelledby': 'attention-heading' },
    h('h2', { class: 'govuk-heading-l', id: 'attention-heading' }, 'What needs the panel’s attention'),
    summary,
    h('div', { class: 'sl-review-layout' }, h('div', {}, listHost, others), detailHost));

  return {
    el,
    /** Shows new data; the open item's forms and comments are kept, only its text is refreshed. */
    show(next: ReviewData): void {
      const first = data === null;
      data = next;
      drawList();
      if (first && selected) select(selected, false);
      else if (!selected) replace(detailHost, h('p', { class: 'govuk-body sl-muted sl-review-layout__hint' }, 'Select a factor or finding to read its review decisions and comments, and to record yours.'));
      else detail?.update(next);
    },
  };
}
