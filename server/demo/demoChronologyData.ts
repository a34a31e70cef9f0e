import type { EventKind } from '../../schema/contracts/enums';

/** Sources in the demo chronology, keyed for the entries below. `agency` names a key of demoAgencies. */
export const demoSources = {
  cscRecord: { title: "Children's social care case record", agency: 'csc', kind: 'case_record', reference: 'CSC-CR-30417' },
  strategyMinutes: { title: 'Strategy discussion record, 13 June 2023', agency: 'csc', kind: 'meeting_minutes', reference: 'CSC-SD-0613' },
  policeLog: { title: 'Police incident log', agency: 'police', kind: 'case_record', reference: 'NBP-INC-2023' },
  hvRecord: { title: 'Health visiting electronic record', agency: 'hv', kind: 'case_record', reference: 'HV-EPR' },
  gpRecord: { title: 'GP clinical record', agency: 'gp', kind: 'case_record', reference: 'GP-EMIS' },
  nurseryLog: { title: 'Nursery safeguarding log', agency: 'school', kind: 'case_record', reference: 'NY-SG-LOG' },
  housingFile: { title: 'Housing tenancy file', agency: 'housing', kind: 'case_record', reference: 'HSG-T-5521' },
  sw1Interview: { title: 'Practitioner conversation with SW1', agency: 'csc', kind: 'interview', reference: 'Review interview 4' },
  motherAccount: { title: "Mother's account to the review", agency: null, kind: 'family_account', reference: 'Family meeting 1' },
} as const;

/** Key practice episodes of the demo case. */
export const demoEpisodes = {
  referral: { title: 'Referral and assessment', periodStart: '2023-03-09', periodEnd: '2023-04-27', position: 0,
    summary: 'From the police call-out in March 2023 to the first Child in Need meeting.' },
  bruise: { title: 'Bruise seen at nursery and the strategy discussion', periodStart: '2023-06-12', periodEnd: '2023-06-30', position: 1,
    summary: 'A bruise and Child A\'s words at nursery, the strategy discussion and the decisions that followed.' },
  move: { title: 'Move to temporary accommodation and change of social worker', periodStart: '2023-07', periodEnd: '2023-10', position: 2,
    summary: 'Eviction, a move across the borough, a change of social worker and of nursery.' },
  closure: { title: 'Step-down and closure', periodStart: '2023-11', periodEnd: '2023-12', position: 3,
    summary: 'The Child in Need review that stepped the case down to early help and the closure of the case.' },
} as const;

/** One demo chronology entry: people, sources and episode by key. */
export interface DemoEntry {
  key?: string;
  at: string;
  agency: string;
  kind: EventKind;
  text: string;
  actors?: string[];
  subjects?: string[];
  seen?: boolean;
  words?: string;
  known?: string;
  shared?: string;
  sources?: (keyof typeof demoSources)[];
  confidence?: 'fact' | 'inference' | 'hearsay' | 'supposition';
  episode?: keyof typeof demoEpisodes;
}

const family = ['child', 'mother', 'partner'];

/** The demo case's integrated chronology, March 2023 to January 2024 (all fictional). */
export const demoEntries: DemoEntry[] = [
  { at: '2023-03-06', agency: 'housing', kind: 'communication', actors: ['ho1'], subjects: ['mother'], sources: ['housingFile'],
    text: 'A neighbour telephones the housing office to report shouting and a young child crying at the flat in Cobden Terrace. HO1 records the call.' },
  { key: 'police_callout', at: '2023-03-09T22:40', agency: 'police', kind: 'event', actors: ['pc1'], subjects: ['child', 'sibling', 'mother', 'partner'], seen: true,
    sources: ['policeLog'], episode: 'referral',
    text: 'PC1 attends the flat after a neighbour reports an argument. Kayleigh Thornbury and Darren Fowler are present; both say it was a verbal argument. Child A and her brother are seen asleep in their bedroom.' },
  { key: 'police_notification', at: '2023-03-10', agency: 'police', kind: 'communication', actors: ['pc1'], subjects: family, sources: ['policeLog'], episode: 'referral',
    shared: "Children's social care front door (secure email)",
    text: 'Police send a domestic abuse notification to children\'s social care. The risk assessment is graded standard.' },
  { key: 'referral', at: '2023-03-14', agency: 'csc', kind: 'communication', actors: ['tm1'], subjects: family, sources: ['cscRecord'], episode: 'referral',
    text: 'The police notification is received at the children\'s social care front door and recorded as a referral.' },
  { at: '2023-03-16', agency: 'csc', kind: 'decision', actors: ['tm1'], subjects: ['child'], sources: ['cscRecord'], episode: 'referral',
    known: 'The police notification of 10 March; no previous children\'s social care involvement with the family.',
    text: 'TM1 decides that the referral meets the threshold for a child and family assessment and allocates it to SW1.' },
  { at: '2023-03', agency: 'gp', kind: 'non_event', actors: ['gp1'], subjects: ['child'], sources: ['gpRecord'],
    text: 'Child A is not brought to a booked appointment for pre-school immunisations. The practice sends a reminder letter.' },
  { at: '2023-03-22', agency: 'csc', kind: 'non_event', actors: ['sw1'], subjects: ['child', 'mother'], seen: false, sources: ['cscRecord'], episode: 'referral',
    text: 'SW1 makes an unannounced home visit. There is no answer; SW1 leaves a card.' },
  { at: '2023-03-28T10:00', agency: 'csc', kind: 'event', actors: ['sw1'], subjects: ['child', 'mother'], seen: true, sources: ['cscRecord'], episode: 'referral',
    words: 'Child A showed SW1 a toy and said "my dolly".',
    text: 'SW1 visits the home by appointment. Mother and Child A are present. Child A is seen in the living room, playing. Mother says Darren Fowler does not live at the flat.' },
  { at: '2023-04-01/2023-04-10', agency: 'csc', kind: 'communication', actors: ['sw1'], subjects: ['child'], sources: ['cscRecord'], episode: 'referral',
    text: 'SW1 telephones the health visiting service to ask what is known about the family, and leaves a message.' },
  { at: '2023-04-12', agency: 'hv', kind: 'communication', actors: ['hv1', 'sw1'], subjects: ['child'], sources: ['hvRecord'], episode: 'referral',
    text: 'HV1 returns the call and tells SW1 that the last health visiting contact was the two-year review in October 2021, when no concerns were recorded.' },
  { at: '2023-04-20', agency: 'csc', kind: 'decision', actors: ['sw1', 'tm1'], subjects: family, sources: ['cscRecord'], episode: 'referral',
    text: 'The child and family assessment is completed. It recommends a Child in Need plan, with family support for mother.' },
  { key: 'cin_csc', at: '2023-04-27T13:00', agency: 'csc', kind: 'event', actors: ['sw1', 'te1'], subjects: ['mother'], sources: ['cscRecord'], episode: 'referral',
    text: 'Child in Need meeting held at the nursery, attended by mother, SW1 and the nursery (TE1). The health visiting service is invited and does not attend. The plan includes fortnightly visits by SW1 and a health visitor home visit.' },
  { key: 'cin_nursery', at: '2023-04-27', agency: 'school', kind: 'event', actors: ['te1'], subjects: ['mother'], sources: ['nurseryLog'], episode: 'referral',
    text: 'TE1 attends the Child in Need meeting. The nursery notes record that the plan includes fortnightly home visits by the social worker, a health visitor visit, and that the nursery will share attendance weekly.' },
  { at: '2023-05', agency: 'school', kind: 'condition', actors: ['te1'], subjects: ['child'], sources: ['nurseryLog'],
    text: 'Child A\'s nursery attendance for the half term is 62%.' },
  { at: '2023-05-15', agency: 'housing', kind: 'event', actors: ['ho1'], subjects: ['mother'], sources: ['housingFile'],
    text: 'The housing service serves a notice of seeking possession for rent arrears.' },
  { at: '2023-05-24T11:30', agency: 'csc', kind: 'event', actors: ['sw1'], subjects: ['child', 'mother'], seen: true, sources: ['cscRecord'],
    text: 'SW1 visits the home. Child A is seen with mother. Mother says she is worried about the housing notice.' },
  { key: 'nursery_bruise', at: '2023-06-12T09:15', agency: 'school', kind: 'event', actors: ['te1'], subjects: ['child', 'mother'], seen: true, sources: ['nurseryLog'], episode: 'bruise',
    words: 'When asked about her arm, Child A said "Daz did it", and later said "I fell off my scooter".',
    text: 'At drop-off TE1 sees a bruise about 3 cm across on Child A\'s upper left arm and records it on a body map. Mother says Child A fell from her scooter at the weekend.' },
  { at: '2023-06-12T11:40', agency: 'school', kind: 'communication', actors: ['te1'], subjects: ['child'], sources: ['nurseryLog'], episode: 'bruise',
    shared: "Children's social care front door (telephone, then written referral)",
    text: 'The nursery\'s designated safeguarding lead telephones the children\'s social care front door to report the bruise and Child A\'s words.' },
  { key: 'strategy_csc', at: '2023-06-13T10:00', agency: 'csc', kind: 'decision', actors: ['tm1', 'sw1', 'pc1'], subjects: ['child', 'partner'], sources: ['strategyMinutes'], episode: 'bruise',
    known: 'The nursery referral and body map; mother\'s account of a scooter fall; the police notification of March.',
    text: 'Strategy discussion by telephone between children\'s social care (TM1, SW1) and police (PC1). Recorded outcome: a single-agency children\'s social care enquiry; no child protection medical; SW1 to visit the next day.' },
  { key: 'strategy_police', at: '2023-06-13', agency: 'police', kind: 'decision', actors: ['pc1'], subjects: ['child', 'partner'], sources: ['policeLog'], episode: 'bruise',
    text: 'Police record of the strategy discussion with children\'s social care about the bruise to Child A: agreed a joint section 47 enquiry, a child protection medical to be arranged by children\'s social care, and police to check the history of Darren Fowler.' },
  { at: '2023-06-14T15:00', agency: 'csc', kind: 'event', actors: ['sw1'], subjects: ['child', 'mother'], seen: true, sources: ['cscRecord'], episode: 'bruise',
    text: 'SW1 visits the home. Child A is seen; the bruise is yellowing. Mother repeats the account of a fall from the scooter. SW1 does not see Child A alone.' },
  { at: '2023-06-15?', agency: 'police', kind: 'event', actors: ['pc1'], subjects: ['partner'], confidence: 'inference', episode: 'bruise',
    text: 'A police intelligence check on Darren Fowler shows a caution for assault in 2017 in another force area. The date of the check is taken from the system audit and is uncertain.' },
  { at: '2023-06-20', agency: 'csc', kind: 'decision', actors: ['tm1'], subjects: ['child'], sources: ['cscRecord'], episode: 'bruise',
    text: 'TM1 records the decision to continue under the Child in Need plan without a child protection conference.' },
  { at: '2023-06-21/2023-06-30', agency: 'police', kind: 'non_event', actors: ['pc1'], subjects: ['partner'], confidence: 'inference', episode: 'bruise',
    text: 'No record is found of the result of the intelligence check being sent to children\'s social care.' },
  { at: '2023-07-05', agency: 'hv', kind: 'communication', actors: ['hv1'], subjects: ['child'], sources: ['hvRecord'],
    text: 'The health visiting service receives the Child in Need plan from children\'s social care. It is added to the caseload of HV1.' },
  { key: 'hv_visit_not_done', at: '2023-07-17/2023-07-21', agency: 'hv', kind: 'non_event', actors: ['hv1'], subjects: ['child', 'mother'], sources: ['hvRecord'], episode: 'move',
    known: 'Caseloads in the team were redistributed in July after two vacancies.',
    text: 'The health visitor home visit agreed in the Child in Need plan for the week of 17 July does not take place. No appointment was booked.' },
  { at: '2023-07-21/2023-09-04', agency: 'school', kind: 'condition', subjects: ['child'], sources: ['nurseryLog'],
    text: 'The nursery is closed for the summer. Child A is not seen by the nursery in this period.' },
  { at: '2023-07-26T14:00', agency: 'csc', kind: 'event', actors: ['sw1'], subjects: ['mother'], sources: ['cscRecord'], episode: 'move',
    text: 'Child in Need review meeting attended by mother and SW1. The nursery sends a written update; health visiting and police do not attend.' },
  { at: '2023-08~', agency: 'housing', kind: 'event', actors: ['ho1'], subjects: ['child', 'sibling', 'mother'], sources: ['housingFile'], episode: 'move',
    text: 'The family is evicted and moves to temporary accommodation in another part of the borough.' },
  { at: '2023-08-10T09:20', agency: 'gp', kind: 'event', actors: ['gp1'], subjects: ['child', 'mother'], seen: true, sources: ['gpRecord'],
    text: 'GP1 sees Child A with mother for a chest infection and prescribes antibiotics. No other concerns are recorded.' },
  { at: '2023-08-22', agency: 'csc', kind: 'event', actors: ['tm1'], subjects: ['child'], sources: ['cscRecord', 'sw1Interview'], episode: 'move',
    text: 'SW1 leaves the service. The case is held by the duty team until it can be reallocated.' },
  { at: '2023-09-05', agency: 'school', kind: 'event', actors: ['te1'], subjects: ['child'], seen: true, sources: ['nurseryLog'], episode: 'move',
    text: 'Child A starts at a new nursery closer to the temporary accommodation.' },
  { at: '2023-09-18T15:30', agency: 'csc', kind: 'communication', actors: ['tm1'], subjects: ['mother'], seen: false, sources: ['cscRecord'], episode: 'move',
    text: 'A duty social worker telephones mother to introduce the duty team. Child A is not seen.' },
  { at: '2023-09-21/2023-09-30', agency: 'hv', kind: 'non_event', actors: ['hv1'], subjects: ['child'], sources: ['hvRecord'], episode: 'move',
    text: 'HV1 calls at the previous address for an unbooked visit. The family no longer lives there; the new address is not on the health record.' },
  { at: '2023-10-02', agency: 'school', kind: 'communication', actors: ['te1'], subjects: ['child'], sources: ['nurseryLog'], episode: 'move',
    shared: 'The new nursery (file transfer)',
    text: 'The previous nursery transfers Child A\'s safeguarding file, including the June body map, to the new nursery.' },
  { at: '2023-10-11T23:05', agency: 'police', kind: 'event', actors: ['pc1'], subjects: ['child', 'mother'], seen: true, sources: ['policeLog'], episode: 'move',
    shared: "Children's social care (notification sent 13 October)",
    text: 'Police attend the temporary accommodation after a report of a disturbance. Mother says Darren Fowler has left. Child A is seen asleep.' },
  { at: '2023-10-16', agency: 'csc', kind: 'event', actors: ['tm1'], subjects: ['child', 'mother'], sources: ['cscRecord'], episode: 'move',
    text: 'The police notification of 11 October is received and added to the case record. No further action is recorded.' },
  { at: '2023-10-25', agency: 'school', kind: 'condition', actors: ['te1'], subjects: ['child'], seen: true, sources: ['nurseryLog'],
    text: 'The new nursery records that Child A is quiet and often tired. Attendance in October is 48%.' },
  { at: '2023-11-08T10:00', agency: 'csc', kind: 'decision', actors: ['tm1'], subjects: ['child', 'mother'], sources: ['cscRecord'], episode: 'closure',
    known: 'Mother attending meetings; no new referrals known to the newly allocated worker; the October police notification on file.',
    text: 'Child in Need review chaired by TM1 with a newly allocated social worker. Recorded decision: step down to early help. Recorded rationale: mother engaging and no new incidents.' },
  { at: '2023-11', agency: 'hv', kind: 'condition', actors: ['hv1'], subjects: ['child'], sources: ['hvRecord'], episode: 'closure',
    text: 'The health record shows no health visiting contact with Child A since April. The family is placed on the waiting list of the team covering the new area.' },
  { at: '2023-11-22', agency: 'csc', kind: 'communication', subjects: ['mother'], sources: ['cscRecord'], episode: 'closure',
    text: 'An early help referral is sent to the family support service with mother\'s agreement.' },
  { key: 'case_closed', at: '2023-12-04', agency: 'csc', kind: 'decision', actors: ['tm1'], subjects: ['child', 'mother'], sources: ['cscRecord'], episode: 'closure',
    shared: 'Mother, the new nursery and the GP (closure letter)',
    text: 'Children\'s social care closes the Child in Need case. A closure letter is sent to mother and copied to the new nursery and the GP.' },
  { at: '2023-12-11/2023-12-20', agency: 'school', kind: 'event', subjects: ['child', 'mother'], seen: true, sources: ['nurseryLog'],
    text: 'Nursery staff note a healing scratch on Child A\'s cheek. Mother says her brother scratched her. It is recorded in the nursery log.' },
  { at: '2023-12-20', agency: 'gp', kind: 'communication', subjects: ['child'], sources: ['gpRecord'],
    text: 'The GP practice receives the children\'s social care closure letter and codes it on Child A\'s record.' },
  { at: '2024-01-08', agency: 'csc', kind: 'communication', subjects: ['mother'], sources: ['motherAccount'], confidence: 'hearsay',
    text: 'The family support service books a first home visit for 15 January. Mother told the review she received a text about it.' },
  { at: '2024-01-15', agency: 'csc', kind: 'non_event', subjects: ['child', 'mother'], seen: false,
    text: 'The early help home visit does not take place: there is no answer at the door.' },
  { key: 'incident', at: '2024-01-18T02:10', agency: 'police', kind: 'event', actors: ['pc1'], subjects: ['child', 'mother', 'partner'], seen: true, sources: ['policeLog'],
    text: 'Police and ambulance attend the temporary accommodation. Child A is taken to hospital with serious injuries. Mother and Darren Fowler are present.' },
  { at: '2024-01-18T06:30', agency: 'csc', kind: 'communication', subjects: ['child'], sources: ['cscRecord'],
    text: 'The emergency duty team is informed by police and convenes a strategy discussion.' },
];

/** Links between demo entries: the two differing accounts of the strategy discussion, and two accounts of one meeting. */
export const demoLinks = [
  { a: 'strategy_csc', b: 'strategy_police', kind: 'conflicts_with' as const,
    note: 'The two records of the strategy discussion differ on the type of enquiry and on whether a child protection medical was agreed.' },
  { a: 'cin_csc', b: 'cin_nursery', kind: 'same_occasion' as const, note: 'Two agencies\' records of the Child in Need meeting of 27 April 2023.' },
];
