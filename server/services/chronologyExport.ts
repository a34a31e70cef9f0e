import { eq } from 'drizzle-orm';
import type { Conn } from '../db/open';
import { agencies, episodes, people, sources } from '../../schema/tables';
import type { ChronologyEvent } from '../../schema/contracts/chronology';
import { labels } from '../../schema/contracts/enums';
import { redactDeep } from '../anonymise/registryRedactor';
import { toCsv } from '../chronology/csvWrite';
import { getInvestigation } from './investigations';
import { listEvents } from './eventList';
import { redactorFor } from './redaction';

/** A chronology entry as exported: names instead of ids, dates as shown and as stored. */
export interface ExportedEvent {
  sequence: number;
  date: string;
  occurred: string;
  precision: string;
  uncertain: boolean;
  approximate: boolean;
  earliest: string;
  latest: string;
  kind: string;
  agency: string;
  practitioners: string[];
  childAndFamily: string[];
  description: string;
  knownAtTime: string;
  childSeen: boolean | null;
  childWords: string;
  sharedWith: string;
  sources: string[];
  confidence: string;
  episode: string;
  links: string[];
  unsourced: boolean;
}

/** A whole exported chronology, ready to be written as CSV or JSON. */
export interface ChronologyExport { reference: string; title: string; events: ExportedEvent[] }

function names(db: Conn, investigationId: string, withIdentity: boolean) {
  const person = new Map(db.select().from(people).where(eq(people.investigationId, investigationId)).all().map((p) => {
    const code = p.roleCode ? ` (${p.roleCode})` : '';
    return [p.id, withIdentity ? `${p.realName} (${p.pseudonym}${p.roleCode ? `, ${p.roleCode}` : ''})` : `${p.pseudonym}${code}`];
  }));
  const byId = <T extends { id: string }>(rows: T[], f: (r: T) => string) => new Map(rows.map((r) => [r.id, f(r)]));
  return {
    person,
    agency: byId(db.select().from(agencies).where(eq(agencies.investigationId, investigationId)).all(), (a) => a.name),
    source: byId(db.select().from(sources).where(eq(sources.investigationId, investigationId)).all(), (s) => (s.reference ? `${s.title} (${s.reference})` : s.title)),
    episode: byId(db.select().from(episodes).where(eq(episodes.investigationId, investigationId)).all(), (e) => e.title),
  };
}

/**
 * The investigation's chronology for export. For roles that may not see identities, people appear by pseudonym
 * and role code and every text passes through the registry redactor.
 */
export function exportChronology(db: Conn, investigationId: string, withIdentity: boolean): ChronologyExport {
  const inv = getInvestigation(db, investigationId);
  const n = names(db, investigationId, withIdentity);
  const list = listEvents(db, investigationId);
  const sequenceOf = new Map(list.map((e) => [e.id, e.sequence]));
  const iso = (ms: number) => new Date(ms).toISOString();
  const out: ChronologyExport = {
    reference: inv.reference,
    title: inv.title,
    events: list.map((e: ChronologyEvent) => ({
      sequence: e.sequence, date: e.display, occurred: e.occurred, precision: e.precision, uncertain: e.uncertain, approximate: e.approximate,
      earliest: iso(e.start), latest: iso(e.end), kind: labels[e.kind] ?? e.kind, agency: e.agencyId ? n.agency.get(e.agencyId) ?? '' : '',
      practitioners: e.actorIds.map((id) => n.person.get(id) ?? ''), childAndFamily: e.subjectIds.map((id) => n.person.get(id) ?? ''),
      description: e.description, knownAtTime: e.knownAtTime, childSeen: e.childSeen, childWords: e.childWords, sharedWith: e.sharedWith,
      sources: e.sourceIds.map((id) => n.source.get(id) ?? ''), confidence: labels[e.confidence] ?? e.confidence,
      episode: e.episodeId ? n.episode.get(e.episodeId) ?? '' : '',
      links: e.links.map((l) => `${l.kind === 'conflicts_with' ? 'conflicts with' : 'same occasion as'} entry ${sequenceOf.get(l.otherEventId)}${l.note ? ` (${l.note})` : ''}`),
      unsourced: e.unsourced,
    })),
  };
  return withIdentity ? out : redactDeep(out, redactorFor(db, investigationId));
}

const yesNo = (v: boolean | null) => (v === null ? '' : v ? 'yes' : 'no');

/** The exported chronology as a CSV file (safe against spreadsheet formulas). */
export function chronologyCsv(x: ChronologyExport): string {
  const header = ['Entry', 'Date', 'Date (EDTF)', 'Precision', 'Uncertain', 'Approximate', 'Earliest', 'Latest', 'Kind', 'Agency',
    'Practitioners', 'Child and family', 'Description', 'Known at the time', 'Child seen', "Child's words", 'Shared with',
    'Sources', 'Confidence', 'Key practice episode', 'Linked entries', 'Unsourced'];
  const rows = x.events.map((e) => [e.sequence, e.date, e.occurred, e.precision, yesNo(e.uncertain), yesNo(e.approximate), e.earliest, e.latest,
    e.kind, e.agency, e.practitioners.join('; '), e.childAndFamily.join('; '), e.description, e.knownAtTime, yesNo(e.childSeen),
    e.childWords, e.sharedWith, e.sources.join('; '), e.confidence, e.episode, e.links.join('; '), yesNo(e.unsourced)]);
  return toCsv([header, ...rows]);
}

/** A file name for the export, from the investigation reference. */
export const exportFileName = (x: ChronologyExport, ext: 'csv' | 'json') => `chronology-${x.reference.replace(/[^A-Za-z0-9_-]+/g, '-')}.${ext}`;
