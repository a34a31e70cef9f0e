import type { Agency, Person } from '../../../../schema/contracts/registry';
import { labels, personKinds } from '../../../../schema/contracts/enums';
import { api } from '../../api';
import { dateOf, selectField, textField, valueOf } from '../../components/forms';
import { pairListEditor, textListEditor } from '../../components/listEditor';
import type { FormBody } from '../../components/collection';

/** The add/change form of a registry entry; for a new entry the pseudonym and role code are suggested as kind, relationship and job title are chosen. */
export function personForm(investigationId: string, person: Person | null, agencies: Agency[]): FormBody {
  const kind = selectField({
    name: 'kind', label: 'Kind', value: person?.kind, choices: personKinds.map((k) => ({ value: k, label: labels[k] ?? k })),
    onchange: () => { showFieldsFor(); suggest(); },
  });
  const aliases = textListEditor({ name: 'aliases', legend: 'Aliases and nicknames', itemLabel: 'Alias', addLabel: 'Add an alias', values: person?.aliases ?? [], hint: 'Every name this person is known by, so that each is replaced in anonymised output.' });
  const identifiers = pairListEditor({ name: 'identifiers', legend: 'Identifiers', itemLabel: 'Identifier', addLabel: 'Add an identifier', values: person?.identifiers ?? [], hint: 'For example kind “NHS number”, value “943 476 5919”.' });
  const relationship = textField({ name: 'relationship', label: 'Relationship to the child', value: person?.relationship, hint: 'For example Subject child, Mother, Mother’s partner, Sibling.', classes: 'govuk-input--width-20' });
  const agency = selectField({
    name: 'agencyId', label: 'Agency', value: person?.agencyId ?? '',
    choices: [{ value: '', label: 'Not recorded' }, ...agencies.map((a) => ({ value: a.id, label: a.name }))],
  });
  const jobTitle = textField({ name: 'jobTitle', label: 'Job title', value: person?.jobTitle, hint: 'For example Social worker, Health visitor, GP.', classes: 'govuk-input--width-20' });
  const pseudonym = textField({ name: 'pseudonym', label: 'Pseudonym', value: person?.pseudonym, classes: 'govuk-input--width-20', hint: 'Used everywhere in place of the real name. Suggested from the kind, relationship and job title; you can change it.' });
  const roleCode = textField({ name: 'roleCode', label: 'Role code (optional)', value: person?.roleCode, classes: 'govuk-input--width-5', spellcheck: false, hint: 'A short code for practitioners, for example SW1 or HV1.' });

  const control = (group: HTMLElement) => group.querySelector<HTMLInputElement | HTMLSelectElement>('input, select')!;
  const touched = { pseudonym: person !== null, roleCode: person !== null };
  for (const [key, group] of [['pseudonym', pseudonym], ['roleCode', roleCode]] as const) {
    control(group).addEventListener('input', () => { touched[key] = control(group).value.trim() !== ''; });
  }

  function showFieldsFor(): void {
    const practitioner = control(kind).value === 'practitioner';
    agency.hidden = !practitioner;
    jobTitle.hidden = !practitioner;
    relationship.hidden = practitioner;
  }

  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  function suggest(): void {
    if (touched.pseudonym && touched.roleCode) return;
    clearTimeout(timer);
    const mine = ++latest;
    timer = setTimeout(async () => {
      const query = new URLSearchParams({ kind: control(kind).value, relationship: control(relationship).value, jobTitle: control(jobTitle).value });
      try {
        const s = await api.get<{ pseudonym: string; roleCode: string | null }>(`/api/investigations/${investigationId}/people/suggestion?${query}`);
        if (mine !== latest) return;
        if (!touched.pseudonym) control(pseudonym).value = s.pseudonym;
        if (!touched.roleCode) control(roleCode).value = s.roleCode ?? '';
      } catch {
        // A suggestion is a convenience: without one the server still suggests when the entry is saved.
      }
    }, 200);
  }
  control(relationship).addEventListener('input', suggest);
  control(jobTitle).addEventListener('input', suggest);
  showFieldsFor();
  if (!person) suggest();

  return {
    fields: [kind, textField({ name: 'realName', label: 'Real name', value: person?.realName }), aliases.el,
      textField({ name: 'dateOfBirth', label: 'Date of birth (optional)', type: 'date', value: person?.dateOfBirth, classes: 'govuk-input--width-10' }),
      identifiers.el, relationship, agency, jobTitle, pseudonym, roleCode],
    read(form) {
      const practitioner = valueOf(form, 'kind') === 'practitioner';
      const values: Record<string, unknown> = {
        kind: valueOf(form, 'kind'), realName: valueOf(form, 'realName').trim(), aliases: aliases.values(),
        dateOfBirth: dateOf(form, 'dateOfBirth'), identifiers: identifiers.values(),
        relationship: practitioner ? '' : valueOf(form, 'relationship').trim(),
        agencyId: practitioner ? valueOf(form, 'agencyId') || null : null,
        jobTitle: practitioner ? valueOf(form, 'jobTitle').trim() : '',
        roleCode: valueOf(form, 'roleCode').trim() || null,
      };
      const chosen = valueOf(form, 'pseudonym').trim();
      if (chosen || person) values.pseudonym = chosen;
      return values;
    },
  };
}
