import type { SnapshotSummary } from '../../../../schema/contracts/review';
import { h, replace } from '../../dom';
import { api } from '../../api';
import { uniqueId } from '../../components/forms';
import { formatDateTime } from '../../components/changeWords';

/** How a snapshot's sign-off reads: when, by whom, and the panel's note. */
export function signOffWords(s: Pick<SnapshotSummary, 'signedOffAt' | 'signedOffByName'> & { signOffNote?: string }): string {
  if (!s.signedOffAt) return 'Not signed off';
  const by = s.signedOffByName ? ` by ${s.signedOffByName}` : '';
  return `Signed off ${formatDateTime(s.signedOffAt)}${by}${s.signOffNote ? `: ${s.signOffNote}` : ''}`;
}

function radio(s: SnapshotSummary, checked: boolean): HTMLElement {
  const id = uniqueId('snapshot');
  const input = h('input', { class: 'govuk-radios__input', type: 'radio', id, name: 'snapshotId', value: s.id, 'aria-describedby': `${id}-hint` });
  input.checked = checked;
  return h('div', { class: 'govuk-radios__item', 'data-snapshot': s.id },
    input,
    h('label', { class: 'govuk-label govuk-radios__label', for: id }, s.label),
    h('div', { class: 'govuk-hint govuk-radios__hint', id: `${id}-hint` },
      `Taken ${formatDateTime(s.takenAt)}${s.takenByName ? ` by ${s.takenByName}` : ''}. ${signOffWords(s).replace(/([^.!?])$/, '$1.')}`));
}

/**
 * The choice of the version to publish: one radio per snapshot the panel has signed off (the newest chosen), each
 * with its label, when it was taken and its sign-off; snapshots not yet signed off are named but not offered.
 * `onChoose` hears the chosen snapshot (null when none is signed off) after loading and on every change.
 */
export function snapshotChoice(investigationId: string, onChoose: (s: SnapshotSummary | null) => void) {
  const legendId = uniqueId('snapshot-legend');
  const body = h('div', {});
  let signed: SnapshotSummary[] = [];
  const chosen = () => {
    const id = body.querySelector<HTMLInputElement>('input[name="snapshotId"]:checked')?.value;
    return signed.find((s) => s.id === id) ?? null;
  };
  body.addEventListener('change', () => onChoose(chosen()));
  const el = h('div', { class: 'govuk-form-group', 'data-field': 'snapshotId' },
    h('fieldset', { class: 'govuk-fieldset', 'aria-labelledby': legendId },
      h('legend', { class: 'govuk-fieldset__legend govuk-fieldset__legend--s', id: legendId }, 'Version to publish'),
      h('div', { class: 'govuk-hint' }, 'The published edition is built from the version the panel signed off, so later edits to the '
        + 'investigation do not change it. Names are replaced using the identity registry as it is now.'),
      body));

  async function load(): Promise<void> {
    const all = await api.get<SnapshotSummary[]>(`/api/investigations/${encodeURIComponent(investigationId)}/snapshots`);
    signed = all.filter((s) => s.signedOffAt);
    const unsigned = all.filter((s) => !s.signedOffAt);
    replace(body,
      signed.length === 0
        ? h('p', { class: 'govuk-body', 'data-no-signed-off': '' }, 'The panel has not signed off a version yet. Take a snapshot in the ',
          h('a', { class: 'govuk-link', href: `/investigations/${encodeURIComponent(investigationId)}/review` }, 'Review tab'),
          ' and record the panel’s sign-off; only a signed-off version can be published.')
        : h('div', { class: 'govuk-radios govuk-radios--small' }, signed.map((s, i) => radio(s, i === 0))),
      unsigned.length > 0
        ? h('p', { class: 'govuk-body-s govuk-!-margin-top-3' }, `Not signed off, so not offered: ${unsigned.map((s) => `“${s.label}”`).join(', ')}.`)
        : null);
    onChoose(chosen());
  }

  return { el, load };
}
