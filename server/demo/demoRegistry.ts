import type { AgencyCreateInput, PersonCreateInput } from '../../schema/contracts/registry';
import type { InvestigationCreateInput } from '../../schema/contracts/investigations';

/** The fictional demo investigation. Every name, place and number here is invented. */
export const demoInvestigation: InvestigationCreateInput = {
  reference: 'DEMO-2024-01',
  title: 'Learning review: Child A (fictional demonstration case)',
  status: 'analysis',
  incidentDate: '2024-01-18',
  termsOfReference: [
    'How well did agencies share information about Child A and the household between March 2023 and January 2024?',
    'How was Child A seen and heard by practitioners, and what shaped that?',
    'How did caseloads, supervision and thresholds shape the response to concerns?',
  ],
  scopeStart: '2023-03-01',
  scopeEnd: '2024-01-18',
  methodology: 'A systems approach after SCIE Learning Together: agency chronologies merged into one integrated chronology, practitioner conversations, key practice episodes and contributory-factor analysis.',
  commissioningBody: 'Northbridge Safeguarding Children Partnership (fictional)',
  parallelProcesses: ['Police investigation (fictional)'],
  summary: 'Child A, aged 4, was admitted to hospital with serious injuries in January 2024. This fictional case exists to show how Sightline works.',
  outcome: 'Child A was seriously harmed (January 2024)',
  publishingArea: 'Northbridge',
};

/** Agencies in the demo case, keyed for reference by people and events. */
export const demoAgencies: Record<string, AgencyCreateInput> = {
  csc: { name: "Northbridge Children's Social Care", kind: 'childrens_social_care' },
  police: { name: 'Northbridge Police', kind: 'police' },
  hv: { name: 'Northbridge Health Visiting Service', kind: 'health' },
  gp: { name: 'Riverside Medical Practice', kind: 'health' },
  school: { name: 'Northbridge Early Years and Education', kind: 'education' },
  housing: { name: 'Northbridge Housing', kind: 'housing' },
};

/** Registry entries in the demo case: `agency` names a key of demoAgencies. */
export const demoPeople: (Omit<PersonCreateInput, 'agencyId'> & { key: string; agency?: string })[] = [
  { key: 'child', kind: 'child', realName: 'Zoë Thornbury', aliases: ['Zo'], dateOfBirth: '2019-09-02',
    identifiers: [{ kind: 'NHS number', value: '943 476 5919' }], relationship: 'Subject child', jobTitle: '', pseudonym: 'Child A' },
  { key: 'mother', kind: 'family_member', realName: 'Kayleigh Thornbury', aliases: ['Kay'], dateOfBirth: '1997-05-21',
    identifiers: [], relationship: 'Mother', jobTitle: '' },
  { key: 'partner', kind: 'family_member', realName: 'Darren Fowler', aliases: ['Daz'], dateOfBirth: null,
    identifiers: [], relationship: "Mother's partner", jobTitle: '' },
  { key: 'sibling', kind: 'family_member', realName: 'Tyler Thornbury', aliases: [], dateOfBirth: '2016-11-30',
    identifiers: [], relationship: 'Sibling', jobTitle: '' },
  { key: 'sw1', kind: 'practitioner', realName: 'Priya Natarajan', aliases: [], dateOfBirth: null, identifiers: [],
    relationship: '', jobTitle: 'Social worker', agency: 'csc' },
  { key: 'tm1', kind: 'practitioner', realName: 'Owen Pritchard', aliases: [], dateOfBirth: null, identifiers: [],
    relationship: '', jobTitle: 'Team manager', agency: 'csc' },
  { key: 'hv1', kind: 'practitioner', realName: 'Łukasz Nowak', aliases: [], dateOfBirth: null, identifiers: [],
    relationship: '', jobTitle: 'Health visitor', agency: 'hv' },
  { key: 'gp1', kind: 'practitioner', realName: 'Helen Okafor', aliases: [], dateOfBirth: null, identifiers: [],
    relationship: '', jobTitle: 'GP', agency: 'gp' },
  { key: 'pc1', kind: 'practitioner', realName: 'Sam Reid', aliases: [], dateOfBirth: null, identifiers: [],
    relationship: '', jobTitle: 'Police constable', agency: 'police' },
  { key: 'te1', kind: 'practitioner', realName: 'Gemma Hollis', aliases: [], dateOfBirth: null, identifiers: [],
    relationship: '', jobTitle: 'Nursery teacher', agency: 'school' },
  { key: 'ho1', kind: 'practitioner', realName: 'Marcus Bell', aliases: [], dateOfBirth: null, identifiers: [],
    relationship: '', jobTitle: 'Housing officer', agency: 'housing' },
];

/** Identifying places in the demo case. */
export const demoPlaces = [
  { kind: 'school' as const, realName: 'Little Acorns Nursery', replacement: 'the nursery' },
  { kind: 'street' as const, realName: 'Cobden Terrace', replacement: '[street]' },
];
