/** Audit entity kinds in words: a label for lists and filters, and a noun for sentences. */
const entities: Record<string, [label: string, noun: string]> = {
  investigation: ['Investigation details', 'the investigation details'],
  membership: ['Member', 'a member'],
  agency: ['Agency', 'an agency'],
  person: ['Identity registry entry', 'an entry in the identity registry'],
  place: ['Identifying place', 'an identifying place'],
  source: ['Source', 'a source'],
  episode: ['Key practice episode', 'a key practice episode'],
  event: ['Chronology entry', 'a chronology entry'],
  event_link: ['Link between entries', 'a link between chronology entries'],
  import_batch: ['Agency import', 'an agency import'],
  factor: ['Factor', 'a factor'],
  factor_link: ['Causal link', 'a causal link'],
  check_acknowledgement: ['Considered check result', 'a check result'],
  finding: ['Finding', 'a finding'],
  finding_order: ['Order of findings', 'the order of findings'],
  recommendation: ['Recommendation', 'a recommendation'],
  recommendation_response: ['Recommendation response', 'a recommendation response'],
  safety_action: ['Safety action', 'a safety action'],
  comment: ['Comment', 'a comment'],
  review_decision: ['Review decision', 'a review decision'],
  snapshot: ['Frozen version', 'a frozen version'],
  report: ['Report', 'a report'],
  user: ['Account', 'an account'],
};

const verbs: Record<string, string> = {
  create: 'added', update: 'changed', delete: 'removed', sign_off: 'signed off', issue: 'issued', assess: 'assessed',
};

function humanise(code: string): string {
  const words = code.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').trim().toLowerCase();
  return words ? words[0]!.toUpperCase() + words.slice(1) : code;
}

/** An entity kind as a label ("Chronology entry"); unknown kinds are spelled out from their code. */
export function entityLabel(entity: string): string {
  return entities[entity]?.[0] ?? humanise(entity);
}

/** An entity kind as a noun with its article ("a chronology entry"). */
export function entityNoun(entity: string): string {
  return entities[entity]?.[1] ?? `an item (${humanise(entity).toLowerCase()})`;
}

/** An audit action as a past-tense verb ("changed"); unknown actions are spelled out from their code. */
export function actionVerb(action: string): string {
  return verbs[action] ?? humanise(action).toLowerCase();
}

/** What happened, in a short phrase: "changed a factor", "froze a version", "recorded a review decision". */
export function describeChange(entity: string, action: string): string {
  if (entity === 'snapshot' && action === 'create') return 'froze a version of the investigation';
  if (entity === 'review_decision' && action === 'create') return 'recorded a review decision';
  return `${actionVerb(action)} ${entityNoun(entity)}`;
}

/** Every entity kind the product audits, for filters when the log itself is not yet known. */
export const auditedEntities: readonly string[] = Object.keys(entities);

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A stored timestamp as UK readers expect it: "26 November 2026, 11:42" (in the reader's time zone). */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}, ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
