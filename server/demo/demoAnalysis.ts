import type { Db } from '../db/open';
import type { FactorCreateInput } from '../../schema/contracts/analysis';
import { actorOf } from '../services/actor';
import { createFactor } from '../services/factors';
import { createLink } from '../services/factorLinks';
import type { DemoIds } from './seedDemo';

/** A demo factor: `events` name keys of `ids.events` filled by the chronology step. */
type DemoFactor = Omit<FactorCreateInput, 'eventIds' | 'sourceIds' | 'reviewStatus' | 'contextTags'> & {
  key: string;
  events: string[];
  contextTags?: FactorCreateInput['contextTags'];
};

/** A demo link: to another demo factor (`factor:key`), a demo event (`event:key`) or `outcome`. */
type DemoLink = { from: string; to: string; rationale: string };

/**
 * The demo factor tree. It reaches the systemic level, includes supporting factors, and leaves two
 * things for the checks to show: the caseload factor awaits its evidence, and the health visitor's
 * decision not to rebook has not yet been explained by deeper conditions.
 */
export const demoFactors: DemoFactor[] = [
  { key: 'sw_judgement', level: 'individual', category: 'judgement', influence: 'hindered', confidence: 'likely',
    statement: "The social worker read the mother's explanation of the bruise as plausible, given the information available at the time",
    description: "The explanation (a fall at a soft-play centre) matched the position of the mark the nursery described. The social worker had no health information about the planned contact that did not take place, and no record that the mother's new partner was living in the household.",
    contextTags: ['child_age', 'household_change'], events: ['nursery_bruise', 'case_closed'] },
  { key: 'hv_rebook', level: 'individual', category: 'judgement', influence: 'hindered', confidence: 'about_as_likely_as_not',
    statement: 'The health visitor did not rebook the planned contact after no one was at home',
    description: 'The service guidance at the time allowed a routine contact for a child over two to be closed after one attempt.',
    events: ['hv_visit_not_done'] },
  { key: 'supervision', level: 'team', category: 'supervision', influence: 'hindered', confidence: 'very_likely',
    statement: 'No joint supervision or case discussion took place before the assessment was closed',
    description: 'The closure was authorised on the case-record system without a recorded discussion between the social worker and the team manager.',
    events: ['case_closed'] },
  { key: 'strategy_health', level: 'team', category: 'strategy_meetings', influence: 'hindered', confidence: 'very_likely',
    statement: "The strategy discussion was held between police and children's social care and did not include health",
    description: 'The discussion took place by telephone on the day of the referral; the health visiting service was not contacted.',
    events: ['strategy_csc', 'strategy_police'] },
  { key: 'no_agency_plan', level: 'team', category: 'role_clarity', influence: 'hindered', confidence: 'likely',
    statement: 'After the case was closed, no agency held a plan to see Child A',
    description: 'Each agency understood the next routine contact to belong to another service.',
    contextTags: ['child_age'], events: ['case_closed', 'hv_visit_not_done'] },
  { key: 'caseload', level: 'organisational', category: 'workload', influence: 'hindered', confidence: 'likely',
    statement: "Social work caseloads in the assessment team were well above the agency's own limit",
    description: "The agency's own limit is 20 children per social worker. Practitioners described caseloads of around 30 in conversations with the reviewers; the workforce report for the period has been requested.",
    events: [] },
  { key: 'recording_system', level: 'organisational', category: 'tools_records', influence: 'hindered', confidence: 'very_likely',
    statement: "The children's social care record did not show that the planned health visiting contact had not taken place",
    description: 'Health visiting contacts are held in the health record only; the social care record shows health involvement as a free-text note.',
    events: ['hv_visit_not_done', 'case_closed'] },
  { key: 'hv_capacity', level: 'organisational', category: 'workload', influence: 'hindered', confidence: 'likely',
    statement: 'The health visiting team held vacancies and gave priority to children under two',
    description: 'Three of nine health visitor posts were vacant during the period.',
    events: ['hv_visit_not_done'] },
  { key: 'info_sharing_systems', level: 'systemic', category: 'information_sharing', influence: 'hindered', confidence: 'very_likely',
    statement: "Health and children's social care case-record systems do not exchange information",
    description: 'Information moves between the two systems by telephone or secure email, started by a practitioner.',
    events: ['strategy_csc', 'hv_visit_not_done'] },
  { key: 'hv_commissioning', level: 'systemic', category: 'funding_commissioning', influence: 'hindered', confidence: 'very_likely',
    statement: 'The recommissioned health visiting service reduced routine contacts for children over two',
    description: 'The service specification from April 2022 replaced the universal review at three years with a targeted offer.',
    events: ['hv_visit_not_done'] },
  { key: 'nursery_referral', level: 'team', category: 'communication', influence: 'supported', confidence: 'virtually_certain',
    statement: "The nursery shared its concern about the bruise with children's social care on the same day",
    description: 'The nursery manager phoned the front door and followed up in writing within the hour.',
    events: ['nursery_bruise', 'referral'] },
  { key: 'nursery_training', level: 'organisational', category: 'training', influence: 'supported', confidence: 'likely',
    statement: 'Nursery staff had recent safeguarding training that set out the referral route',
    description: 'All room leaders completed the partnership course in the previous six months.',
    events: ['nursery_bruise'] },
];

/** The demo causal links, from the deepest conditions up to the events and the outcome. */
export const demoLinks: DemoLink[] = [
  { from: 'sw_judgement', to: 'event:case_closed', rationale: 'The assessment was closed once the explanation was accepted.' },
  { from: 'sw_judgement', to: 'factor:no_agency_plan', rationale: 'Closure ended the involvement that had brought agencies together.' },
  { from: 'hv_rebook', to: 'factor:no_agency_plan', rationale: 'The planned contact was the remaining routine contact with Child A.' },
  { from: 'no_agency_plan', to: 'outcome', rationale: 'No agency saw Child A in the three months before the harm.' },
  { from: 'supervision', to: 'factor:sw_judgement', rationale: 'A second view of the explanation was not part of the process before closure.' },
  { from: 'strategy_health', to: 'factor:sw_judgement', rationale: 'Health information was not part of the discussion that framed the assessment.' },
  { from: 'recording_system', to: 'factor:sw_judgement', rationale: "The social worker's view of the household did not include the health visiting history." },
  { from: 'caseload', to: 'factor:supervision', rationale: 'Team managers had limited time for joint supervision.' },
  { from: 'caseload', to: 'factor:sw_judgement', rationale: 'Limited time to seek further information before closure.' },
  { from: 'info_sharing_systems', to: 'factor:recording_system', rationale: 'The social care record had no feed from the health record.' },
  { from: 'info_sharing_systems', to: 'factor:strategy_health', rationale: 'Without a shared record, health involvement was not visible when the discussion was arranged.' },
  { from: 'hv_commissioning', to: 'factor:hv_capacity', rationale: 'Fewer commissioned contacts for children over two.' },
  { from: 'hv_capacity', to: 'event:hv_visit_not_done', rationale: 'Contacts for older children were the first to be deferred.' },
  { from: 'nursery_training', to: 'factor:nursery_referral', rationale: 'Staff knew the referral route and used it the same day.' },
  { from: 'nursery_referral', to: 'event:referral', rationale: 'The referral reached the front door within hours.' },
];

function required(map: Record<string, string>, key: string, what: string): string {
  const id = map[key];
  if (!id) throw new Error(`demo analysis: no demo ${what} "${key}" (the chronology step must run first)`);
  return id;
}

/** Seeds the demo factor tree and its links; fills `ids.factors`. */
export function seedDemoAnalysis(db: Db, ids: DemoIds, userId: string, now: Date): void {
  const actor = actorOf(userId, now);
  for (const { key, events, contextTags, ...fields } of demoFactors) {
    ids.factors[key] = createFactor(db, actor, ids.investigationId, {
      ...fields, contextTags: contextTags ?? [], eventIds: events.map((e) => required(ids.events, e, 'event')),
      sourceIds: [], reviewStatus: 'proposed',
    }).id;
  }
  for (const { from, to, rationale } of demoLinks) {
    const [kind, key = ''] = to.split(':') as ['factor' | 'event' | 'outcome', string?];
    createLink(db, actor, ids.investigationId, {
      fromFactorId: required(ids.factors, from, 'factor'), toKind: kind, rationale,
      toFactorId: kind === 'factor' ? required(ids.factors, key, 'factor') : null,
      toEventId: kind === 'event' ? required(ids.events, key, 'event') : null,
    });
  }
}
