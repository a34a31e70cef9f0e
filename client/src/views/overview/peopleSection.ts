import type { Agency, Person } from '../../../../schema/contracts/registry';
import type { Investigation } from '../../../../schema/contracts/investigations';
import { labels } from '../../../../schema/contracts/enums';
import { h } from '../../dom';
import { api } from '../../api';
import { collectionSection } from '../../components/collection';
import { personForm } from './personForm';
import { formatDate } from '../../components/changes';

const personLabels: Record<string, string> = {
  kind: 'Kind', realName: 'Real name', aliases: 'Aliases and nicknames', dateOfBirth: 'Date of birth', identifiers: 'Identifiers',
  relationship: 'Relationship to the child', agencyId: 'Agency', jobTitle: 'Job title', pseudonym: 'Pseudonym', roleCode: 'Role code',
};

function identityCell(p: Person): (Node | string)[] {
  const extra = [
    p.aliases && p.aliases.length > 0 ? `Also known as ${p.aliases.join(', ')}` : null,
    p.dateOfBirth ? `Born ${formatDate(p.dateOfBirth)}` : null,
    ...(p.identifiers ?? []).map((i) => `${i.kind}: ${i.value}`),
  ].filter((t): t is string => t !== null);
  return [p.realName ?? '', ...extra.map((t) => h('span', { class: 'sl-secondary' }, t))];
}

/**
 * The identity registry. Lead investigators and investigators see and edit real identities;
 * panel members and observers receive pseudonyms only (the server withholds the rest) and cannot edit.
 */
export function peopleSection(inv: Investigation, canEdit: boolean): HTMLElement {
  const base = `/api/investigations/${inv.id}/people`;
  let agencies: Agency[] = [];
  const agencyName = (id: string | null) => (id ? agencies.find((a) => a.id === id)?.name ?? '' : '');
  const roleOf = (p: Person) => (p.kind === 'practitioner' ? p.jobTitle : p.relationship);
  return collectionSection<Person>({
    id: 'people', title: 'Identity registry', noun: 'person', addHeading: 'Add a person',
    intro: canEdit
      ? 'Everyone named in the records. Reports, charts and exports show the pseudonym and role code; real names, aliases, dates of birth and identifiers are for lead investigators and investigators only.'
      : 'Everyone named in the records, by pseudonym and role code. Your role sees pseudonyms only.',
    caption: 'People in the identity registry',
    head: canEdit ? ['Pseudonym', 'Role code', 'Real identity', 'Kind', 'Relationship or job title', 'Agency'] : ['Pseudonym', 'Role code', 'Kind', 'Relationship or job title', 'Agency'],
    empty: 'No one is registered yet.',
    labels: personLabels,
    forDisplay: (values) => ({ ...values, agencyId: agencyName((values.agencyId as string | null) ?? null), kind: labels[String(values.kind)] ?? values.kind }),
    async load() {
      const [people, found] = await Promise.all([api.get<Person[]>(base), api.get<Agency[]>(`/api/investigations/${inv.id}/agencies`)]);
      agencies = found;
      return people;
    },
    row: (p) => (canEdit
      ? [p.pseudonym, p.roleCode ?? '', identityCell(p), labels[p.kind] ?? p.kind, roleOf(p), agencyName(p.agencyId)]
      : [p.pseudonym, p.roleCode ?? '', labels[p.kind] ?? p.kind, roleOf(p), agencyName(p.agencyId)]),
    name: (p) => p.pseudonym,
    canEdit,
    form: (p) => personForm(inv.id, p, agencies),
    create: (values) => api.post(base, values),
    update: (p, values) => api.patch(`${base}/${p.id}`, { ...values, version: p.version }),
    remove: (p) => api.delete(`${base}/${p.id}`, p.version),
  });
}
