import { h } from '../../dom';
import { button } from '../../components/forms';
import { findingList } from './findingList';
import { findingDetail } from './findingDetail';
import { findingForm } from './findingForm';
import type { FindingsView } from './viewTypes';
import { flashFor } from './flash';

/** The Findings section: the findings in order, an Add button for editors, and the open finding below the list. */
export function findingsSection(view: FindingsView): HTMLElement {
  const sel = view.selection;
  const open = sel?.kind === 'finding' ? view.data.findings.find((f) => f.id === sel.id) ?? null : null;
  const detail = sel?.kind === 'newFinding' && view.canEdit ? findingForm(view, null) : open ? findingDetail(view, open) : null;
  return h('section', { class: 'sl-section', id: 'findings', 'aria-labelledby': 'findings-heading' },
    h('h2', { class: 'govuk-heading-l', id: 'findings-heading' }, 'Findings'),
    detail ? null : flashFor(view, 'findings'),
    h('p', { class: 'govuk-body' },
      'Findings are about the multi-agency system: what this case shows about the conditions practitioners work in, why it is not unique to this case, and why it matters. Each rests on factors from the analysis.'),
    findingList(view),
    view.canEdit && sel?.kind !== 'newFinding' ? button('Add a finding', { variant: 'secondary', name: 'add-finding', onclick: () => view.select({ kind: 'newFinding' }) }) : null,
    detail ? h('div', { class: 'sl-detail-host' }, flashFor(view, 'findings'), detail) : null);
}
