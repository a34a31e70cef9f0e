import type { Db } from '../db/open';
import { actorOf } from '../services/actor';
import { createInvestigation } from '../services/investigations';
import { agencyService } from '../services/agencies';
import { createPerson } from '../services/people';
import { placeService } from '../services/places';
import { createUser } from '../services/users';
import { addMember } from '../services/members';
import { generatePassword } from '../auth/passwords';
import type { MemberRole } from '../../schema/contracts/enums';
import { demoAgencies, demoInvestigation, demoPeople, demoPlaces } from './demoRegistry';
import { seedDemoChronology } from './demoChronology';
import { seedDemoAnalysis } from './demoAnalysis';
import { seedDemoFindings } from './demoFindings';
import { seedDemoSignOff } from './demoSignOff';

/** Ids of what the demo seeding created, for later seeding steps. */
export interface DemoIds {
  investigationId: string;
  agencies: Record<string, string>;
  people: Record<string, string>;
  /** Filled by the chronology step: demo event keys to ids. */
  events: Record<string, string>;
  /** Filled by the analysis step: demo factor keys to ids. */
  factors: Record<string, string>;
  /** Filled by the findings step: demo finding keys to ids. */
  findings: Record<string, string>;
}

/** A later seeding step (chronology, analysis, findings, the panel's sign-off), run in order after the registry exists. */
type DemoStep = (db: Db, ids: DemoIds, userId: string, now: Date) => void;

/** Seeding steps beyond the registry; each issue adds its own. */
const demoSteps: DemoStep[] = [
  seedDemoChronology,
  seedDemoAnalysis,
  seedDemoFindings,
  seedDemoSignOff,
];

const demoAccounts: { email: string; name: string; role: MemberRole }[] = [
  { email: 'investigator@demo.sightline.local', name: 'Demo Investigator', role: 'investigator' },
  { email: 'panel@demo.sightline.local', name: 'Demo Panel Member', role: 'panel' },
  { email: 'observer@demo.sightline.local', name: 'Demo Observer', role: 'observer' },
];

/** Creates the fictional demo investigation, led by `leadUserId`, with demo accounts for the other roles. */
export async function seedDemo(db: Db, leadUserId: string, now: Date) {
  const actor = actorOf(leadUserId, now);
  const inv = createInvestigation(db, { ...actor, userId: leadUserId }, demoInvestigation, true);
  const ids: DemoIds = { investigationId: inv.id, agencies: {}, people: {}, events: {}, factors: {}, findings: {} };
  for (const [key, agency] of Object.entries(demoAgencies)) {
    ids.agencies[key] = agencyService.create(db, actor, inv.id, { ...agency }).id;
  }
  for (const { key, agency, ...person } of demoPeople) {
    ids.people[key] = createPerson(db, actor, inv.id, { ...person, agencyId: agency ? ids.agencies[agency]! : null }).id;
  }
  for (const place of demoPlaces) placeService.create(db, actor, inv.id, place);
  for (const step of demoSteps) step(db, ids, leadUserId, now);
  const accounts: { email: string; role: MemberRole; password: string }[] = [];
  for (const a of demoAccounts) {
    const password = generatePassword();
    await createUser(db, actor, { email: a.email, name: a.name, password, isAdmin: false });
    addMember(db, actor, inv.id, a.email, a.role);
    accounts.push({ email: a.email, role: a.role, password });
  }
  return { reference: inv.reference, investigationId: inv.id, accounts };
}
