import './review.scss';
import { h, replace } from '../../dom';
import type { Tab } from '../tab';
import { workspacePath } from '../../router';
import { problemsOf } from '../../components/errors';
import { reloadOnChanges } from '../../components/changeFeed';
import { auditView } from '../audit/auditView';
import { attentionSection } from './attentionSection';
import { snapshotsSection } from './snapshotsSection';
import type { Selection } from './itemDetail';
import { loadReviewData, reviewAbilities } from './reviewData';

const introByRole: Record<string, string> = {
  lead: 'Panel members accept, dispute or reject factors and findings, giving their reasons; every decision is kept, so dissent stays on the record. Freeze a version before each panel meeting and record the panel’s sign-off on it.',
  investigator: 'Panel members accept, dispute or reject factors and findings, giving their reasons; every decision is kept, so dissent stays on the record. Reply to their comments here or beside each item, and freeze a version before each panel meeting.',
  panel: 'As a panel member you can accept, dispute or reject each factor and finding, giving your reasons, and comment on any item. Every decision is kept, so dissent stays on the record. People appear by pseudonym only.',
  observer: 'As an observer you can read the panel’s decisions, comments and frozen versions, but not add to them. People appear by pseudonym only.',
};

function parseSelection(value: string | null): Selection | null {
  const m = /^(factor|finding):(.+)$/.exec(value ?? '');
  return m ? { kind: m[1] as Selection['kind'], id: m[2]! } : null;
}

function rememberSelection(sel: Selection | null): void {
  const url = new URL(window.location.href);
  if (sel) url.searchParams.set('item', `${sel.kind}:${sel.id}`);
  else url.searchParams.delete('item');
  history.replaceState(history.state, '', url.pathname + url.search + url.hash);
}

/**
 * The Review tab: what needs the panel's attention (factors and findings by review status, with their
 * decisions and comments), the frozen versions with sign-off and a readable comparison, and for lead
 * investigators the audit log (?view=audit). It reloads when others change the analysis or the review.
 */
export const reviewTab: Tab = async (ctx) => {
  const inv = ctx.investigation;
  if (ctx.params.get('view') === 'audit') return auditView(ctx);
  const can = reviewAbilities(inv.myRole);
  const problem = h('div', { role: 'alert' });
  let loading: Promise<void> | null = null;
  let again = false;

  async function reload(): Promise<void> {
    if (loading) { again = true; return loading; }
    loading = (async () => {
      do {
        again = false;
        try {
          const data = await loadReviewData(inv.id);
          replace(problem);
          attention.show(data);
          snapshots.show(data.snapshots);
        } catch (err) {
          replace(problem, h('p', { class: 'govuk-body sl-error-text' }, `The review could not be loaded: ${problemsOf(err)[0]!.message}`));
        }
      } while (again);
    })().finally(() => { loading = null; });
    return loading;
  }

  const attention = attentionSection(inv, parseSelection(ctx.params.get('item')), rememberSelection, () => void reload());
  const snapshots = snapshotsSection(inv, reload);
  replace(ctx.container,
    h('p', { class: 'govuk-body sl-review-intro' }, introByRole[inv.myRole] ?? ''),
    can.audit
      ? h('p', { class: 'govuk-body' }, h('a', { class: 'govuk-link', href: `${workspacePath(inv.id, 'review')}?view=audit` }, 'Read the audit log'),
        ' — every change, who made it and when, with its values before and after.')
      : null,
    h('nav', { class: 'sl-contents', 'aria-label': 'On this page' },
      h('ul', { class: 'govuk-list' },
        h('li', {}, h('a', { class: 'govuk-link', href: '#attention' }, 'What needs the panel’s attention')),
        h('li', {}, h('a', { class: 'govuk-link', href: '#snapshots' }, 'Frozen versions')))),
    problem, attention.el, snapshots.el);
  await reload();
  return reloadOnChanges(inv.id, () => void reload(), { entities: ['factor', 'finding', 'comment', 'review_decision', 'snapshot'] });
};
