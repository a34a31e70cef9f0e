import type { Factor } from '../../../../schema/contracts/analysis';
import { factorLevels } from '../../../../schema/taxonomy';
import { h, replace } from '../../dom';
import { uniqueId } from '../../components/forms';
import { categoryLabel, levelLabel } from './findingsData';

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function factorItem(f: Factor, checked: boolean): HTMLElement {
  const id = uniqueId('factor');
  const hintId = `${id}-hint`;
  const box = h('input', { class: 'govuk-checkboxes__input', id, name: 'factorIds', type: 'checkbox', value: f.id, 'aria-describedby': hintId });
  box.checked = checked;
  return h('div', { class: 'govuk-checkboxes__item sl-picker__item', 'data-level': f.level, 'data-factor-id': f.id },
    box,
    h('label', { class: 'govuk-label govuk-checkboxes__label', for: id }, f.statement),
    h('div', { class: 'govuk-hint govuk-checkboxes__hint sl-picker__meta', id: hintId },
      h('strong', { class: 'govuk-tag govuk-tag--grey sl-picker__level' }, levelLabel(f.level)),
      ` ${categoryLabel(f.category)}`,
      f.influence === 'supported' ? [' ', h('strong', { class: 'govuk-tag govuk-tag--green' }, 'Supporting factor')] : null,
      f.reviewStatus === 'rejected' ? [' ', h('strong', { class: 'govuk-tag govuk-tag--red' }, 'Rejected by the panel')] : null));
}

/**
 * The factors a finding rests on: every factor of the investigation as a checkbox showing its level,
 * category and statement (supporting factors and rejected ones marked in words), with a filter by
 * level that hides others without unticking them. The fieldset carries the name `factorIds`, so an
 * error about that field is shown on the whole picker.
 */
export function factorPicker(o: { factors: readonly Factor[]; chosen: readonly string[]; analysisHref: string }): HTMLElement {
  const id = uniqueId('factor-picker');
  const hintId = `${id}-hint`;
  const chosen = new Set(o.chosen);
  const status = h('p', { class: 'govuk-body-s sl-picker__status', role: 'status' });
  const items = o.factors.map((f) => factorItem(f, chosen.has(f.id)));
  const boxes = h('div', { class: 'govuk-checkboxes govuk-checkboxes--small sl-picker__list' }, items);
  const present = factorLevels.filter((l) => o.factors.some((f) => f.level === l));
  const filterId = uniqueId('factor-level');
  const filter = h('select', { class: 'govuk-select', id: filterId },
    h('option', { value: '' }, `All levels (${o.factors.length})`),
    present.map((l) => h('option', { value: l }, `${levelLabel(l)} (${o.factors.filter((f) => f.level === l).length})`)));

  function say(): void {
    const ticked = items.filter((i) => i.querySelector('input')!.checked);
    const hidden = ticked.filter((i) => i.hidden).length;
    status.textContent = `${plural(ticked.length, 'factor')} chosen${hidden ? ` (${hidden} not shown by the level filter)` : ''}.`;
  }
  filter.addEventListener('change', () => {
    for (const item of items) item.hidden = filter.value !== '' && item.dataset.level !== filter.value;
    say();
  });
  boxes.addEventListener('change', say);
  say();

  const fieldset = h('fieldset', { class: 'govuk-fieldset sl-picker', name: 'factorIds', id, tabindex: -1, 'aria-describedby': hintId },
    h('legend', { class: 'govuk-fieldset__legend govuk-fieldset__legend--s' }, 'Factors this finding rests on'),
    h('div', { class: 'govuk-hint', id: hintId }, 'A finding about the system is drawn from the analysis. Choose at least one factor before marking the finding final.'));
  if (o.factors.length === 0) {
    fieldset.append(h('p', { class: 'govuk-body-s' }, 'No factors have been recorded yet. ',
      h('a', { class: 'govuk-link', href: o.analysisHref }, 'Record them in the Analysis tab'), '.'));
  } else {
    fieldset.append(
      h('div', { class: 'sl-picker__filter' }, h('label', { class: 'govuk-label', for: filterId }, 'Show factors at'), filter),
      status, boxes);
  }
  return h('div', { class: 'govuk-form-group', 'data-field': 'factorIds' }, fieldset);
}

/** Updates the count of a picker after its boxes were changed from code. */
export function refreshPicker(picker: HTMLElement): void {
  picker.querySelector('.sl-picker__list')?.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The factors a finding rests on, as a short list for the finding's summary. */
export function restsOnList(factors: readonly Factor[], ids: readonly string[]): HTMLElement {
  const byId = new Map(factors.map((f) => [f.id, f]));
  const list = h('ul', { class: 'govuk-list govuk-list--bullet sl-rests-on' });
  if (ids.length === 0) return h('p', { class: 'govuk-body-s sl-muted' }, 'Rests on no factor yet.');
  replace(list, ids.map((fid) => {
    const f = byId.get(fid);
    if (!f) return h('li', {}, h('span', { class: 'sl-muted' }, 'A factor no longer in the analysis'));
    return h('li', {}, h('span', { class: 'sl-rests-on__level' }, `${levelLabel(f.level)}, ${categoryLabel(f.category)}: `), f.statement,
      f.influence === 'supported' ? ' (supporting)' : '');
  }));
  return list;
}
