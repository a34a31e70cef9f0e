import type { ChronologyEvent, Episode, Gap, Source } from '../../../../schema/contracts/chronology';
import type { Agency, Person } from '../../../../schema/contracts/registry';
import { api } from '../../api';
import type { TimelineItem } from '../../charts/timeline/types';

/** Everything the chronology views show, loaded together. */
export interface ChronologyData {
  events: ChronologyEvent[];
  agencies: Agency[];
  people: Person[];
  sources: Source[];
  episodes: Episode[];
  gaps: Gap[];
}

/** The API path of an investigation's chronology resources. */
export function chronologyPath(investigationId: string, rest = ''): string {
  return `/api/investigations/${encodeURIComponent(investigationId)}/${rest}`;
}

/** Loads the entries, the registry (agencies, people), sources, episodes and the gaps longer than `gapDays`. */
export async function loadChronology(investigationId: string, gapDays: number): Promise<ChronologyData> {
  const at = (rest: string) => chronologyPath(investigationId, rest);
  const [events, agencies, people, sources, episodes, gaps] = await Promise.all([
    api.get<ChronologyEvent[]>(at('events')),
    api.get<Agency[]>(at('agencies')),
    api.get<Person[]>(at('people')),
    api.get<Source[]>(at('sources')),
    api.get<Episode[]>(at('episodes')),
    loadGaps(investigationId, gapDays),
  ]);
  return { events, agencies, people, sources, episodes, gaps };
}

/** Loads the periods longer than `days` in which no agency saw the child. */
export function loadGaps(investigationId: string, days: number): Promise<Gap[]> {
  return api.get<Gap[]>(chronologyPath(investigationId, `chronology/gaps?days=${days}`));
}

/** Lookups by id over loaded data, and the names the views show. */
export interface Names {
  event(id: string): ChronologyEvent | undefined;
  agency(id: string | null): string;
  person(id: string): string;
  /** A person's role code where they have one (SW1), otherwise their display name: for compact tables. */
  personShort(id: string): string;
  source(id: string): string;
  episode(id: string | null): string;
}

/** Builds id lookups and display names: people by role code and display name (a pseudonym for roles that may not see identities). */
export function namesOf(data: ChronologyData): Names {
  const events = new Map(data.events.map((e) => [e.id, e]));
  const agencies = new Map(data.agencies.map((a) => [a.id, a.name]));
  const people = new Map(data.people.map((p) => [p.id, personLabel(p)]));
  const short = new Map(data.people.map((p) => [p.id, p.roleCode ?? p.displayName]));
  const sources = new Map(data.sources.map((s) => [s.id, s.reference ? `${s.title} (${s.reference})` : s.title]));
  const episodes = new Map(data.episodes.map((e) => [e.id, e.title]));
  return {
    event: (id) => events.get(id),
    agency: (id) => (id === null ? 'No agency' : agencies.get(id) ?? 'Unknown agency'),
    person: (id) => people.get(id) ?? 'Unknown person',
    personShort: (id) => short.get(id) ?? 'Unknown person',
    source: (id) => sources.get(id) ?? 'Unknown source',
    episode: (id) => (id === null ? '' : episodes.get(id) ?? 'Unknown episode'),
  };
}

/** A person as the chronology names them: "SW1 – Social Worker 1", or the display name alone. */
export function personLabel(p: Pick<Person, 'roleCode' | 'displayName'>): string {
  return p.roleCode ? `${p.roleCode} – ${p.displayName}` : p.displayName;
}

/** The timeline's view of an entry. */
export function toTimelineItem(e: ChronologyEvent): TimelineItem {
  return {
    id: e.id, start: e.start, end: e.end, agencyId: e.agencyId, kind: e.kind,
    uncertain: e.uncertain, approximate: e.approximate, sequence: e.sequence, episodeId: e.episodeId,
    // An interval's start or end left open ("..") or unknown (empty) in EDTF: "../2019-05", "2019-03/..", "2019-03/".
    openBefore: e.occurred.startsWith('../') || e.occurred.startsWith('/'),
    openAfter: e.occurred.endsWith('/..') || e.occurred.endsWith('/'),
  };
}
