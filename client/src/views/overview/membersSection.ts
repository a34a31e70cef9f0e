import type { Member } from '../../../../schema/contracts/accounts';
import { labels, memberRoles } from '../../../../schema/contracts/enums';
import { api } from '../../api';
import { collectionSection } from '../../components/collection';
import { selectField, textField, valueOf } from '../../components/forms';
import type { Investigation } from '../../../../schema/contracts/investigations';

const roleChoices = memberRoles.map((r) => ({ value: r, label: labels[r] ?? r }));

/** Who works on the investigation; lead investigators add members by email, change roles and remove them. */
export function membersSection(inv: Investigation): HTMLElement {
  const base = `/api/investigations/${inv.id}/members`;
  return collectionSection<Member>({
    id: 'members', title: 'Members', noun: 'member', addHeading: 'Add a member',
    intro: 'Lead investigators and investigators see real identities; panel members and observers see pseudonyms only. Observers cannot change anything.',
    caption: 'Members of this investigation', head: ['Name', 'Email address', 'Role'], empty: 'No members.',
    labels: { role: 'Role' },
    load: () => api.get<Member[]>(base),
    row: (m) => [m.name, m.email, labels[m.role] ?? m.role],
    name: (m) => m.name,
    canEdit: inv.myRole === 'lead',
    readOnlyNote: 'Only lead investigators can add members or change their roles.',
    form: (m) => {
      const fields = m ? [] : [textField({ name: 'email', label: 'Email address of their account', type: 'email', spellcheck: false, hint: 'An administrator creates accounts; the person must already have one.' })];
      fields.push(selectField({ name: 'role', label: 'Role', value: m?.role ?? 'investigator', choices: roleChoices }));
      return {
        fields,
        read: (form) => (m ? { role: valueOf(form, 'role') } : { email: valueOf(form, 'email').trim(), role: valueOf(form, 'role') }),
      };
    },
    create: (values) => api.post(base, values),
    update: (m, values) => api.patch(`${base}/${m.id}`, { role: values.role, version: m.version }),
    remove: (m) => api.delete(`${base}/${m.id}`, m.version),
  });
}
