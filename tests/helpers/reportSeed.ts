import type { Db } from '../../server/db/open';
import { actorOf } from '../../server/services/actor';
import { agencyService } from '../../server/services/agencies';
import { createPerson } from '../../server/services/people';
import { placeService } from '../../server/services/places';
import { createEvent } from '../../server/services/events';
import { createEpisode } from '../../server/services/episodes';
import { createFactor } from '../../server/services/factors';
import { createLink } from '../../server/services/factorLinks';
import { createFinding } from '../../server/services/findings';
import { createRecommendation, issueRecommendation } from '../../server/services/recommendations';
import { createResponse } from '../../server/services/recommendationResponses';
import { safetyActionService } from '../../server/services/safetyActions';
import { EventCreateSchema } from '../../schema/contracts/chronology';
import { FactorCreateSchema, FactorLinkCreateSchema } from '../../schema/contracts/analysis';
import { FindingCreateSchema, RecommendationCreateSchema } from '../../schema/contracts/findings';
import { PersonCreateSchema } from '../../schema/contracts/registry';
import { FIXED_NOW } from './app';

/** Every registered identifying string of the seeded investigation: none may appear in a published edition. */
export const REGISTERED = ['Zoë Thornbury', 'Zoë', 'Thornbury', 'Zo', 'Kayleigh', 'Kay', 'Łukasz Nowak', 'Łukasz', 'Nowak', 'Priya Natarajan', 'Priya', 'Natarajan', 'Little Acorns Nursery', 'Cobden Terrace', '943 476 5919', '9434765919', '02/09/2019', '2019-09-02'];

/** Ids and references the tests check for. */
export interface SeededReport {
  eventIds: string[];
  factorIds: string[];
  findingIds: string[];
  identifiers: string[];
  factorStatements: string[];
  /** The field key of the factor written with hindsight wording ("failed to"). */
  flaggedKey: string;
}

/**
 * Seeds a small but complete investigation through the services: registry with Unicode names, aliases, a date of
 * birth and an NHS number; entries that mention them in free text; factors at every level with causal links; findings;
 * issued recommendations with a response; safety action. One factor says "failed to", so a final report is refused.
 */
export function seedReportInvestigation(db: Db, investigationId: string, userId: string): SeededReport {
  const actor = actorOf(userId, FIXED_NOW);
  const csc = agencyService.create(db, actor, investigationId, { name: "Northbridge Children's Social Care", kind: 'childrens_social_care' }).id;
  const hv = agencyService.create(db, actor, investigationId, { name: 'Northbridge Health Visiting Service', kind: 'health' }).id;
  const person = (p: Record<string, unknown>) => createPerson(db, actor, investigationId, PersonCreateSchema.parse(p));
  const child = person({ kind: 'child', realName: 'Zoë Thornbury', aliases: ['Zo'], dateOfBirth: '2019-09-02', identifiers: [{ kind: 'NHS number', value: '943 476 5919' }], relationship: 'Subject child', pseudonym: 'Child A' });
  const mother = person({ kind: 'family_member', realName: 'Kayleigh Thornbury', aliases: ['Kay'], relationship: 'Mother' });
  const hv1 = person({ kind: 'practitioner', realName: 'Łukasz Nowak', jobTitle: 'Health visitor', agencyId: hv });
  const sw1 = person({ kind: 'practitioner', realName: 'Priya Natarajan', jobTitle: 'Social worker', agencyId: csc });
  placeService.create(db, actor, investigationId, { kind: 'school', realName: 'Little Acorns Nursery', replacement: 'the nursery' });
  placeService.create(db, actor, investigationId, { kind: 'street', realName: 'Cobden Terrace', replacement: '[street]' });
  const episode = createEpisode(db, actor, investigationId, { title: 'The first referral', summary: 'The nursery referral and what followed.', knownAtTime: 'The bruise had been explained as a fall.', localRationality: 'The account matched what the nursery had seen.' });
  const event = (e: Record<string, unknown>) => createEvent(db, actor, investigationId, EventCreateSchema.parse(e)).id;
  const eventIds = [
    event({ occurred: '2023-03-14', kind: 'communication', agencyId: csc, actorIds: [sw1.id], subjectIds: [child.id], episodeId: episode.id, description: 'Little Acorns Nursery telephoned about a bruise on Zoë\'s forehead; Kay said Zo had fallen in Cobden Terrace.', childSeen: false }),
    event({ occurred: '2023-04~', kind: 'non_event', agencyId: hv, actorIds: [hv1.id], subjectIds: [child.id], description: 'The planned development review by Łukasz Nowak did not take place; the family had moved.', knownAtTime: 'The new address was not known to the health visiting service.' }),
    event({ occurred: '2023-05-02T10:30', kind: 'event', agencyId: csc, actorIds: [sw1.id], subjectIds: [child.id, mother.id], description: 'Priya Natarajan visited the home and saw Zoë (born 02/09/2019, NHS number 943 476 5919). Contact: kayleigh.t@example.com, 07700 900123.', childSeen: true, childWords: 'Zoë said she liked her new room.' }),
  ];
  const factor = (f: Record<string, unknown>) => createFactor(db, actor, investigationId, FactorCreateSchema.parse(f));
  const factors = [
    factor({ level: 'systemic', category: 'funding_commissioning', statement: 'Health visiting was commissioned at a level that allowed one development review per child.', eventIds: [eventIds[1]] }),
    factor({ level: 'organisational', category: 'workload', statement: 'Caseloads in the duty team were above the agreed level for six months.', eventIds: [eventIds[0]] }),
    factor({ level: 'team', category: 'communication', statement: 'Change-of-address information reached the GP practice but not the health visiting service.', eventIds: [eventIds[1]] }),
    factor({ level: 'individual', category: 'judgement', statement: 'The social worker failed to ask about the bruise.', eventIds: [eventIds[0]] }),
  ];
  const link = (l: Record<string, unknown>) => createLink(db, actor, investigationId, FactorLinkCreateSchema.parse(l));
  link({ fromFactorId: factors[0]!.id, toKind: 'factor', toFactorId: factors[2]!.id, rationale: 'Fewer visits meant fewer chances to learn of the move.' });
  link({ fromFactorId: factors[1]!.id, toKind: 'factor', toFactorId: factors[3]!.id });
  link({ fromFactorId: factors[2]!.id, toKind: 'event', toEventId: eventIds[1] });
  link({ fromFactorId: factors[3]!.id, toKind: 'outcome' });
  const finding = (f: Record<string, unknown>) => createFinding(db, actor, investigationId, FindingCreateSchema.parse(f));
  const findings = [
    finding({ type: 'contributing_factor', statement: 'When families move, health visiting services depend on information that other agencies hold.', factorIds: [factors[0]!.id, factors[2]!.id], boardQuestions: ['How does the board know that moves are shared?'] }),
    finding({ type: 'other_safety_factor', statement: 'Duty team caseloads above the agreed level shorten enquiries into injuries.', factorIds: [factors[1]!.id] }),
  ];
  const identifiers = findings.map((f, i) => {
    const draft = createRecommendation(db, actor, investigationId, RecommendationCreateSchema.parse({ findingIds: [f.id], addresseeAgencyId: i === 0 ? hv : csc, text: i === 0 ? 'Share changes of address with the health visiting service within five working days.' : 'Report duty team caseloads against the agreed level to the partnership each month.', intendedOutcome: 'Information follows the child.', measure: 'Quarterly audit.' }));
    const issued = issueRecommendation(db, actor, investigationId, draft.id, { version: draft.version, issuedOn: '2026-02-01' });
    if (i === 0) createResponse(db, actor, issued.id, { receivedOn: '2026-02-20', organisation: 'Northbridge Health Visiting Service', text: 'A shared address-change form is in use.', assessment: 'adequate' });
    return issued.identifier!;
  });
  safetyActionService.create(db, actor, investigationId, { agencyId: csc, takenOn: '2025-06-01', description: 'A second duty manager post was funded.' });
  return {
    eventIds, factorIds: factors.map((f) => f.id), findingIds: findings.map((f) => f.id), identifiers,
    factorStatements: factors.map((f) => f.statement), flaggedKey: `factor:${factors[3]!.id}:statement`,
  };
}
