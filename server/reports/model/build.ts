import { labels } from '../../../schema/contracts/enums';
import { tryParseEdtf } from '../../../schema/edtf';
import { PROBABILITY_WORDS, STANDARD_GLOSSARY } from '../../../templates/fixedText';
import type { DateStyle, Edition, ReportModel, Stage } from '../../../templates/model';
import { formatCalendarDate, formatOccurred, monthSpan, relativeSpan } from '../edition/dates';
import type { ReportRows } from './load';
import { childName, personName } from './names';
import { buildEntries, buildEpisodes } from './chronology';
import { buildDissent, buildFactors, buildLinks, buildWhyChains, reportedFactorRows } from './analysis';
import { buildFindings, buildRecommendations, buildSafetyActions } from './findings';

/** Which edition to build, at which stage, with which date style, generated when. */
export interface ModelOptions {
  edition: Edition;
  stage: Stage;
  /** The restricted edition always shows dates as recorded; the published one uses month or relative. */
  dateStyle: DateStyle;
  generatedAt: Date;
}

const LONG_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const MONTH_DATE = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

function scope(start: string | null, end: string | null, style: DateStyle, incidentAt: number | null): string | null {
  const a = start ? tryParseEdtf(start) : null;
  const b = end ? tryParseEdtf(end) : null;
  if (!a && !b) return null;
  const from = (a ?? b)!;
  const to = (b ?? a)!;
  if (style === 'exact') return `${formatOccurred(from.value, from.start, from.end, style, null)} to ${formatOccurred(to.value, to.start, to.end, style, null)}`;
  if (style === 'relative' && incidentAt !== null) return relativeSpan(from.start, to.end, incidentAt);
  return monthSpan(from.start, to.end);
}

/**
 * Builds the report model from an investigation's rows for one edition: people named as the edition names them
 * (real names, or pseudonyms and role codes), dates in the edition's style, references C-001, F-01, Finding 1.
 * For the published edition the result still goes through publishModel (the registry redactor) before use.
 */
export function buildModel(rows: ReportRows, options: ModelOptions): ReportModel {
  const { edition, stage, generatedAt } = options;
  const dateStyle: DateStyle = edition === 'restricted' ? 'exact' : options.dateStyle === 'exact' ? 'month' : options.dateStyle;
  const inv = rows.investigation;
  const incident = inv.incidentDate ? tryParseEdtf(inv.incidentDate) : null;
  const incidentAt = incident?.start ?? null;
  const agencyName = new Map(rows.agencies.map((a) => [a.id, a.name]));

  const factorRows = reportedFactorRows(rows);
  const eventIds = new Set(rows.events.map((e) => e.id));
  const ctx = { edition, dateStyle, incidentAt };
  const entries = buildEntries(rows, ctx);
  const entryRef = new Map(entries.map((e) => [e.id, e.ref]));
  const factors = buildFactors(rows, entryRef);
  const factorRef = new Map(factors.map((f) => [f.id, f.ref]));
  const factorRefsByEvent = new Map<string, Set<string>>();
  for (const ev of rows.evidence) {
    const ref = factorRef.get(ev.factorId);
    if (ref && ev.eventId) factorRefsByEvent.set(ev.eventId, (factorRefsByEvent.get(ev.eventId) ?? new Set()).add(ref));
  }
  const chronology = entries.map((e) => ({ ...e, factorRefs: [...(factorRefsByEvent.get(e.id) ?? [])].sort() }));
  const factorEvidence = new Map(factors.map((f) => [f.id, f.evidenceRefs]));
  const findings = buildFindings(rows, factorRef, factorEvidence);
  const findingRef = new Map(findings.map((f) => [f.id, f.ref]));
  const refOf = new Map([...entryRef, ...factorRef, ...findingRef]);
  const levelOf = new Map(factorRows.map((f) => [f.id, f.level]));

  return {
    edition, stage, dateStyle,
    generatedOn: (dateStyle === 'exact' ? LONG_DATE : MONTH_DATE).format(generatedAt),
    year: generatedAt.getUTCFullYear(),
    investigation: {
      id: inv.id, reference: inv.reference, title: inv.title, status: labels[inv.status] ?? inv.status,
      childName: childName(rows.people, edition),
      incidentDate: dateStyle === 'exact' ? formatCalendarDate(inv.incidentDate, 'exact') : formatCalendarDate(inv.incidentDate, 'month'),
      scope: scope(inv.scopeStart, inv.scopeEnd, dateStyle, incidentAt),
      commissioningBody: inv.commissioningBody, publishingArea: inv.publishingArea, methodology: inv.methodology, summary: inv.summary,
      outcome: inv.outcome, parallelProcesses: inv.parallelProcesses, termsOfReference: inv.termsOfReference,
    },
    agencies: rows.agencies.map((a) => ({ id: a.id, name: a.name, kind: a.kind, kindLabel: labels[a.kind] ?? a.kind, entryCount: rows.events.filter((e) => e.agencyId === a.id).length })),
    people: rows.people.map((p) => ({
      id: p.id, kind: p.kind, name: personName(p, edition), pseudonym: p.pseudonym, roleCode: p.roleCode,
      role: p.kind === 'practitioner' ? p.jobTitle : p.relationship, agency: p.agencyId ? agencyName.get(p.agencyId) ?? null : null,
    })),
    chronology,
    episodes: buildEpisodes(rows, chronology, ctx),
    factors,
    links: buildLinks(rows, new Set(factors.map((f) => f.id)), eventIds),
    whyChains: buildWhyChains(rows, refOf, levelOf),
    findings,
    recommendations: buildRecommendations(rows, findingRef, dateStyle, agencyName),
    safetyActions: buildSafetyActions(rows, dateStyle, agencyName),
    dissent: buildDissent(rows, refOf, edition === 'published'),
    glossary: STANDARD_GLOSSARY,
    probabilityWords: PROBABILITY_WORDS,
    languageFlags: [],
    incidentAt,
  };
}
