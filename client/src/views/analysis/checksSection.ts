import type { CheckResult } from '../../../../schema/contracts/analysis';
import { h, replace } from '../../dom';
import { api } from '../../api';
import { button, linkButton, textareaField, valueOf, whileSubmitting } from '../../components/forms';
import { formErrors, problemsOf } from '../../components/errors';
import { analysisPath, type AnalysisData } from './analysisData';
import type { AnalysisView } from './viewTypes';

/** Short titles of the check rules; an unknown rule shows its id in words. */
const ruleTitles: Record<string, string> = {
  'chain-ends-individual': 'A chain whose deepest factor is individual-level',
  'factor-without-evidence': 'A factor without evidence',
  'no-organisational-factor': 'No organisational or systemic factor',
  'event-without-source': 'An event without a source',
  'blame-language': 'Blame or hindsight wording',
};

/** The title of a check rule. */
export function ruleTitle(ruleId: string): string {
  return ruleTitles[ruleId] ?? ruleId.replace(/[-_]+/g, ' ').replace(/^./, (c) => c.toUpperCase());
}

function jump(view: AnalysisView, data: AnalysisData, r: CheckResult): HTMLElement | null {
  const t = r.target;
  const go = (label: string, action: () => void) => linkButton(label, `: ${t.label}`, action);
  switch (t.kind) {
    case 'factor': return data.nodes.has(t.id) ? go('Show the factor', () => view.select(t.id, { reveal: true, focusPanel: true })) : null;
    case 'link': {
      const from = data.links.get(t.id)?.fromFactorId;
      return from ? go('Show the link', () => view.select(from, { reveal: true, focusPanel: true })) : null;
    }
    case 'event': return go('Open the entry in the chronology', () => view.openEvent(t.id));
    case 'episode': return go('Open the episode in the chronology', () => view.openTab(`chronology?episode=${encodeURIComponent(t.id)}`));
    case 'finding': return go('Open the finding', () => view.openTab(`findings?finding=${encodeURIComponent(t.id)}`));
    case 'recommendation': return go('Open the recommendation', () => view.openTab(`findings?recommendation=${encodeURIComponent(t.id)}`));
    default: return view.canEdit ? go('Add an organisational factor', () => view.setMode({ kind: 'add', level: 'organisational' })) : null;
  }
}

function considerForm(view: AnalysisView, r: CheckResult, host: HTMLElement): void {
  const form = h('form', { novalidate: true, 'aria-label': `Mark as considered: ${ruleTitle(r.ruleId)}` },
    textareaField({ name: 'reason', label: 'Why this result does not need a change', rows: 3, hint: 'For example, the wording quotes the procedure. The reason is kept in the audit trail.' }),
    h('div', { class: 'govuk-button-group' }, button('Mark as considered', { type: 'submit' }), button('Cancel', { variant: 'secondary', onclick: () => replace(host) })));
  const errors = formErrors(form);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const reason = valueOf(form, 'reason').trim();
    if (!reason) return errors.show([{ field: 'reason', message: 'Enter the reason this result was considered' }]);
    try {
      await whileSubmitting(form, () => api.post(analysisPath(view.investigation.id, 'analysis/checks/acknowledgements'), { ruleId: r.ruleId, key: r.key, reason }));
      await view.changed(`Marked as considered: ${ruleTitle(r.ruleId)}.`);
    } catch (err) {
      errors.showError(err);
    }
  });
  replace(host, form);
  form.querySelector('textarea')?.focus();
}

/** How many results of a group are listed before a "show all" button. */
const SHOWN_RESULTS = 50;

function resultList(view: AnalysisView, data: AnalysisData, results: CheckResult[], label: string): HTMLElement {
  const list = h('ul', { class: 'govuk-list sl-checks', 'aria-label': label }, results.slice(0, SHOWN_RESULTS).map((r) => resultItem(view, data, r)));
  if (results.length <= SHOWN_RESULTS) return list;
  const more = button(`Show all ${results.length.toLocaleString('en-GB')} results`, {
    variant: 'secondary',
    onclick: () => {
      list.append(...results.slice(SHOWN_RESULTS).map((r) => resultItem(view, data, r)));
      more.remove();
      list.querySelectorAll<HTMLElement>('li')[SHOWN_RESULTS]?.querySelector<HTMLElement>('button')?.focus();
    },
  });
  return h('div', {}, list, more);
}

function resultItem(view: AnalysisView, data: AnalysisData, r: CheckResult): HTMLElement {
  const formHost = h('div');
  const wording = r.wording?.matches.map((m) => `“${m.phrase}”`).join(', ');
  const ack = r.acknowledgement;
  return h('li', { class: `sl-check sl-check--${r.severity}`, 'data-rule': r.ruleId },
    h('h4', { class: 'govuk-heading-s sl-check__title' },
      h('strong', { class: `govuk-tag ${r.severity === 'warning' ? 'govuk-tag--orange' : 'govuk-tag--blue'}` }, r.severity === 'warning' ? 'Warning' : 'Advice'),
      ` ${ruleTitle(r.ruleId)}`),
    h('p', { class: 'govuk-body-s' }, r.message),
    wording ? h('p', { class: 'govuk-body-s' }, `Flagged wording in ${r.wording!.field}: ${wording}`) : null,
    h('p', { class: 'govuk-body-s sl-check__suggestion' }, h('strong', {}, 'Try: '), r.suggestion),
    ack ? h('p', { class: 'govuk-body-s sl-check__reason' }, h('strong', {}, 'Considered: '), ack.reason) : null,
    h('p', { class: 'govuk-body-s sl-actions' },
      jump(view, data, r),
      view.canEdit && !ack ? linkButton('Mark as considered', `: ${ruleTitle(r.ruleId)}, ${r.target.label}`, () => considerForm(view, r, formHost)) : null,
      view.canEdit && ack ? linkButton('Reopen', `: ${ruleTitle(r.ruleId)}, ${r.target.label}`, () => void reopen(view, ack.id, ack.version)) : null),
    formHost);
}

async function reopen(view: AnalysisView, ackId: string, version: number): Promise<void> {
  try {
    await api.delete(analysisPath(view.investigation.id, `analysis/checks/acknowledgements/${ackId}`), version);
    await view.changed('The result is open again.');
  } catch (err) {
    await view.changed(`The result was not reopened: ${problemsOf(err)[0]!.message}`);
  }
}

/**
 * The checks panel: open results (rule, severity, message, suggestion), each with a way to its target, and
 * for investigators "Mark as considered" with a reason; considered results are listed separately.
 */
export function checksSection(view: AnalysisView): { el: HTMLElement; draw(data: AnalysisData): void } {
  const body = h('div');
  const el = h('section', { class: 'sl-section', id: 'checks', 'aria-labelledby': 'checks-heading' },
    h('h2', { class: 'govuk-heading-l', id: 'checks-heading' }, 'Checks'),
    h('p', { class: 'govuk-body' }, 'These checks keep the analysis asking why, not who. They warn rather than forbid: a result that needs no change can be marked as considered, with the reason.'),
    body);

  function draw(data: AnalysisData): void {
    const open = data.checks.results.filter((r) => r.status === 'open');
    const considered = data.checks.results.filter((r) => r.status === 'considered');
    replace(body,
      h('p', { class: 'govuk-body' }, `${open.length} open, ${considered.length} considered.`),
      open.length ? resultList(view, data, open, 'Open check results') : h('p', { class: 'govuk-body sl-muted' }, 'No open results.'),
      considered.length ? [
        h('h3', { class: 'govuk-heading-m' }, 'Considered'),
        h('div', { class: 'sl-checks--considered' }, resultList(view, data, considered, 'Considered check results')),
      ] : null);
  }
  return { el, draw };
}
