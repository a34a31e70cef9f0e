import type { Investigation } from '../../../../schema/contracts/investigations';
import { labels } from '../../../../schema/contracts/enums';
import { findCategory, findLevel, type FactorLevel } from '../../../../schema/taxonomy';
import { h, replace } from '../../dom';
import { workspacePath } from '../../router';
import { reviewControls } from '../../components/reviewControls';
import { commentThread } from '../../components/commentThread';
import type { ReviewData } from './reviewData';

/** A selected factor or finding, by kind and id. */
export interface Selection { kind: 'factor' | 'finding'; id: string }

function describe(data: ReviewData, sel: Selection): { caption: string; statement: string; body: string; version: number; reviewStatus: string } | null {
  if (sel.kind === 'factor') {
    const f = data.factors.find((x) => x.id === sel.id);
    if (!f) return null;
    const level = findLevel(f.level as FactorLevel)?.label ?? f.level;
    const influence = f.influence === 'supported' ? ' · supporting' : '';
    return { caption: `Factor · ${level} · ${findCategory(f.category)?.label ?? f.category}${influence}`, statement: f.statement, body: f.description, version: f.version, reviewStatus: f.reviewStatus };
  }
  const g = data.findings.find((x) => x.id === sel.id);
  if (!g) return null;
  return { caption: `Finding · ${labels[g.type] ?? g.type}`, statement: g.statement, body: g.inThisCase, version: g.version, reviewStatus: g.reviewStatus };
}

/**
 * The selected factor or finding: what it says, a link to where it is edited, its review controls and
 * its comment thread. `update` refreshes the text after a reload without disturbing forms being filled in.
 */
export function itemDetail(inv: Investigation, data: ReviewData, sel: Selection, onChange: () => void) {
  const info = describe(data, sel);
  if (!info) return { el: h('p', { class: 'govuk-body sl-muted' }, 'This item is no longer in the investigation.'), update: () => {} };
  const caption = h('span', { class: 'govuk-caption-m' });
  const heading = h('h3', { class: 'govuk-heading-m', tabindex: -1, 'data-detail-heading': '' });
  const body = h('p', { class: 'govuk-body sl-review-detail__body' });
  const where = sel.kind === 'factor'
    ? h('a', { class: 'govuk-link', href: `${workspacePath(inv.id, 'analysis')}?factor=${encodeURIComponent(sel.id)}` }, 'Open it in the Analysis tab')
    : h('a', { class: 'govuk-link', href: `${workspacePath(inv.id, 'findings')}?finding=${encodeURIComponent(sel.id)}` }, 'Open it in the Findings tab');

  function update(next: ReviewData): void {
    const now = describe(next, sel);
    if (!now) return replace(heading, 'This item is no longer in the investigation.');
    caption.textContent = now.caption;
    heading.textContent = now.statement;
    body.textContent = now.body;
    body.hidden = !now.body.trim();
  }
  update(data);

  const el = h('div', { class: 'sl-review-detail', 'data-review-item': `${sel.kind}:${sel.id}` },
    caption, heading, body, h('p', { class: 'govuk-body-s' }, where),
    reviewControls({
      investigationId: inv.id, role: inv.myRole, targetKind: sel.kind, heading: 'h4',
      target: { id: sel.id, version: info.version, reviewStatus: info.reviewStatus }, onChange,
    }),
    commentThread({ investigationId: inv.id, role: inv.myRole, targetKind: sel.kind, targetId: sel.id, heading: 'h4', about: `on this ${sel.kind}`, onChange }));
  return { el, update };
}
