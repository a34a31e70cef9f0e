import type { Agency } from '../../../../schema/contracts/registry';
import type { Investigation } from '../../../../schema/contracts/investigations';
import { agencyKinds, labels } from '../../../../schema/contracts/enums';
import { api } from '../../api';
import { collectionSection } from '../../components/collection';
import { selectField, textField, valueOf } from '../../components/forms';

/** The agencies involved in the case: name and kind. */
export function agenciesSection(inv: Investigation, canEdit: boolean): HTMLElement {
  const base = `/api/investigations/${inv.id}/agencies`;
  return collectionSection<Agency>({
    id: 'agencies', title: 'Agencies', noun: 'agency', addHeading: 'Add an agency',
    intro: 'Agencies are named in reports, because that is how the system learns.',
    caption: 'Agencies involved', head: ['Name', 'Kind'], empty: 'No agencies recorded yet.',
    labels: { name: 'Name', kind: 'Kind' },
    load: () => api.get<Agency[]>(base),
    row: (a) => [a.name, labels[a.kind] ?? a.kind],
    name: (a) => a.name,
    canEdit,
    form: (a) => ({
      fields: [
        textField({ name: 'name', label: 'Name of the agency', value: a?.name }),
        selectField({ name: 'kind', label: 'Kind', value: a?.kind, choices: agencyKinds.map((k) => ({ value: k, label: labels[k] ?? k })) }),
      ],
      read: (form) => ({ name: valueOf(form, 'name').trim(), kind: valueOf(form, 'kind') }),
    }),
    create: (values) => api.post(base, values),
    update: (a, values) => api.patch(`${base}/${a.id}`, { ...values, version: a.version }),
    remove: (a) => api.delete(`${base}/${a.id}`, a.version),
  });
}
