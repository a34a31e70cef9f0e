import type { Db } from '../db/open';
import { EventCreateSchema } from '../../schema/contracts/chronology';
import { actorOf } from '../services/actor';
import { createEvent } from '../services/events';
import { linkEvents } from '../services/eventLinks';
import { sourceService } from '../services/sources';
import { createEpisode } from '../services/episodes';
import type { DemoIds } from './seedDemo';
import { demoEntries, demoEpisodes, demoLinks, demoSources } from './demoChronologyData';

/**
 * Seeds the demo case's integrated chronology: sources, key practice episodes, entries from six agencies with
 * partial and uncertain dates and non-events, and the links between accounts. Fills `ids.events` by entry key.
 */
export function seedDemoChronology(db: Db, ids: DemoIds, userId: string, now: Date): void {
  const actor = actorOf(userId, now);
  const inv = ids.investigationId;
  const sourceIds: Record<string, string> = {};
  for (const [key, s] of Object.entries(demoSources)) {
    sourceIds[key] = sourceService.create(db, actor, inv, { ...s, agencyId: s.agency ? ids.agencies[s.agency]! : null }).id;
  }
  const episodeIds: Record<string, string> = {};
  for (const [key, e] of Object.entries(demoEpisodes)) {
    episodeIds[key] = createEpisode(db, actor, inv, { ...e, knownAtTime: '', localRationality: '' }).id;
  }
  demoEntries.forEach((entry, i) => {
    const input = EventCreateSchema.parse({
      occurred: entry.at, kind: entry.kind, description: entry.text, sequence: i + 1,
      agencyId: ids.agencies[entry.agency]!,
      actorIds: (entry.actors ?? []).map((k) => ids.people[k]!),
      subjectIds: (entry.subjects ?? []).map((k) => ids.people[k]!),
      knownAtTime: entry.known ?? '', childSeen: entry.seen ?? null, childWords: entry.words ?? '', sharedWith: entry.shared ?? '',
      sourceIds: (entry.sources ?? []).map((k) => sourceIds[k]!), confidence: entry.confidence ?? 'fact',
      episodeId: entry.episode ? episodeIds[entry.episode]! : null,
    });
    const event = createEvent(db, actor, inv, input);
    if (entry.key) ids.events[entry.key] = event.id;
  });
  for (const link of demoLinks) {
    linkEvents(db, actor, inv, ids.events[link.a]!, { otherEventId: ids.events[link.b]!, kind: link.kind, note: link.note });
  }
}
