import type { Db } from '../db/open';
import type { FindingCreateInput } from '../../schema/contracts/findings';
import { actorOf } from '../services/actor';
import { createFinding } from '../services/findings';
import { createRecommendation, issueRecommendation } from '../services/recommendations';
import { createResponse } from '../services/recommendationResponses';
import { safetyActionService } from '../services/safetyActions';
import { addDays, dateOf } from '../findings/dates';
import type { DemoIds } from './seedDemo';

type DemoFinding = Omit<FindingCreateInput, 'factorIds' | 'position'> & { key: string; factors: string[] };

/** Findings about the system in the fictional demo case; `factors` name keys of the analysis step's factors. */
const demoFindings: DemoFinding[] = [
  {
    key: 'caseload_supervision', type: 'contributing_factor', factors: ['caseload', 'supervision', 'sw_judgement'],
    statement: "When assessment-team caseloads stay above the agency's own limit, there is little time for a second view of an explanation before a case is closed.",
    inThisCase: "Practitioners described caseloads of around 30 children against the agency's limit of 20. The assessment was closed once the explanation of the bruise was accepted, without a recorded discussion between SW1 and TM1.",
    notUnique: 'The caseload figures describe the whole assessment team for the period, and published reviews describe the same pattern in other areas.',
    whyItMatters: 'A second view of an early explanation is one of the main safeguards against a fixed view; when there is no time for it, the system relies on one practitioner noticing what does not fit.',
    confidence: 'likely', boardQuestions: ['How does the partnership know whether assessments that begin with an injury to a young child are discussed with a manager before they close?'],
    isFinal: true,
  },
  {
    key: 'record_systems', type: 'contributing_factor', factors: ['info_sharing_systems', 'recording_system'],
    statement: "Health and children's social care record systems do not exchange information, so what one service knows about a child reaches the other only when a practitioner phones or emails.",
    inThisCase: "The strategy discussion about the bruise was held between police and children's social care without health, and the social care record did not show that the planned health visiting contact had not taken place.",
    notUnique: 'The two systems are used across Northbridge; the same gap applies to every child known to both services.',
    whyItMatters: 'A planned contact with a young child that does not take place is a signal only when someone can see it next to the rest of the picture.',
    confidence: 'very_likely', boardQuestions: [], isFinal: true,
  },
  {
    key: 'contacts_over_two', type: 'other_safety_factor', factors: ['hv_commissioning', 'hv_capacity'],
    statement: 'The health visiting specification offers no routine contact for children between two and school age unless a need has been identified, so no service may hold a plan to see a young child after a concern has been closed.',
    inThisCase: 'After the assessment was closed, no agency held a plan to see Child A, and no agency saw Child A in the three months before the harm.',
    notUnique: 'The specification applies to every child in Northbridge; with three of nine health visitor posts vacant, contacts for older children were the first to be deferred.',
    whyItMatters: 'Children between two and school age who do not attend a setting can go for long periods without being seen by any service.',
    confidence: 'likely', boardQuestions: ['Which service should hold a plan to see a child under five after an assessment closes?'],
    isFinal: false,
  },
  {
    key: 'nursery_good_practice', type: 'other_key_finding', factors: ['nursery_referral'],
    statement: "Recent safeguarding training that set out the referral route helped nursery staff share a concern with children's social care on the same day.",
    inThisCase: 'The nursery manager phoned the front door about the bruise and followed up in writing within the hour.',
    notUnique: "All room leaders had completed the partnership's course in the previous six months.",
    whyItMatters: 'Early years staff see young children more often than any other service; a clear route turns what they notice into a referral.',
    confidence: 'virtually_certain', boardQuestions: [], isFinal: true,
  },
];

/** Seeds findings, recommendations (issued, one answered and assessed, one overdue, one draft) and safety action taken. */
export function seedDemoFindings(db: Db, ids: DemoIds, userId: string, now: Date): void {
  const actor = actorOf(userId, now);
  const today = dateOf(now);
  const inv = ids.investigationId;
  demoFindings.forEach(({ key, factors, ...finding }, position) => {
    const factorIds = factors.map((k) => {
      const id = ids.factors[k];
      if (!id) throw new Error(`demo findings: factor "${k}" is missing; the analysis step must run first`);
      return id;
    });
    ids.findings[key] = createFinding(db, actor, inv, { ...finding, factorIds, position }).id;
  });
  const draft = (findingKeys: string[], addressee: { agency?: string; name?: string }, text: string, intendedOutcome: string, measure: string) =>
    createRecommendation(db, actor, inv, {
      findingIds: findingKeys.map((k) => ids.findings[k]!), addresseeAgencyId: addressee.agency ? ids.agencies[addressee.agency]! : null,
      addresseeName: addressee.name, text, intendedOutcome, measure,
    });
  const overdue = draft(['caseload_supervision'], { agency: 'csc' },
    "Northbridge Children's Social Care brings assessment-team caseloads within its own limit of 20 children, and makes a recorded discussion with a manager part of closing any assessment that began with an injury to a child under five.",
    'Assessments that begin with an injury to a young child get a second view before they close.',
    'Quarterly caseload figures and an audit of closed assessments, reported to the partnership board.');
  issueRecommendation(db, actor, inv, overdue.id, { version: overdue.version, issuedOn: addDays(today, -200) });
  const answered = draft(['record_systems'], { agency: 'hv' },
    "Northbridge Health Visiting Service and Northbridge Children's Social Care agree how a planned health visiting contact that does not take place is made known to the social worker of a child whose assessment is open or closed in the past year.",
    'A missed contact with a young child known to children\'s social care is seen by both services within five working days.',
    'Audit of a sample of missed contacts six months after the arrangement starts.');
  issueRecommendation(db, actor, inv, answered.id, { version: answered.version, issuedOn: addDays(today, -150) });
  createResponse(db, actor, answered.id, {
    receivedOn: addDays(today, -70), organisation: 'Northbridge Health Visiting Service', assessment: 'partially_adequate',
    text: "A weekly list of contacts that did not take place is now emailed to the children's social care front door. An electronic alert between the two systems is being scoped, with no date yet.",
  });
  const commissioning = draft(['contacts_over_two'], { name: 'Northbridge Council Public Health (fictional)' },
    "Northbridge Council Public Health reviews the health visiting specification so that a child whose assessment by children's social care closed in the past year is offered a contact after their second birthday.",
    'Young children who have been the subject of a concern are seen by a health visitor after their second birthday.',
    'Proportion of such children offered and receiving a contact, reported each year.');
  issueRecommendation(db, actor, inv, commissioning.id, { version: commissioning.version, issuedOn: addDays(today, -30) });
  draft(['record_systems'], { name: 'Northbridge Safeguarding Children Partnership (fictional)' },
    'Northbridge Safeguarding Children Partnership revises its procedure so that health is invited to every strategy discussion about an injury to a child under five.',
    'Strategy discussions about young children include what health services know.',
    'Audit of strategy discussion records for children under five.');
  safetyActionService.create(db, actor, inv, {
    agencyId: ids.agencies.csc!, takenOn: addDays(today, -90),
    description: 'Made a recorded discussion with a team manager a required step before closing an assessment that began with an injury to a child under five.',
  });
}
