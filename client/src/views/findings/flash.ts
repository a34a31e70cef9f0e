import { h } from '../../dom';
import type { FindingsSection, FindingsView } from './viewTypes';

/** The visible confirmation of the last change, when it concerns this section (screen readers hear it from the tab's live region). */
export function flashFor(view: FindingsView, section: FindingsSection): HTMLElement | null {
  const flash = view.flash;
  if (!flash || flash.section !== section) return null;
  return h('div', { class: 'sl-flash', 'data-flash': '' }, h('p', { class: 'govuk-body' }, flash.text));
}
