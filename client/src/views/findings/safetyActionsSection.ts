import type { SafetyAction } from '../../../../schema/contracts/findings';
import { h } from '../../dom';
import { api } from '../../api';
import { collectionSection } from '../../components/collection';
import { selectField, textField, textareaField, valueOf } from '../../components/forms';
import { formatDate } from '../../components/changes';
import { investigationPath, todayIso } from './findingsData';
import type { FindingsView } from './viewTypes';

/** Safety action agencies have already taken (often better than a recommendation): agency, date and description. */
export function safetyActionsSection(view: FindingsView): HTMLElement {
  const base = investigationPath(view.investigation.id, 'safety-actions');
  const agencies = view.data.agencies;
  const agencyName = (id: string | null) => agencies.find((a) => a.id === id)?.name ?? 'An agency no longer recorded';
  return collectionSection<SafetyAction>({
    id: 'safety-actions', title: 'Safety action already taken', noun: 'safety action', addHeading: 'Add safety action',
    intro: 'What agencies have already changed since the incident. It is reported alongside the recommendations.',
    caption: 'Safety action already taken', head: ['Agency', 'Date', 'Description'], empty: 'No safety action recorded yet.',
    labels: { agencyId: 'Agency', takenOn: 'Date', description: 'Description' },
    forDisplay: (v) => ({ ...v, agencyId: agencyName(v.agencyId as string | null), takenOn: formatDate(v.takenOn as string) }),
    load: () => api.get<SafetyAction[]>(base),
    row: (a) => [agencyName(a.agencyId), formatDate(a.takenOn), h('span', { class: 'sl-prewrap' }, a.description)],
    name: (a) => `${agencyName(a.agencyId)}, ${formatDate(a.takenOn)}`,
    canEdit: view.canEdit && agencies.length > 0,
    readOnlyNote: view.canEdit ? 'Add the agencies involved in the Overview before recording their safety action.' : undefined,
    form: (a) => ({
      fields: [
        selectField({ name: 'agencyId', label: 'Agency', value: a?.agencyId ?? agencies[0]?.id, choices: agencies.map((x) => ({ value: x.id, label: x.name })) }),
        textField({ name: 'takenOn', label: 'Date taken', type: 'date', value: a?.takenOn ?? todayIso(), classes: 'govuk-input--width-10' }),
        textareaField({ name: 'description', label: 'Description', rows: 4, value: a?.description, hint: 'What changed, and where.' }),
      ],
      read: (form) => ({ agencyId: valueOf(form, 'agencyId'), takenOn: valueOf(form, 'takenOn'), description: valueOf(form, 'description').trim() }),
    }),
    create: (values) => api.post(base, values),
    update: (a, values) => api.patch(`${base}/${a.id}`, { ...values, version: a.version }),
    remove: (a) => api.delete(`${base}/${a.id}`, a.version),
  });
}
