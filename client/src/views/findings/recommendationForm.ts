import type { Recommendation } from '../../../../schema/contracts/findings';
import { api } from '../../api';
import { problemsOf, type FormErrors } from '../../components/errors';
import { isConflict } from '../../components/conflict';
import { retryAfterConflict } from '../../components/conflictMerge';
import { checksAbout, investigationPath, recommendationName } from './findingsData';
import { recommendationFields, recommendationMergeFields } from './recommendationFields';
import { editorShell } from './editorShell';
import { editedFields } from '../../components/conflictMergeModel';
import type { FindingsView } from './viewTypes';

/**
 * The editor of a draft recommendation: the findings it addresses, the addressee (an agency of the
 * investigation or another organisation; a registered person is refused by the server and shown on
 * the field), text, intended outcome and measure; with a merge screen on a conflicting save, and deletion.
 */
export function recommendationForm(view: FindingsView, rec: Recommendation | null): HTMLFormElement {
  const base = investigationPath(view.investigation.id, 'recommendations');
  const flags = rec ? checksAbout(view.data.checks, 'recommendation', rec.id) : [];
  const body = recommendationFields({ rec, findings: view.data.findings, agencies: view.data.agencies, flags });
  const heading = rec ? 'Change the draft recommendation' : 'Draft a recommendation';
  const { form, errors } = editorShell({
    kind: 'recommendation', heading, flags, fields: body.fields,
    saveLabel: rec ? 'Save draft' : 'Save as draft', deleteLabel: rec ? 'Delete draft' : null,
    onCancel: () => view.select(null), onDelete: () => { if (rec) void remove(rec); },
    read: body.read, save: (values, shown) => save(values, shown),
  });

  async function save(values: Record<string, unknown>, shown: FormErrors): Promise<void> {
    try {
      if (!rec) {
        const created = await api.post<Recommendation>(base, values);
        await view.changed('Draft recommendation saved. Issue it when it is ready.', { kind: 'recommendation', id: created.id });
        return;
      }
      await api.patch<Recommendation>(`${base}/${rec.id}`, { ...values, version: rec.version });
      await view.changed('Draft recommendation saved.', { kind: 'recommendation', id: rec.id });
    } catch (err) {
      if (!rec || !isConflict(err)) return shown.showError(err);
      await merge(values, shown);
    }
  }

  async function merge(mine: Record<string, unknown>, shown: FormErrors): Promise<void> {
    try {
      const outcome = await retryAfterConflict({
        what: 'recommendation', fields: editedFields(recommendationMergeFields(view.data.findings, view.data.agencies), rec!, mine), mine, replacing: form,
        load: async () => {
          const current = (await api.get<Recommendation[]>(base)).find((r) => r.id === rec!.id);
          if (!current) throw new Error('Someone else deleted this draft while you were editing it.');
          return current;
        },
        save: (values, version) => api.patch<Recommendation>(`${base}/${rec!.id}`, { ...values, version }),
      });
      if (outcome.outcome === 'cancelled') return;
      await view.changed(outcome.outcome === 'saved' ? 'Draft saved with the merged values.' : 'Draft kept as someone else saved it.', { kind: 'recommendation', id: rec!.id });
    } catch (err) {
      shown.show(problemsOf(err));
    }
  }

  async function remove(r: Recommendation): Promise<void> {
    if (!window.confirm(`Delete the draft "${recommendationName(r)}"? This cannot be undone.`)) return;
    try {
      await api.delete(`${base}/${r.id}`, r.version);
      await view.changed('Draft recommendation deleted.', null);
    } catch (err) {
      if (isConflict(err)) errors.show([{ message: 'Someone else changed this draft after you opened it, so it was not deleted. Reload the page to see their version.' }]);
      else errors.showError(err);
    }
  }

  return form;
}
