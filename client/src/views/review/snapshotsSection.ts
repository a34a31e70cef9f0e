import type { SnapshotSummary } from '../../../../schema/contracts/review';
import type { Investigation } from '../../../../schema/contracts/investigations';
import { h, replace } from '../../dom';
import { api } from '../../api';
import { button, linkButton, textareaField, textField, valueOf, whileSubmitting } from '../../components/forms';
import { formErrors } from '../../components/errors';
import { liveStatus } from '../../components/banners';
import { table } from '../../components/tables';
import { formatDateTime } from '../../components/changeWords';
import { compareView } from './diffView';
import { reviewAbilities, reviewPath } from './reviewData';

function signOffCell(s: SnapshotSummary): HTMLElement {
  if (!s.signedOffAt) return h('strong', { class: 'govuk-tag govuk-tag--grey' }, 'Not signed off');
  return h('span', {},
    h('strong', { class: 'govuk-tag govuk-tag--green' }, 'Signed off'),
    h('span', { class: 'sl-secondary' }, `by ${s.signedOffByName ?? 'a former member'}, ${formatDateTime(s.signedOffAt)}`),
    s.signOffNote ? h('span', { class: 'sl-secondary' }, `“${s.signOffNote}”`) : null);
}

/**
 * Frozen versions: the list (label, date, who, sign-off), "Freeze a version" for lead investigators and
 * investigators, sign-off for lead investigators, and the comparison of two versions or a version and the current data.
 */
export function snapshotsSection(inv: Investigation, onChange: () => Promise<void>) {
  const can = reviewAbilities(inv.myRole);
  const status = liveStatus();
  const listHost = h('div');
  const signHost = h('div');
  const compare = compareView(inv);
  let snapshots: SnapshotSummary[] = [];

  function drawList(): void {
    replace(listHost, table({
      caption: 'Frozen versions, newest first', head: ['Label', 'Frozen', 'By', 'Panel sign-off', 'Actions'],
      empty: 'No version has been frozen yet.',
      rows: snapshots.map((s) => [
        s.label, formatDateTime(s.takenAt), s.takenByName ?? 'a former member', signOffCell(s),
        h('span', { class: 'sl-actions' },
          linkButton('Compare with the current data', s.label, () => compare.show(s.id, 'current')),
          can.signOff && !s.signedOffAt ? linkButton('Record sign-off', s.label, () => openSignOff(s)) : null),
      ]),
    }));
  }

  function freezeForm(): HTMLElement {
    const form = h('form', { novalidate: true, class: 'sl-narrow', 'aria-label': 'Freeze a version' },
      h('h3', { class: 'govuk-heading-m' }, 'Freeze a version'),
      h('p', { class: 'govuk-body' }, 'Freezing keeps an unchangeable copy of the whole investigation as it is now: chronology, factors, links, findings, recommendations and review decisions. Reports can be produced from it.'),
      textField({ name: 'label', label: 'Label', hint: 'For example “Panel meeting 3”.', classes: 'govuk-input--width-20' }),
      button('Freeze this version', { type: 'submit' }));
    const errors = formErrors(form);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const label = valueOf(form, 'label').trim();
      if (!label) return errors.show([{ field: 'label', message: 'Enter a label for the version' }]);
      void whileSubmitting(form, async () => {
        try {
          await api.post<SnapshotSummary>(reviewPath(inv.id, 'snapshots'), { label });
          errors.clear();
          form.reset();
          await onChange();
          status.say(`Version “${label}” frozen.`);
        } catch (err) {
          errors.showError(err);
        }
      });
    });
    return form;
  }

  function openSignOff(s: SnapshotSummary): void {
    const form = h('form', { novalidate: true, class: 'sl-narrow', 'aria-labelledby': `signoff-${s.id}` },
      h('h3', { class: 'govuk-heading-m', id: `signoff-${s.id}`, tabindex: -1 }, `Record the panel’s sign-off on “${s.label}”`),
      h('p', { class: 'govuk-body' }, 'Sign-off is recorded once, with your name and the date, and cannot be changed afterwards.'),
      textareaField({ name: 'note', label: 'Note (optional)', rows: 3, hint: 'For example the meeting at which the panel agreed this version.' }),
      h('div', { class: 'govuk-button-group' },
        button('Record sign-off', { type: 'submit' }),
        button('Cancel', { variant: 'secondary', onclick: () => replace(signHost) })));
    const errors = formErrors(form);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void whileSubmitting(form, async () => {
        try {
          await api.post(reviewPath(inv.id, `snapshots/${encodeURIComponent(s.id)}/sign-off`), { note: valueOf(form, 'note').trim() });
          replace(signHost);
          await onChange();
          status.say(`Sign-off recorded on “${s.label}”.`);
        } catch (err) {
          errors.showError(err);
        }
      });
    });
    replace(signHost, form);
    form.querySelector<HTMLElement>('h3')?.focus();
  }

  const el = h('section', { class: 'sl-section', id: 'snapshots', 'aria-labelledby': 'snapshots-heading' },
    h('h2', { class: 'govuk-heading-l', id: 'snapshots-heading' }, 'Frozen versions'),
    status.el, listHost, signHost,
    can.freeze ? freezeForm() : null,
    compare.el);

  return {
    el,
    show(next: SnapshotSummary[]): void {
      snapshots = next;
      drawList();
      compare.setSnapshots(next);
    },
  };
}
