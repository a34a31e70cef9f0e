import type { FactorLevel, ModelEntry, ModelFactor, ModelFinding, ModelLink, ModelRecommendation, ReportModel } from '../../templates/model';
import { PROBABILITY_WORDS, STANDARD_GLOSSARY } from '../../templates/fixedText';

const DAY = 86_400_000;
const LEVELS: FactorLevel[] = ['systemic', 'organisational', 'team', 'individual'];
const AGENCIES = [
  { id: 'ag-csc', name: "Northbridge Children's Social Care", kind: 'childrens_social_care', kindLabel: "Children's social care" },
  { id: 'ag-hv', name: 'Northbridge Health Visiting Service', kind: 'health', kindLabel: 'Health' },
  { id: 'ag-pol', name: 'Northbridge Police', kind: 'police', kindLabel: 'Police' },
  { id: 'ag-sch', name: 'Northbridge Early Years and Education', kind: 'education', kindLabel: 'Education' },
];
const pad = (n: number, w: number) => String(n).padStart(w, '0');
const SENTENCES = [
  'The health visitor called at the family home for the planned development review.',
  'Zoë was seen in the kitchen with her mother; the home was described as warm and tidy.',
  'A referral about bruising to the forehead was received from the nursery and passed to the duty team.',
  'The strategy discussion was held by telephone between children\'s social care and the police.',
  'Łukasz Nowak recorded that the family had moved and the new address was not yet known to the GP practice.',
  'The planned home visit did not take place because the allocated worker was covering another team.',
  'Information about the partner\'s previous convictions was held by the police but not shared at the meeting.',
];

/** Text of a given length built from plain chronology sentences (deterministic). */
export function longText(sentences: number, offset = 0): string {
  return Array.from({ length: sentences }, (_, i) => SENTENCES[(i + offset) % SENTENCES.length]!).join(' ');
}

function entry(i: number, start: number, width: number): ModelEntry {
  const agency = AGENCIES[i % AGENCIES.length]!;
  const uncertain = i % 9 === 4;
  const s = start + i * DAY * 2;
  return {
    id: `ev-${i}`, ref: `C-${pad(i + 1, width)}`, date: new Date(s).toISOString().slice(0, 10) + (uncertain ? ' (uncertain)' : ''),
    start: s, end: uncertain ? s + 20 * DAY : s + DAY - 1, uncertain, kind: i % 11 === 3 ? 'non_event' : 'event', kindLabel: i % 11 === 3 ? 'Non-event' : 'Event',
    agencyId: agency.id, agency: agency.name, actors: [i % 2 ? 'HV1' : 'SW1'], subjects: ['Zoë Thornbury'],
    description: i % 37 === 5 ? longText(40, i) : longText(1 + (i % 3), i), knownAtTime: i % 4 === 0 ? 'A previous referral about the same concern had been closed with no further action.' : '',
    childSeen: i % 3 === 0 ? true : i % 3 === 1 ? false : null, childWords: i % 17 === 2 ? 'I don\'t like it when he shouts.' : '',
    sharedWith: i % 13 === 1 ? 'Shared with the GP practice by secure email.' : '', sources: ['Case record'], confidence: 'Fact', episodeId: i < 6 ? 'ep-1' : null, factorRefs: [],
  };
}

function factor(i: number, width: number, entries: ModelEntry[]): ModelFactor {
  const level = LEVELS[i % 4]!;
  return {
    id: `fa-${i}`, ref: `F-${pad(i + 1, width)}`, level, levelLabel: level[0]!.toUpperCase() + level.slice(1), category: 'workload', categoryLabel: 'Workload, caseloads, staffing and turnover',
    statement: `Caseloads in the duty team were above the agreed level for ${i + 3} months (${level}).`,
    description: i % 5 === 0 ? 'Three posts were vacant and agency staff covered them for short periods, so cases were reallocated several times.' : '',
    influence: i % 10 === 9 ? 'supported' : 'hindered', confidence: 'likely', confidenceLabel: 'Likely', reviewStatus: 'accepted',
    evidenceRefs: entries.slice(i % Math.max(1, entries.length), (i % Math.max(1, entries.length)) + 2).map((e) => e.ref), sourceTitles: [],
  };
}

function finding(i: number, factors: ModelFactor[], entries: ModelEntry[]): ModelFinding {
  return {
    id: `fi-${i}`, ref: `Finding ${i + 1}`, type: 'contributing_factor', typeLabel: 'Contributing factor',
    statement: `When caseloads rise, planned visits to young children are the first work to be deferred (${i + 1}).`,
    inThisCase: 'Two planned home visits did not take place in the six weeks before the incident.', notUnique: 'Partnership audits found the same pattern in other teams.',
    whyItMatters: 'Young children who are not seen cannot be heard.', confidence: 'very_likely', confidenceLabel: 'Very likely',
    factorRefs: factors.slice(i, i + 3).map((f) => f.ref), entryRefs: entries.slice(i, i + 2).map((e) => e.ref),
    boardQuestions: i === 0 ? ['How does the board know when planned visits are deferred?'] : [], reviewStatus: 'accepted',
  };
}

function recommendation(i: number, findings: ModelFinding[]): ModelRecommendation {
  return {
    id: `re-${i}`, ref: `2026-${pad(i + 1, 3)}`, identifier: `2026-${pad(i + 1, 3)}`, addressee: AGENCIES[i % AGENCIES.length]!.name,
    text: 'Introduce a weekly check of deferred visits to children under five, reported to the service manager.',
    intendedOutcome: 'Deferred visits to young children are visible and rescheduled within a week.', measure: 'Monthly audit of deferred visits.',
    status: 'open', statusLabel: 'Open', assessmentLabel: 'Awaiting response', issuedOn: '2026-02-01', responseDue: '2026-05-02',
    findingRefs: findings.slice(i, i + 1).map((f) => f.ref), responses: [],
  };
}

/** A complete restricted report model with real names (Zoë Thornbury, Łukasz Nowak) and sizes to order. */
export function buildReportModel(size: { entries?: number; factors?: number; findings?: number } = {}): ReportModel {
  const n = size.entries ?? 40;
  const start = Date.UTC(2023, 2, 1);
  const chronology = Array.from({ length: n }, (_, i) => entry(i, start, Math.max(3, String(n).length)));
  const factors = Array.from({ length: size.factors ?? 12 }, (_, i) => factor(i, Math.max(2, String(size.factors ?? 12).length), chronology));
  const findings = Array.from({ length: size.findings ?? 3 }, (_, i) => finding(i, factors, chronology));
  const links = factors.flatMap((f, i): ModelLink[] => {
    const below = factors.find((g, j) => j > i && LEVELS.indexOf(g.level) === LEVELS.indexOf(f.level) + 1);
    if (below) return [{ id: `li-${i}`, fromId: f.id, toKind: 'factor' as const, toId: below.id, rationale: '' }];
    return [{ id: `li-${i}`, fromId: f.id, toKind: i % 2 ? ('outcome' as const) : ('event' as const), toId: i % 2 ? null : (chronology[i % Math.max(1, n)]?.id ?? null), rationale: '' }];
  });
  return {
    edition: 'restricted', stage: 'draft', dateStyle: 'exact', generatedOn: '1 March 2026', year: 2026,
    investigation: {
      id: 'inv-1', reference: 'DEMO-2024-01', title: 'Learning review: Zoë Thornbury', status: 'analysis', childName: 'Zoë Thornbury',
      incidentDate: '18 Jan 2024', scope: '1 Mar 2023 to 18 Jan 2024', commissioningBody: 'Northbridge Safeguarding Children Partnership (fictional)',
      publishingArea: 'Northbridge', methodology: 'A systems approach after SCIE Learning Together.', summary: 'Zoë, aged 4, was admitted to hospital with serious injuries.',
      outcome: 'Zoë was seriously harmed (January 2024).', parallelProcesses: ['Police investigation (fictional)'],
      termsOfReference: ['How well did agencies share information about Zoë?', 'How was Zoë seen and heard by practitioners?'],
    },
    agencies: AGENCIES.map((a) => ({ ...a, entryCount: chronology.filter((e) => e.agencyId === a.id).length })),
    people: [
      { id: 'p-child', kind: 'child', name: 'Zoë Thornbury', pseudonym: 'Child A', roleCode: null, role: 'Subject child', agency: null },
      { id: 'p-hv1', kind: 'practitioner', name: 'Łukasz Nowak', pseudonym: 'Health Visitor 1', roleCode: 'HV1', role: 'Health visitor', agency: AGENCIES[1]!.name },
    ],
    chronology,
    episodes: [{ id: 'ep-1', title: 'The first referral', period: 'March 2023', summary: 'The nursery referral and the strategy discussion.', knownAtTime: 'The bruise was explained as a fall.', localRationality: 'The explanation was consistent with the nursery\'s account.', entryRefs: chronology.slice(0, 6).map((e) => e.ref), factorRefs: factors.slice(0, 2).map((f) => f.ref) }],
    factors, links,
    whyChains: [{ refs: ['Outcome', ...factors.slice(0, 2).map((f) => f.ref)], endsAtIndividual: false }],
    findings,
    recommendations: Array.from({ length: Math.max(1, findings.length) }, (_, i) => recommendation(i, findings)),
    safetyActions: [{ id: 'sa-1', agency: AGENCIES[0]!.name, takenOn: '2025-06-01', description: 'A second duty manager post was funded.' }],
    dissent: [],
    glossary: STANDARD_GLOSSARY, probabilityWords: PROBABILITY_WORDS, languageFlags: [],
    incidentAt: Date.UTC(2024, 0, 18),
  };
}
