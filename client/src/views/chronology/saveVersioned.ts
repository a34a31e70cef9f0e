import { ApiFailure, api } from '../../api';
import type { FormErrors, Problem } from '../../components/errors';
import { isConflict } from '../../components/conflict';
import { retryAfterConflict, type MergeField } from '../../components/conflictMerge';
import { editedFields } from '../../components/conflictMergeModel';
import { comparable } from './comparable';

type Versioned = Record<string, unknown> & { id: string; version: number };

/** One save of a chronology form: what it sends, where, and what happens after. */
export interface VersionedSave<T> {
  /** The kind of item in words: "entry", "episode". */
  what: string;
  form: HTMLFormElement;
  errors: FormErrors;
  /** The collection's API path; a change goes to `<collection>/<id>`. */
  collection: string;
  /** The item as the form opened it, or null to add one. */
  base: Versioned | null;
  values: Record<string, unknown>;
  /** Problems found before sending; when there are any, nothing is sent. */
  problems: readonly Problem[];
  /** The fields the merge screen may offer (only those the reader changed are shown). */
  fields: readonly MergeField[];
  /** Loads the version saved since (rejects with a 404 ApiFailure when it is gone). */
  load(): Promise<Versioned>;
  onSaved(saved: T, created: boolean): void;
  /** The reader took every value of the version someone else saved. */
  onKeptTheirs(): void;
}

/**
 * Adds or changes an item with the version it was based on. Errors are shown by their fields; when someone
 * else saved first (409) the merge screen offers their value or the reader's for each field the reader changed,
 * and saves the merged values on top of the latest version.
 */
export async function saveVersioned<T>(o: VersionedSave<T>): Promise<void> {
  if (o.problems.length > 0) return o.errors.show([...o.problems]);
  const itemUrl = (id: string) => `${o.collection}/${encodeURIComponent(id)}`;
  try {
    const saved = o.base
      ? await api.patch<T>(itemUrl(o.base.id), { ...o.values, version: o.base.version })
      : await api.post<T>(o.collection, o.values);
    o.onSaved(saved, o.base === null);
  } catch (err) {
    if (!o.base || !isConflict(err)) return o.errors.showError(err);
    o.errors.clear();
    const base = o.base;
    const mine = comparable(o.values);
    try {
      const outcome = await retryAfterConflict({
        what: o.what, fields: editedFields(o.fields, comparable(base), mine), mine, replacing: o.form,
        load: async () => comparable(await o.load()),
        save: (merged, version) => api.patch<T>(itemUrl(base.id), { ...merged, version }),
      });
      if (outcome.outcome === 'saved') o.onSaved(outcome.saved, false);
      else if (outcome.outcome === 'keptTheirs') o.onKeptTheirs();
    } catch (failure) {
      if (failure instanceof ApiFailure && failure.status === 404) {
        return o.errors.show([{ message: `Someone else deleted this ${o.what} while you were changing it. Your changes have not been saved.` }]);
      }
      o.errors.showError(failure);
    }
  }
}
