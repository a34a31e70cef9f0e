import './reviewControls.scss';
import type { ReviewDecision, ReviewResult, ReviewTargetKind } from '../../../schema/contracts/review';
import type { MemberRole } from '../../../schema/contracts/enums';
import { labels } from '../../../schema/contracts/enums';
import { h, replace } from '../dom';
import { ApiFailure, api } from '../api';
import { button, textareaField, uniqueId, valueOf, whileSubmitting } from './forms';
import { formErrors, problemsOf } from './errors';
import { liveStatus } from './banners';
import { isConflict } from './conflict';
import { formatDateTime } from './changeWords';
import { reloadWhileConnected } from './changeFeed';
import { myRoleIn } from './myRole';

/** A factor or finding as the controls need it. */
export interface ReviewTarget { id: string; version: number; reviewStatus: string }

/** What the controls act on and who is using them. */
export interface ReviewControlsOptions {
  investigationId: string;
  /** The reader's role; asked of the server when not given. */
  role?: MemberRole;
  targetKind: ReviewTargetKind;
  target: ReviewTarget;
  heading?: 'h3' | 'h4';
  /** Called after a decision was recorded, or when the item turned out to have changed (the host reloads it). */
  onChange?: (result: ReviewResult | null) => void;
}

const tagClass: Record<string, string> = {
  proposed: 'govuk-tag--grey', accepted: 'govuk-tag--green', disputed: 'govuk-tag--orange', rejected: 'govuk-tag--red',
};

/** A coloured tag for a review status (Proposed, Accepted, Disputed, Rejected). */
export function reviewStatusTag(status: string): HTMLElement {
  return h('strong', { class: `govuk-tag ${tagClass[status] ?? 'govuk-tag--grey'}`, 'data-review-status': status }, labels[status] ?? status);
}

const choices = [
  { value: 'accepted', label: 'Accept', hint: 'The panel agrees with it as it stands.' },
  { value: 'disputed', label: 'Dispute', hint: 'Challenge it: the evidence or reasoning needs another look. Your dissent is kept.' },
  { value: 'rejected', label: 'Reject', hint: 'The panel does not accept it. Your reasons are kept.' },
];

const mayDecide = (role: MemberRole) => role === 'lead' || role === 'panel';

function decisionForm(name: string): HTMLElement {
  const legendId = uniqueId('decision-legend');
  return h('div', { class: 'govuk-form-group', 'data-field': 'status' },
    h('fieldset', { class: 'govuk-fieldset', 'aria-labelledby': legendId },
      h('legend', { class: 'govuk-fieldset__legend govuk-fieldset__legend--s', id: legendId }, 'Your decision'),
      h('div', { class: 'govuk-radios govuk-radios--small' }, choices.map((c) => {
        const id = uniqueId(`${name}-${c.value}`);
        return h('div', { class: 'govuk-radios__item' },
          h('input', { class: 'govuk-radios__input', type: 'radio', id, name: 'status', value: c.value, 'aria-describedby': `${id}-hint` }),
          h('label', { class: 'govuk-label govuk-radios__label', for: id }, c.label),
          h('div', { class: 'govuk-hint govuk-radios__hint', id: `${id}-hint` }, c.hint));
      }))));
}

/**
 * Review status controls for a factor or finding: its status, the history of decisions (dissent kept
 * with its author's role), a lead investigator's agreement to publish a note of dissent, and for panel
 * members and lead investigators a form to accept, dispute or reject it with a reason.
 */
export function reviewControls(options: ReviewControlsOptions): HTMLElement {
  if (!options.role) {
    const host = h('div', { class: 'sl-review-host' });
    void myRoleIn(options.investigationId).then((role) => host.replaceWith(reviewControls({ ...options, role: role ?? 'observer' })));
    return host;
  }
  const o = options as ReviewControlsOptions & { role: MemberRole };
  const base = `/api/investigations/${encodeURIComponent(o.investigationId)}/reviews`;
  const noun = o.targetKind === 'factor' ? 'factor' : 'finding';
  const headingId = uniqueId(`review-${o.targetKind}`);
  const target = { ...o.target };
  const status = liveStatus();
  const current = h('p', { class: 'govuk-body sl-review__status' });
  const history = h('div', { class: 'sl-review__history' }, h('p', { class: 'govuk-body-s sl-muted' }, 'Loading decisions…'));
  let decisions: ReviewDecision[] = [];

  async function load(): Promise<void> {
    try {
      decisions = await api.get<ReviewDecision[]>(`${base}?${new URLSearchParams({ targetKind: o.targetKind, targetId: target.id })}`);
      drawHistory();
    } catch (err) {
      replace(history, h('p', { class: 'govuk-body-s sl-error-text' }, `Decisions could not be loaded: ${problemsOf(err)[0]!.message}`));
    }
  }

  /** After others' changes: the item's current review status (its version stays the one this reader saw; a stale decision gets 409). */
  async function refreshStatus(): Promise<void> {
    try {
      const path = `/api/investigations/${encodeURIComponent(o.investigationId)}/${o.targetKind === 'factor' ? `factors/${encodeURIComponent(target.id)}` : 'findings'}`;
      const found = await api.get<ReviewTarget | ReviewTarget[]>(path);
      const item = Array.isArray(found) ? found.find((x) => x.id === target.id) : found;
      if (item) { target.reviewStatus = item.reviewStatus; drawStatus(); }
    } catch {
      // The decisions below still show what happened; the status is refreshed on the next change.
    }
  }

  function drawStatus(): void {
    replace(current, 'Review status: ', reviewStatusTag(target.reviewStatus));
  }

  function drawHistory(): void {
    if (decisions.length === 0) return replace(history, h('p', { class: 'govuk-body-s sl-muted' }, 'No review decisions yet.'));
    replace(history, h('ol', { class: 'sl-review__decisions', 'aria-label': `Review decisions on this ${noun}, oldest first` },
      decisions.map((d) => {
        const dissent = d.status !== 'accepted';
        return h('li', { class: `sl-review__decision sl-review__decision--${d.status}`, 'data-decision': d.id },
          h('p', { class: 'govuk-body-s sl-review__byline' }, reviewStatusTag(d.status), ' ',
            h('span', {}, `by ${d.authorName ?? 'a former member'} (${labels[d.authorRole] ?? d.authorRole}), `),
            h('time', { datetime: d.createdAt }, formatDateTime(d.createdAt))),
          h('p', { class: 'govuk-body sl-review__reason' }, d.reason),
          dissent && d.agreedForPublication ? h('p', { class: 'govuk-body-s' }, h('strong', { class: 'govuk-tag govuk-tag--blue' }, 'Note of dissent agreed for the published report')) : null,
          dissent && o.role === 'lead' ? h('button', {
            type: 'button', class: 'sl-link-button govuk-link sl-review__agree', onclick: () => void agree(d, !d.agreedForPublication),
          }, d.agreedForPublication ? 'Withdraw agreement to publish this note of dissent' : 'Agree this note of dissent for the published report') : null);
      })));
  }

  async function agree(d: ReviewDecision, agreed: boolean): Promise<void> {
    try {
      await api.patch(`${base}/${encodeURIComponent(d.id)}`, { version: d.version, agreedForPublication: agreed });
      await load();
      status.say(agreed ? 'The note of dissent will appear in the published report.' : 'The note of dissent will not appear in the published report.');
    } catch (err) {
      await load();
      status.say(`Not done: ${problemsOf(err)[0]!.message}`);
    }
  }

  function form(): HTMLElement {
    const el = h('form', { novalidate: true, class: 'sl-review__form', 'aria-label': `Record a review decision on this ${noun}` },
      decisionForm(`decision-${target.id}`),
      textareaField({ name: 'reason', label: 'Reason', rows: 4, hint: 'Required. Say what the decision rests on: the evidence, the reasoning, what is missing.' }),
      button('Record the decision', { type: 'submit' }));
    const errors = formErrors(el);
    el.addEventListener('submit', (event) => {
      event.preventDefault();
      const choice = valueOf(el, 'status') || (el.querySelector<HTMLInputElement>('input[name="status"]:checked')?.value ?? '');
      const reason = valueOf(el, 'reason').trim();
      const problems = [
        ...(choice ? [] : [{ field: 'status', message: 'Choose accept, dispute or reject' }]),
        ...(reason ? [] : [{ field: 'reason', message: 'Enter the reason for your decision' }]),
      ];
      if (problems.length > 0) return errors.show(problems);
      void whileSubmitting(el, async () => {
        try {
          const result = await api.post<ReviewResult>(base, { targetKind: o.targetKind, targetId: target.id, status: choice, reason, targetVersion: target.version });
          errors.clear();
          el.reset();
          target.version = result.target.version;
          target.reviewStatus = result.target.reviewStatus;
          drawStatus();
          await load();
          status.say(`Decision recorded: ${labels[result.decision.status]}.`);
          o.onChange?.(result);
        } catch (err) {
          if (!isConflict(err)) return errors.showError(err);
          const details = (err as ApiFailure).error.details as { currentVersion?: number } | undefined;
          if (typeof details?.currentVersion === 'number') target.version = details.currentVersion;
          errors.show([{ message: `This ${noun} was changed after you opened it. Read its current version, then record your decision again.` }]);
          o.onChange?.(null);
        }
      });
    });
    return el;
  }

  drawStatus();
  const section = h('section', { class: 'sl-review', 'aria-labelledby': headingId, 'data-review': `${o.targetKind}:${target.id}` },
    h(o.heading ?? 'h3', { class: o.heading === 'h4' ? 'govuk-heading-s' : 'govuk-heading-m', id: headingId }, 'Panel review'),
    current, status.el, history,
    mayDecide(o.role) ? form() : h('p', { class: 'govuk-body-s sl-muted' }, 'Panel members and lead investigators record review decisions.'));
  void load();
  reloadWhileConnected(section, o.investigationId, () => { void load(); void refreshStatus(); }, { entities: ['review_decision', o.targetKind] });
  return section;
}
