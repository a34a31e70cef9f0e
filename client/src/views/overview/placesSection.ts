import type { Place } from '../../../../schema/contracts/registry';
import type { Investigation } from '../../../../schema/contracts/investigations';
import { labels, placeKinds } from '../../../../schema/contracts/enums';
import { api } from '../../api';
import { collectionSection } from '../../components/collection';
import { selectField, textField, valueOf } from '../../components/forms';

const placeLabels: Record<string, string> = { school: 'School', street: 'Street', address: 'Address', area: 'Area', other: 'Other' };

/** Identifying places (schools, streets) and the text that replaces them in anonymised output. */
export function placesSection(inv: Investigation, canEdit: boolean): HTMLElement {
  const base = `/api/investigations/${inv.id}/places`;
  return collectionSection<Place>({
    id: 'places', title: 'Identifying places', noun: 'place', addHeading: 'Add a place',
    intro: 'Named schools, streets and addresses could identify the child. Wherever they appear, anonymised output shows the replacement instead.',
    caption: 'Identifying places and their replacements',
    head: canEdit ? ['Place', 'Kind', 'Replaced by'] : ['Replaced by', 'Kind'],
    empty: 'No identifying places recorded yet.',
    labels: { kind: 'Kind', realName: 'Place', replacement: 'Replaced by' },
    load: () => api.get<Place[]>(base),
    row: (p) => (canEdit ? [p.realName ?? '', placeLabels[p.kind] ?? labels[p.kind] ?? p.kind, p.replacement] : [p.replacement, placeLabels[p.kind] ?? p.kind]),
    name: (p) => p.realName ?? p.replacement,
    canEdit,
    form: (p) => ({
      fields: [
        selectField({ name: 'kind', label: 'Kind', value: p?.kind, choices: placeKinds.map((k) => ({ value: k, label: placeLabels[k] ?? k })) }),
        textField({ name: 'realName', label: 'Name of the place', value: p?.realName, hint: 'As it appears in records, for example “Little Acorns Nursery”.' }),
        textField({ name: 'replacement', label: 'Replace it with', value: p?.replacement, hint: 'For example “the nursery” or “[street]”.', classes: 'govuk-input--width-20' }),
      ],
      read: (form) => ({ kind: valueOf(form, 'kind'), realName: valueOf(form, 'realName').trim(), replacement: valueOf(form, 'replacement').trim() }),
    }),
    create: (values) => api.post(base, values),
    update: (p, values) => api.patch(`${base}/${p.id}`, { ...values, version: p.version }),
    remove: (p) => api.delete(`${base}/${p.id}`, p.version),
  });
}
