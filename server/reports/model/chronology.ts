import { labels } from '../../../schema/contracts/enums';
import { tryParseEdtf } from '../../../schema/edtf';
import type { DateStyle, Edition, ModelEntry, ModelEpisode } from '../../../templates/model';
import { formatOccurred } from '../edition/dates';
import type { ReportRows } from './load';
import { personName, reference } from './names';

/** What the chronology part of the model needs besides the rows. */
export interface ChronologyContext {
  edition: Edition;
  dateStyle: DateStyle;
  incidentAt: number | null;
}

const group = <T>(items: readonly T[], key: (t: T) => string) => {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
};

/** Chronology entries in time order with references C-001 …, names and dates as the edition shows them (factor references are added by the caller). */
export function buildEntries(rows: ReportRows, ctx: ChronologyContext): ModelEntry[] {
  const agencyName = new Map(rows.agencies.map((a) => [a.id, a.name]));
  const person = new Map(rows.people.map((p) => [p.id, p]));
  const involved = group(rows.eventPeople, (ep) => ep.eventId);
  const sourceTitles = group(rows.eventSources, (s) => s.eventId);
  const names = (eventId: string, role: string) => (involved.get(eventId) ?? [])
    .filter((ep) => ep.role === role).flatMap((ep) => { const p = person.get(ep.personId); return p ? [personName(p, ctx.edition)] : []; });
  return rows.events.map((e, i) => ({
    id: e.id,
    ref: reference('C-', i, rows.events.length, 3),
    date: formatOccurred(e.occurred, e.sortStart, e.sortEnd, ctx.dateStyle, ctx.incidentAt),
    start: e.sortStart,
    end: e.sortEnd,
    uncertain: tryParseEdtf(e.occurred)?.uncertain ?? false,
    kind: e.kind,
    kindLabel: labels[e.kind] ?? e.kind,
    agencyId: e.agencyId,
    agency: e.agencyId ? agencyName.get(e.agencyId) ?? '' : 'Not attributed',
    actors: names(e.id, 'actor'),
    subjects: names(e.id, 'subject'),
    description: e.description,
    knownAtTime: e.knownAtTime,
    childSeen: e.childSeen,
    childWords: e.childWords,
    sharedWith: e.sharedWith,
    sources: (sourceTitles.get(e.id) ?? []).map((s) => s.title),
    confidence: labels[e.confidence] ?? e.confidence,
    episodeId: e.episodeId,
    factorRefs: [],
  }));
}

/** Key practice episodes with the entries they group and the factors those entries evidence. */
export function buildEpisodes(rows: ReportRows, entries: readonly ModelEntry[], ctx: ChronologyContext): ModelEpisode[] {
  return rows.episodes.map((ep) => {
    const mine = entries.filter((e) => e.episodeId === ep.id);
    const starts = [ep.periodStart, ep.periodEnd].map((v) => (v ? tryParseEdtf(v) : null));
    const [from, to] = starts;
    const period = from || to
      ? formatOccurred([ep.periodStart, ep.periodEnd].filter(Boolean).join('/'), (from ?? to)!.start, (to ?? from)!.end, ctx.dateStyle, ctx.incidentAt)
      : null;
    return {
      id: ep.id, title: ep.title, period, summary: ep.summary, knownAtTime: ep.knownAtTime, localRationality: ep.localRationality,
      entryRefs: mine.map((e) => e.ref),
      factorRefs: [...new Set(mine.flatMap((e) => e.factorRefs))].sort(),
    };
  });
}
