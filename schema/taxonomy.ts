/**
 * The contributory-factor taxonomy (DOMAIN.md §5) as data: four levels, their categories with prompt
 * questions that help an investigator keep asking "why", and case-context tags. Views, reports and
 * checks read it from here; nothing else names a category.
 */

/** The four levels, from the point of practice outwards. */
export const factorLevels = ['individual', 'team', 'organisational', 'systemic'] as const;
/** One of the four levels. */
export type FactorLevel = (typeof factorLevels)[number];

/** A category of contributory factor within one level. `code` is stable and unique across the taxonomy. */
export interface TaxonomyCategory {
  code: string;
  level: FactorLevel;
  label: string;
  description: string;
  prompts: string[];
}

/** A level with its meaning and its categories. */
export interface TaxonomyLevel {
  code: FactorLevel;
  label: string;
  description: string;
  categories: TaxonomyCategory[];
}

/** A case-context tag: the situation practitioners faced, recorded on factors, never a level of its own. */
export interface ContextTag {
  code: string;
  label: string;
  description: string;
}

type CategorySpec = Omit<TaxonomyCategory, 'level'>;
const level = (code: FactorLevel, label: string, description: string, categories: CategorySpec[]): TaxonomyLevel => ({
  code, label, description, categories: categories.map((c) => ({ ...c, level: code })),
});

/** The levels in order from the point of practice (individual) to the wider system (systemic). */
export const taxonomyLevels: TaxonomyLevel[] = [
  level('individual', 'Individual', 'The practitioner at the point of practice.', [
    { code: 'perception', label: 'Perception and interpretation of information',
      description: 'How the information in front of the practitioner was noticed, read and made sense of.',
      prompts: [
        'What information was in front of the practitioner at the time, and in what form?',
        'What other readings of that information were available then, and what made this one seem the most likely?',
      ] },
    { code: 'judgement', label: 'Judgement and decision under uncertainty',
      description: 'Decisions taken with incomplete or conflicting information and limited time.',
      prompts: [
        'What options did the practitioner see at the time, and what did each seem to offer?',
        'What was uncertain, and how did the practitioner weigh it?',
        'What time and support did the practitioner have to make this decision?',
      ] },
    { code: 'reasoning_bias', label: 'Reasoning biases (fixation, optimism, confirmation)',
      description: 'Patterns of reasoning that affect everyone, such as holding on to a first view or reading new information in its light.',
      prompts: [
        'What was the first view of the case, and how did later information fit with it?',
        'What in the way the work is organised made it easy or hard to revisit that view?',
      ] },
    { code: 'knowledge_skills', label: 'Knowledge, skills and experience',
      description: 'What the practitioner knew and had practised, and what the role asked of them.',
      prompts: [
        'What experience did the practitioner have of situations like this one?',
        'What training, guidance or specialist advice was available to them, and when?',
      ] },
    { code: 'wellbeing', label: 'Wellbeing, fatigue and emotional load',
      description: 'Tiredness, stress and the emotional weight of the work.',
      prompts: [
        'What was the practitioner dealing with that day and that week?',
        'What support for the emotional demands of the work was available and used?',
      ] },
    { code: 'engagement', label: 'Engagement with the child and family',
      description: 'How the practitioner could see, hear and build a working relationship with the child and family.',
      prompts: [
        'How and where was the child seen, and could the child speak without adults present?',
        'What shaped the relationship between the practitioner and the family?',
      ] },
  ]),
  level('team', 'Team', 'A team or a multi-agency working group.', [
    { code: 'communication', label: 'Communication and information sharing',
      description: 'How information moved between practitioners within and across agencies.',
      prompts: [
        'Who held which piece of information, and who else knew it?',
        'By what route could the information have travelled, and what happened on that route?',
      ] },
    { code: 'handover', label: 'Handovers, transfers and allocation',
      description: 'How the case passed between workers, teams or agencies, and how it was allocated.',
      prompts: [
        'When did the case change hands, and what went with it?',
        'How long was the case unallocated or waiting, and why?',
      ] },
    { code: 'supervision', label: 'Supervision, reflection and seeking help',
      description: 'Supervision, case discussion and the chance to get a second view.',
      prompts: [
        'When was the case last discussed in supervision, and what was discussed?',
        'How easy was it for the practitioner to ask for a second view at the time?',
      ] },
    { code: 'role_clarity', label: 'Role clarity and shared responsibility',
      description: 'Who understood themselves to be responsible for what.',
      prompts: [
        'Who did each agency think was leading, and on what basis?',
        'Which tasks did each agency understand to belong to another?',
      ] },
    { code: 'leadership_escalation', label: 'Leadership, hierarchy, challenge and escalation',
      description: 'How disagreement was raised and resolved between roles and agencies.',
      prompts: [
        'Was there a difference of view, and how could it be raised?',
        'What route for escalation existed, and how well known was it?',
      ] },
    { code: 'strategy_meetings', label: 'Strategy meetings, conferences and core groups',
      description: 'Multi-agency meetings: who attended, what information they had and what they decided.',
      prompts: [
        'Who took part, who did not, and why?',
        'What information did the meeting have, and what did it not have?',
        'How were decisions recorded and shared afterwards?',
      ] },
  ]),
  level('organisational', 'Organisational', 'One agency: its resources, rules, tools and culture.', [
    { code: 'workload', label: 'Workload, caseloads, staffing and turnover',
      description: 'How much work there was, for how many people, and how stable the workforce was.',
      prompts: [
        'What were caseloads at the time, and how did they compare with the agency\'s own limits?',
        'What vacancies, agency staff or turnover did the team have?',
      ] },
    { code: 'procedures', label: 'Policies, procedures, thresholds and their workability',
      description: 'The written expectations and how well they worked in day-to-day practice.',
      prompts: [
        'What did the procedure expect at this point, and was it known and in use?',
        'How workable was the procedure with the time and information practitioners had?',
      ] },
    { code: 'tools_records', label: 'Tools, forms and case-record IT',
      description: 'What the forms, assessment tools and case-record system showed, prompted or hid.',
      prompts: [
        'What did the record show the practitioner, and what did it not show?',
        'What did the form or tool prompt the practitioner to ask or record?',
      ] },
    { code: 'training', label: 'Training and development',
      description: 'The training, induction and development the agency provided.',
      prompts: [
        'What training on this kind of situation had the agency provided, and to whom?',
        'How was learning from training supported in practice?',
      ] },
    { code: 'resources', label: 'Resources and access to specialist services',
      description: 'Access to specialist advice, assessment and services within the agency.',
      prompts: [
        'What specialist advice or service was available, and how long was the wait?',
        'What did practitioners do while waiting?',
      ] },
    { code: 'targets_priorities', label: 'Performance targets and competing priorities',
      description: 'What the agency measured and rewarded, and what competed for attention.',
      prompts: [
        'Which targets or timescales applied to this work, and how did they shape it?',
        'What else was competing for the same time and attention?',
      ] },
    { code: 'culture', label: 'Safety and learning culture',
      description: 'How the agency responds to concerns, uncertainty and things going wrong.',
      prompts: [
        'How did practitioners expect concerns or uncertainty to be received?',
        'How had the agency used learning from earlier reviews?',
      ] },
    { code: 'environment', label: 'Physical and remote work environment',
      description: 'Where and how the work was done: offices, home working, travel, equipment.',
      prompts: [
        'Where was the work done, and what did that make easy or hard?',
        'What equipment and connectivity did practitioners have?',
      ] },
  ]),
  level('systemic', 'Systemic', 'Across agencies, the region or the nation.', [
    { code: 'legislation_guidance', label: 'Legislation and statutory guidance',
      description: 'The law and national guidance that frame practice.',
      prompts: [
        'What did national guidance expect here, and how clear was it for this situation?',
        'Where did guidance for different agencies differ?',
      ] },
    { code: 'funding_commissioning', label: 'Funding and commissioning',
      description: 'What services were funded and commissioned, and on what terms.',
      prompts: [
        'What did the commissioned service include, and what had changed recently?',
        'How did funding decisions shape the contacts practitioners could make?',
      ] },
    { code: 'regulation_inspection', label: 'Regulation and inspection',
      description: 'How regulation and inspection shaped priorities and practice.',
      prompts: [
        'What had recent inspections focused on, and how did agencies respond?',
        'How did regulatory requirements shape the way this work was done?',
      ] },
    { code: 'information_sharing', label: 'Information-sharing rules and IT interoperability',
      description: 'The rules for sharing information between agencies and whether their systems connect.',
      prompts: [
        'Could the agencies\' systems exchange information, and how was it done in practice?',
        'How did practitioners understand the rules on sharing information without consent?',
      ] },
    { code: 'service_availability', label: 'Availability of services (e.g. mental health, health visiting)',
      description: 'Which services existed locally, with what capacity and waiting times.',
      prompts: [
        'Which services did the family need, and were they available locally?',
        'How long were waiting times, and what happened while the family waited?',
      ] },
    { code: 'public_pressure', label: 'Public, media and political pressure',
      description: 'Outside pressure that shaped priorities and decisions.',
      prompts: [
        'What public or political attention was the service under at the time?',
        'How did that attention shape priorities or thresholds?',
      ] },
    { code: 'social_conditions', label: 'Wider social conditions (poverty, housing, pandemic)',
      description: 'Conditions in society that shaped the family\'s circumstances and the services\' capacity.',
      prompts: [
        'What wider conditions affected the family at the time?',
        'How did those conditions affect the services\' capacity to respond?',
      ] },
  ]),
];

/** Case-context tags (DOMAIN.md §5): the situation practitioners faced, recorded on factors. */
export const contextTags: ContextTag[] = [
  { code: 'child_age', label: "Child's age and stage of development", description: 'How the child\'s age shaped what they could say and who saw them.' },
  { code: 'child_vulnerability', label: "Child's vulnerability", description: 'Disability, health needs or other circumstances that increased the child\'s vulnerability.' },
  { code: 'child_communication', label: "How the child communicates", description: 'Language, speech, non-verbal communication and the child\'s opportunities to be heard.' },
  { code: 'family_circumstances', label: 'Family circumstances', description: 'Household make-up, housing, income and pressures on the family.' },
  { code: 'household_change', label: 'Changes in the household', description: 'New adults in the household, moves and separations.' },
  { code: 'parental_needs', label: 'Parental mental health, substance use or domestic abuse', description: 'Parental needs that affected the care of the child.' },
  { code: 'family_strengths', label: 'Family strengths', description: 'What was going well for the child and family, and who supported them.' },
  { code: 'family_engagement', label: 'Patterns of engagement with services', description: 'How the family used services and how services reached them.' },
];

/** Every category, in taxonomy order. */
export const taxonomyCategories: TaxonomyCategory[] = taxonomyLevels.flatMap((l) => l.categories);

/** Every category code, for contracts. */
export const categoryCodes = taxonomyCategories.map((c) => c.code) as [string, ...string[]];
/** Every context-tag code, for contracts. */
export const contextTagCodes = contextTags.map((t) => t.code) as [string, ...string[]];

const categoriesByCode = new Map(taxonomyCategories.map((c) => [c.code, c]));

/** The category with this code, or undefined. */
export function findCategory(code: string): TaxonomyCategory | undefined {
  return categoriesByCode.get(code);
}

/** The level with this code. */
export function findLevel(code: FactorLevel): TaxonomyLevel {
  return taxonomyLevels.find((l) => l.code === code)!;
}

/** Levels from the point of practice outwards: 0 for individual up to 3 for systemic. */
export function levelRank(code: FactorLevel): number {
  return factorLevels.indexOf(code);
}
