import { sameValue, type MergeField } from '../../components/conflictMergeModel';

/**
 * The fields the user actually changed from the version they opened: only these are offered on the
 * merge screen and saved again, so a field someone else changed and the user left alone keeps their value.
 */
export function editedFields(fields: readonly MergeField[], opened: Record<string, unknown>, mine: Record<string, unknown>): MergeField[] {
  return fields.filter((f) => f.name in mine && !sameValue(opened[f.name], mine[f.name]));
}
