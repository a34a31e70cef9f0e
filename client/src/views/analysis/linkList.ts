import type { FactorLink } from '../../../../schema/contracts/analysis';
import { h, replace } from '../../dom';
import { api } from '../../api';
import { button, linkButton, textareaField, valueOf, whileSubmitting } from '../../components/forms';
import { formErrors } from '../../components/errors';
import { conflictNotice, isConflict } from '../../components/conflict';
import { analysisPath, nodeName } from './analysisData';
import type { AnalysisView } from './viewTypes';

function targetOf(link: FactorLink): string {
  return link.toKind === 'outcome' ? 'outcome' : (link.toFactorId ?? link.toEventId ?? '');
}

function rationaleForm(view: AnalysisView, link: FactorLink, host: HTMLElement, done: () => void): HTMLFormElement {
  const form = h('form', { novalidate: true, class: 'sl-rationale-form', 'aria-label': 'Change the rationale' },
    textareaField({ name: 'rationale', label: 'Rationale', value: link.rationale, rows: 3 }),
    h('div', { class: 'govuk-button-group' }, button('Save the rationale', { type: 'submit' }), button('Cancel', { variant: 'secondary', onclick: done })));
  const errors = formErrors(form);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    form.querySelector('[data-conflict]')?.remove();
    const rationale = valueOf(form, 'rationale').trim();
    try {
      await whileSubmitting(form, () => api.patch(analysisPath(view.investigation.id, `factor-links/${link.id}`), { rationale, version: link.version }));
      await view.changed('Rationale saved.', view.selected());
    } catch (err) {
      if (!isConflict(err)) return errors.showError(err);
      errors.clear();
      const theirs = (await api.get<FactorLink[]>(analysisPath(view.investigation.id, 'factor-links')).catch(() => [])).find((l) => l.id === link.id);
      form.prepend(conflictNotice({
        what: 'link',
        changes: theirs && theirs.rationale !== rationale ? [{ field: 'rationale', label: 'Rationale', mine: rationale || '(empty)', theirs: theirs.rationale || '(empty)' }] : [],
        onReload: () => void view.changed('Their version of the link is shown.', view.selected()),
      }));
    }
  });
  replace(host, form);
  form.querySelector('textarea')?.focus();
  return form;
}

/**
 * The links into or out of the selected node, each with its rationale; editors can change a rationale or
 * remove the link. `direction` "out" lists what the node contributed to, "in" what contributed to it.
 */
export function linkList(view: AnalysisView, id: string, direction: 'in' | 'out'): HTMLElement {
  const data = view.data();
  const links = [...data.links.values()].filter((l) => (direction === 'out' ? l.fromFactorId === id : targetOf(l) === id));
  const heading = direction === 'out' ? 'Contributed to' : 'Explained by';
  if (links.length === 0) {
    return h('div', {}, h('h4', { class: 'govuk-heading-s' }, heading),
      h('p', { class: 'govuk-body-s sl-muted' }, direction === 'out' ? 'Not linked to anything yet.' : 'Nothing explains this yet.'));
  }
  return h('div', {}, h('h4', { class: 'govuk-heading-s' }, heading),
    h('ul', { class: 'govuk-list sl-link-list' }, links.map((link) => {
      const other = direction === 'out' ? targetOf(link) : link.fromFactorId;
      const editHost = h('div');
      const name = nodeName(data, other);
      return h('li', { class: 'sl-link-list__item' },
        linkButton(name, direction === 'out' ? '(select it)' : '(select this factor)', () => view.select(other, { reveal: true, focusPanel: true })),
        h('span', { class: 'sl-secondary' }, link.rationale ? `Why: ${link.rationale}` : 'No rationale recorded.'),
        view.canEdit ? h('span', { class: 'sl-actions' },
          linkButton('Change rationale', `of the link to ${name}`, () => rationaleForm(view, link, editHost, () => replace(editHost))),
          linkButton('Remove link', `to ${name}`, () => void removeLink(view, link, name))) : null,
        editHost);
    })));
}

async function removeLink(view: AnalysisView, link: FactorLink, name: string): Promise<void> {
  if (!window.confirm(`Remove the link to ${name}?`)) return;
  try {
    await api.delete(analysisPath(view.investigation.id, `factor-links/${link.id}`), link.version);
    await view.changed(`Link to ${name} removed.`, view.selected());
  } catch (err) {
    const reason = isConflict(err) ? 'someone else changed it; the diagram now shows their version' : err instanceof Error ? err.message : 'unknown error';
    await view.changed(`The link was not removed: ${reason}.`, view.selected());
  }
}
