import type { ChronologyEvent } from '../../../../schema/contracts/chronology';
import type { EventKind } from '../../../../schema/contracts/enums';

/** Which entries to show; empty values mean "all". `agencyId` 'none' selects entries with no agency, `episodeId` 'none' entries outside every episode. */
export interface EventFilter {
  agencyId: string;
  kind: EventKind | '';
  personId: string;
  episodeId: string;
  text: string;
}

/** The filter that shows everything. */
export const noFilter: EventFilter = { agencyId: '', kind: '', personId: '', episodeId: '', text: '' };

/** True when the filter hides anything. */
export function isFiltering(f: EventFilter): boolean {
  return f.agencyId !== '' || f.kind !== '' || f.personId !== '' || f.episodeId !== '' || f.text.trim() !== '';
}

/** The entries that pass the filter: by agency, kind, person (as actor or subject), episode and words in any text field. */
export function filterEvents(events: readonly ChronologyEvent[], f: EventFilter): ChronologyEvent[] {
  const words = f.text.toLocaleLowerCase('en-GB').split(/\s+/).filter(Boolean);
  return events.filter((e) => {
    if (f.agencyId === 'none' ? e.agencyId !== null : f.agencyId !== '' && e.agencyId !== f.agencyId) return false;
    if (f.kind !== '' && e.kind !== f.kind) return false;
    if (f.personId !== '' && !e.actorIds.includes(f.personId) && !e.subjectIds.includes(f.personId)) return false;
    if (f.episodeId === 'none' ? e.episodeId !== null : f.episodeId !== '' && e.episodeId !== f.episodeId) return false;
    if (words.length > 0) {
      const haystack = [e.description, e.knownAtTime, e.childWords, e.sharedWith, e.display].join('\n').toLocaleLowerCase('en-GB');
      if (!words.every((w) => haystack.includes(w))) return false;
    }
    return true;
  });
}
