import type { Finding } from '../../../../schema/contracts/findings';
import { labels } from '../../../../schema/contracts/enums';
import { h } from '../../dom';
import { api } from '../../api';
import { problemsOf } from '../../components/errors';
import { reviewStatusTag } from '../../components/reviewControls';
import { checksAbout, investigationPath } from './findingsData';
import { restsOnList } from './factorPicker';
import type { FindingsView } from './viewTypes';
import { movedOrder } from './findingOrder';

function actionButton(label: string, context: string, data: Record<string, string>, onclick: () => void): HTMLButtonElement {
  const btn = h('button', { type: 'button', class: 'govuk-button govuk-button--secondary sl-small-button', ...data },
    label, h('span', { class: 'govuk-visually-hidden' }, ` ${context}`));
  btn.addEventListener('click', onclick);
  return btn;
}

function flagCount(view: FindingsView, f: Finding): HTMLElement | null {
  const results = checksAbout(view.data.checks, 'finding', f.id);
  if (results.length === 0) return null;
  const wording = results.filter((r) => r.wording).length;
  const other = results.length - wording;
  const parts = [wording ? `${wording} wording ${wording === 1 ? 'flag' : 'flags'}` : '', other ? `${other} ${other === 1 ? 'check' : 'checks'}` : ''].filter(Boolean);
  return h('strong', { class: 'govuk-tag govuk-tag--blue' }, parts.join(', '));
}

async function move(view: FindingsView, f: Finding, delta: -1 | 1): Promise<void> {
  const ids = view.data.findings.map((x) => x.id);
  const order = movedOrder(ids, f.id, delta);
  const position = order.indexOf(f.id) + 1;
  try {
    await api.put(investigationPath(view.investigation.id, 'findings/order'), { findingIds: order });
    await view.changed(`Finding moved to position ${position} of ${order.length}.`, view.selection);
  } catch (err) {
    await view.changed(`The finding was not moved: ${problemsOf(err)[0]!.message}`, view.selection);
  }
  const list = document.querySelector('[data-finding-list]');
  const again = list?.querySelector<HTMLElement>(`[data-finding-id="${f.id}"] [data-move="${delta < 0 ? 'up' : 'down'}"]`)
    ?? list?.querySelector<HTMLElement>(`[data-finding-id="${f.id}"] [data-move]`);
  again?.focus();
}

function item(view: FindingsView, f: Finding, index: number, count: number): HTMLElement {
  const name = `Finding ${index + 1}`;
  const open = view.selection?.kind === 'finding' && view.selection.id === f.id;
  return h('li', { class: `sl-finding${open ? ' sl-finding--open' : ''}`, 'data-finding-id': f.id },
    h('h3', { class: 'govuk-heading-s sl-finding__head' },
      h('span', { class: 'sl-finding__number' }, name),
      ' ', h('strong', { class: 'govuk-tag govuk-tag--purple' }, labels[f.type] ?? f.type),
      ' ', h('strong', { class: `govuk-tag ${f.isFinal ? 'govuk-tag--green' : 'govuk-tag--grey'}` }, f.isFinal ? 'Final' : 'Draft'),
      ' ', reviewStatusTag(f.reviewStatus),
      ' ', flagCount(view, f)),
    h('p', { class: 'govuk-body sl-finding__statement' }, f.statement),
    h('p', { class: 'govuk-body-s govuk-!-margin-bottom-1' }, h('strong', {}, 'Rests on')),
    restsOnList(view.data.factors, f.factorIds),
    h('div', { class: 'sl-finding__actions' },
      actionButton(view.canEdit ? 'Change' : 'Open', name.toLowerCase(), { 'data-open': '' }, () => view.select({ kind: 'finding', id: f.id })),
      view.canEdit && index > 0 ? actionButton('Move up', name.toLowerCase(), { 'data-move': 'up' }, () => void move(view, f, -1)) : null,
      view.canEdit && index < count - 1 ? actionButton('Move down', name.toLowerCase(), { 'data-move': 'down' }, () => void move(view, f, 1)) : null));
}

/** The findings in report order: number, type, final or draft, review status, flags, statement and the factors it rests on. */
export function findingList(view: FindingsView): HTMLElement {
  const findings = view.data.findings;
  if (findings.length === 0) {
    return h('p', { class: 'govuk-body sl-empty', 'data-finding-list': '' },
      view.canEdit ? 'No findings yet. Add one from the factors of the analysis.' : 'No findings have been recorded yet.');
  }
  return h('ol', { class: 'sl-findings', 'data-finding-list': '', 'aria-label': 'Findings in report order' },
    findings.map((f, i) => item(view, f, i, findings.length)));
}
