import { h, replace } from '../../dom';
import { button } from '../../components/forms';
import { nodeDetails } from './nodeDetails';
import { factorForm } from './factorForm';
import { linkForm } from './linkForm';
import type { AnalysisView } from './viewTypes';

/** The side panel beside the diagram: it follows the selection and the mode (details, add, change, link). */
export interface Panel {
  render(options?: { focus?: boolean }): Promise<void>;
  /** In link mode, takes a card selected in the diagram or outline as the link's target. */
  setLinkTarget(id: string): void;
}

function help(view: AnalysisView): HTMLElement[] {
  const factors = [...view.data().factors.values()].length;
  return [
    h('h3', { class: 'govuk-heading-m', tabindex: -1, 'data-panel-heading': '' }, factors ? 'Select a card' : 'No factors yet'),
    h('p', { class: 'govuk-body-s' }, factors
      ? 'Select a factor, an event or the outcome to see its chain up and down, its evidence and the reasons for each link.'
      : 'Start from what happened and keep asking why: what made it make sense at the time, and what team, organisational and systemic conditions shaped that?'),
    view.canEdit
      ? button('Add a factor', { onclick: () => view.setMode({ kind: 'add', level: null }) })
      : h('p', { class: 'govuk-body-s sl-muted' }, 'Your role can read the analysis but not change it.'),
  ];
}

/** Creates the panel renderer over its host element. */
export function createPanel(host: HTMLElement, view: AnalysisView): Panel {
  let generation = 0;
  let link: { setTarget(id: string): void } | null = null;

  async function render({ focus = false }: { focus?: boolean } = {}): Promise<void> {
    const mine = ++generation;
    const mode = view.mode();
    link = null;
    if (mode.kind === 'details') {
      const id = view.selected();
      replace(host, id ? nodeDetails(view, id) : help(view));
    } else {
      replace(host, h('p', { class: 'govuk-body', role: 'status' }, 'Loading the chronology for evidence…'));
      const choices = await view.evidenceChoices();
      if (mine !== generation) return;
      if (mode.kind === 'link') {
        const form = linkForm(view, { fromId: mode.fromId, toId: mode.toId, choices });
        link = form;
        replace(host, form.el);
      } else {
        const factor = mode.kind === 'edit' ? view.data().factors.get(mode.factorId) ?? null : null;
        replace(host, factorForm(view, { factor, level: mode.kind === 'add' ? mode.level : null, choices }));
      }
      focus = true;
    }
    if (focus) host.querySelector<HTMLElement>('h3[tabindex="-1"]')?.focus();
  }

  return {
    render,
    setLinkTarget(id) { link?.setTarget(id); },
  };
}
