import type { Investigation } from '../../../schema/contracts/investigations';
import type { MemberRole } from '../../../schema/contracts/enums';
import { api } from '../api';

const known = new Map<string, Promise<MemberRole | null>>();

/**
 * The reader's role in an investigation, asked of the server once per investigation and page load, so
 * components placed in any view (comment threads, review controls) need only the investigation's id.
 * Null when it cannot be learned; callers then offer nothing but reading.
 */
export function myRoleIn(investigationId: string): Promise<MemberRole | null> {
  let found = known.get(investigationId);
  if (!found) {
    found = api.get<Investigation>(`/api/investigations/${encodeURIComponent(investigationId)}`).then((inv) => inv.myRole, () => {
      known.delete(investigationId);
      return null;
    });
    known.set(investigationId, found);
  }
  return found;
}
