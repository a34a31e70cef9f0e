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
    statement: 'When caseloads in an assessment team stay above the agreed level, supervision narrows to case progress and there is little room to revisit an early view of a family.',
    inThisCase: 'SW1 held 27 cases against an agreed level of 18. Monthly supervision with TM1 focused on timescales, and the first view that the bruising had an accidental explanation was not revisited when new information arrived.',
    notUnique: 'Workforce data for the service show caseloads above the agreed level for most of 2023, and published reviews describe the same pattern in other areas.',
    whyItMatters: 'Revisiting an early explanation is one of the main safeguards against a fixed view; without time for reflection the system relies on individual practitioners noticing what does not fit.',
    confidence: 'very_likely', boardQuestions: ['How does the partnership know whether supervision in assessment teams includes time to reflect on the working view of a family?'],
    isFinal: true,
  },
  {
    key: 'record_systems', type: 'contributing_factor', factors: ['info_sharing_systems', 'hv_commissioning'],
    statement: 'The health visiting and children\'s social care record systems do not exchange alerts, so a change in who lives in a household reaches each service at a different time.',
    inThisCase: 'HV1 recorded a new adult in the household in September 2023; children\'s social care learned of it in December 2023 through a police notification.',
    notUnique: 'The two systems are used across Northbridge, and the same gap applies to every family known to both services.',
    whyItMatters: 'Who lives in a household is central to assessing risk to a young child; when it depends on a practitioner remembering to phone, the information arrives late or not at all.',
    confidence: 'likely', boardQuestions: [], isFinal: true,
  },
  {
    key: 'early_years_route', type: 'other_safety_factor', factors: ['nursery_referral'],
    statement: 'The route for early years settings to share low-level concerns with health visiting is not set out, so such concerns tend to stay within the setting.',
    inThisCase: 'TE1 noted two occasions when Child A arrived hungry and withdrawn; the notes stayed in the nursery\'s own records.',
    notUnique: 'Early years settings across Northbridge described the same uncertainty about whom to tell about concerns below the threshold for a referral.',
    whyItMatters: 'Early years staff see young children more often than any other service; their observations add most when they are joined up with health visiting.',
    confidence: 'about_as_likely_as_not', boardQuestions: ['Which route should early years settings use for concerns below the referral threshold?'],
    isFinal: false,
  },
  {
    key: 'joint_visits', type: 'other_key_finding', factors: ['info_sharing_systems'],
    statement: 'Joint home visits by health visiting and children\'s social care gave both services a fuller picture of the household than either had alone.',
    inThisCase: 'The joint visit by HV1 and SW1 in June 2023 produced the clearest record of Child A\'s daily routine in the chronology.',
    notUnique: 'Joint visits are described as good practice in the partnership\'s procedures but are arranged case by case.',
    whyItMatters: 'Shared observation reduces the chance that each service holds only part of the picture.',
    confidence: 'likely', boardQuestions: [], isFinal: true,
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
    'Northbridge Children\'s Social Care sets a caseload level for assessment teams that includes time for reflective supervision, and reports each quarter how far it is met.',
    'Practitioners in assessment teams have time to revisit their working view of a family.',
    'Quarterly caseload and supervision audit reported to the partnership board.');
  issueRecommendation(db, actor, inv, overdue.id, { version: overdue.version, issuedOn: addDays(today, -200) });
  const answered = draft(['record_systems'], { agency: 'hv' },
    'Northbridge Health Visiting Service and Northbridge Children\'s Social Care agree how a change of household members recorded by one service is made known to the other within five working days.',
    'Both services know who lives in the household of a child they are working with.',
    'Audit of a sample of households with a change of members, six months after the arrangement starts.');
  issueRecommendation(db, actor, inv, answered.id, { version: answered.version, issuedOn: addDays(today, -150) });
  createResponse(db, actor, answered.id, {
    receivedOn: addDays(today, -70), organisation: 'Northbridge Health Visiting Service', assessment: 'partially_adequate',
    text: 'A monthly meeting now compares household changes for families known to both services. An electronic alert is being scoped but has no date yet.',
  });
  const commissioning = draft(['record_systems', 'joint_visits'], { name: 'Northbridge Integrated Care Board (fictional)' },
    'Northbridge Integrated Care Board commissions health visiting so that joint visits with children\'s social care can be arranged as part of the service, not case by case.',
    'Joint visits happen where both services are involved with a young child.',
    'Number of joint visits recorded per quarter, and practitioners\' view of their value.');
  issueRecommendation(db, actor, inv, commissioning.id, { version: commissioning.version, issuedOn: addDays(today, -30) });
  draft(['early_years_route'], { agency: 'school' },
    'Northbridge Early Years and Education sets out, with health visiting, a route for settings to share concerns that are below the threshold for a referral.',
    'Concerns noticed by early years staff reach health visiting.',
    'Survey of early years settings one year after the route is published.');
  safetyActionService.create(db, actor, inv, {
    agencyId: ids.agencies.csc!, takenOn: addDays(today, -90),
    description: 'Introduced a caseload level of 20 for assessment social workers and a fortnightly reflective supervision slot for each of them.',
  });
}
