import type { Finding } from '../../../../schema/contracts/findings';
import { api } from '../../api';
import { workspacePath } from '../../router';
import { problemsOf, type FormErrors } from '../../components/errors';
import { isConflict } from '../../components/conflict';
import { retryAfterConflict } from '../../components/conflictMerge';
import { checksAbout, findingName, investigationPath } from './findingsData';
import { findingFields, findingMergeFields } from './findingFields';
import { editorShell } from './editorShell';
import { editedFields } from '../../components/conflictMergeModel';
import type { FindingsView } from './viewTypes';

/**
 * The finding editor: all fields, the factor picker and board questions, with field-level errors
 * (marking final without a factor is refused by the server and shown on the picker), a merge screen
 * when someone else saved the finding meanwhile, and deletion.
 */
export function findingForm(view: FindingsView, finding: Finding | null): HTMLFormElement {
  const inv = view.investigation;
  const base = investigationPath(inv.id, 'findings');
  const flags = finding ? checksAbout(view.data.checks, 'finding', finding.id) : [];
  const body = findingFields({ finding, factors: view.data.factors, flags, analysisHref: workspacePath(inv.id, 'analysis') });
  const name = finding ? findingName(view.data.findings, finding.id) : 'New finding';
  const heading = finding ? `Change ${name.toLowerCase()}` : 'Add a finding';
  const { form, errors } = editorShell({
    kind: 'finding', heading, flags, fields: body.fields,
    saveLabel: finding ? 'Save finding' : 'Add finding', deleteLabel: finding ? 'Delete finding' : null,
    onCancel: () => view.select(null), onDelete: () => { if (finding) void remove(finding); },
    read: body.read, save: (values, shown) => save(values, shown),
  });

  async function save(values: Record<string, unknown>, shown: FormErrors): Promise<void> {
    try {
      if (!finding) {
        const created = await api.post<Finding>(base, values);
        await view.changed(`Finding ${view.data.findings.length + 1} added.`, { kind: 'finding', id: created.id });
        return;
      }
      await api.patch<Finding>(`${base}/${finding.id}`, { ...values, version: finding.version });
      await view.changed(`${name} saved.`, { kind: 'finding', id: finding.id });
    } catch (err) {
      if (!finding || !isConflict(err)) return shown.showError(err);
      await merge(values, shown);
    }
  }

  async function merge(mine: Record<string, unknown>, shown: FormErrors): Promise<void> {
    try {
      const outcome = await retryAfterConflict({
        what: 'finding', fields: editedFields(findingMergeFields(view.data.factors), finding!, mine), mine, replacing: form,
        load: async () => {
          const current = (await api.get<Finding[]>(base)).find((f) => f.id === finding!.id);
          if (!current) throw new Error('Someone else deleted this finding while you were editing it.');
          return current;
        },
        save: (values, version) => api.patch<Finding>(`${base}/${finding!.id}`, { ...values, version }),
      });
      if (outcome.outcome === 'cancelled') return;
      await view.changed(outcome.outcome === 'saved' ? `${name} saved with the merged values.` : `${name} kept as someone else saved it.`, { kind: 'finding', id: finding!.id });
    } catch (err) {
      shown.show(problemsOf(err));
    }
  }

  async function remove(f: Finding): Promise<void> {
    if (!window.confirm(`Delete ${name.toLowerCase()}? This cannot be undone.`)) return;
    try {
      await api.delete(`${base}/${f.id}`, f.version);
      await view.changed(`${name} deleted.`, null);
    } catch (err) {
      if (isConflict(err)) errors.show([{ message: 'Someone else changed this finding after you opened it, so it was not deleted. Reload the page to see their version.' }]);
      else errors.showError(err);
    }
  }

  return form;
}
