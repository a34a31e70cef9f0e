import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/open';
import { checkAcknowledgements } from '../../schema/tables';
import type { NameDismissalCreateInput, Scan } from '../../schema/contracts/publication';
import { conflict, unprocessable } from '../http/errors';
import { buildDetector, nameKey, type Detection, type DetectionKind } from '../anonymise/detect';
import type { PatternKind } from '../anonymise/detect/patterns';
import { modelTexts } from '../publication/modelText';
import { modelVocabulary } from '../publication/leakCheck';
import { modelFor } from '../reports/prepare';
import type { Actor } from './actor';
import { deleteAcknowledgement, insertAcknowledgement } from './checkAcknowledgements';
import { UNREGISTERED_NAME_RULE } from './publicationEdition';
import { currentRegistry } from '../reports/model/source';
import { SCRUB_PLACEHOLDERS } from '../reports/edition/scrub';

/** Identifiers found by shape are kept out of the published edition: the investigator is told what stands in their place. */
const scrubbed = (kind: PatternKind) => `Scrubbed: the published edition reads "${SCRUB_PLACEHOLDERS[kind]}" here.`;

const ACTIONS: Record<DetectionKind, string> = {
  registered_name: 'Registered: replaced by the pseudonym in the published edition.',
  date_of_birth: 'A registered date of birth: withheld from the published edition; remove it from the text unless it is needed.',
  registered_identifier: 'A registered identifier: withheld from the published edition; remove it from the text unless it is needed.',
  postcode: `${scrubbed('postcode')} Remove it from the text, or register the place.`,
  phone_number: `${scrubbed('phone_number')} Remove it from the text unless it is needed.`,
  email_address: `${scrubbed('email_address')} Remove it from the text unless it is needed.`,
  nhs_number: `${scrubbed('nhs_number')} Remove it, or register it as an identifier of the person.`,
  ni_number: `${scrubbed('ni_number')} Remove it, or register it as an identifier of the person.`,
  address: `${scrubbed('address')} Remove it, or register the street as a place.`,
  suspected_name: 'Register this person (or add the word as an alias), or dismiss it as not a name.',
};

type AckRow = typeof checkAcknowledgements.$inferSelect;

function dismissals(db: Db, investigationId: string): AckRow[] {
  return db.select().from(checkAcknowledgements).where(and(
    eq(checkAcknowledgements.investigationId, investigationId), eq(checkAcknowledgements.ruleId, UNREGISTERED_NAME_RULE),
  )).all();
}

/**
 * Scans the case text as entered (the restricted report model) for identifiers by shape, registered dates of birth and
 * identifiers, and capitalised words that look like unregistered names (dismissed ones left out), each with its
 * entity, field, offsets and a suggested action.
 */
export function scanInvestigation(db: Db, investigationId: string, now: Date): Scan {
  const model = modelFor(db, investigationId, { edition: 'restricted', stage: 'draft', dateStyle: 'month', generatedAt: now });
  const registry = currentRegistry(db, investigationId);
  const acks = dismissals(db, investigationId);
  const detector = buildDetector(registry.people, registry.places, {
    registeredNames: false, vocabulary: modelVocabulary(model), dismissed: new Set(acks.map((a) => a.targetKey)),
  });
  // A large chronology repeats most strings (dates, kinds, agency, sources): each distinct string is read once.
  const detections = new Map<string, Detection[]>();
  const detect = (text: string) => {
    let found = detections.get(text);
    if (!found) detections.set(text, found = detector.detect(text));
    return found;
  };
  const findings = modelTexts(model).filter((t) => t.location.kind !== 'person' && t.location.kind !== 'report').flatMap(({ text, location }) =>
    detect(text).map((d) => ({ kind: d.kind, found: d.found, location, start: d.start, end: d.end, key: d.key ?? null, suggestedAction: ACTIONS[d.kind] })));
  return { findings, dismissed: acks.map((a) => ({ id: a.id, key: a.targetKey, reason: a.reason, version: a.version })) };
}

/** Records that a suspected name is not a person's name (audited); later scans and leak checks leave it out. */
export function dismissSuspectedName(db: Db, actor: Actor, investigationId: string, input: NameDismissalCreateInput) {
  const key = nameKey(input.name);
  if (!/^[\p{L}][\p{L}'’-]*$/u.test(key)) throw unprocessable('name: must be one word, as the scan reported it');
  return db.transaction((tx) => {
    const row = insertAcknowledgement(tx, actor, investigationId, { ruleId: UNREGISTERED_NAME_RULE, key, reason: input.reason },
      () => conflict(`name: "${input.name}" is already dismissed`));
    return { id: row.id, key: row.targetKey, reason: row.reason, version: row.version };
  });
}

/** Reopens a dismissed name, so scans and the leak check report it again (audited). */
export function reopenSuspectedName(db: Db, actor: Actor, investigationId: string, id: string, version: number): void {
  db.transaction((tx) => deleteAcknowledgement(tx, actor, investigationId, id, version, 'dismissal', (row) => {
    if (row.ruleId !== UNREGISTERED_NAME_RULE) throw unprocessable('ackId: not a dismissed name');
  }));
}
