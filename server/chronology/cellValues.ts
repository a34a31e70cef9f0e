import type { EventKind } from '../../schema/contracts/enums';

/** A cell read as a value, or the reason it could not be. */
export type CellReading<T> = { ok: true; value: T } | { ok: false; message: string };

const fold = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

const KIND_WORDS: Record<string, EventKind> = {};
const kindWords: [EventKind, string[]][] = [
  ['event', ['event', 'contact', 'visit', 'home visit', 'meeting', 'appointment', 'incident', 'attendance']],
  ['condition', ['condition', 'state', 'circumstance', 'circumstances', 'situation', 'context']],
  ['decision', ['decision', 'plan']],
  ['communication', ['communication', 'call', 'phone call', 'telephone call', 'telephone', 'phone', 'email', 'e mail', 'letter',
    'text', 'text message', 'sms', 'message', 'referral']],
  ['non_event', ['non event', 'nonevent', 'non', 'did not attend', 'dna', 'was not brought', 'wnb', 'not brought', 'no access',
    'not seen', 'cancelled', 'canceled', 'missed appointment', 'no show', 'did not happen']],
];
for (const [kind, words] of kindWords) for (const w of words) KIND_WORDS[w] = kind;

/** Reads an entry's kind from words agencies use ("Phone call" → communication, "DNA" → non-event); empty means event. */
export function readKind(text: string): CellReading<EventKind> {
  const key = fold(text);
  if (key === '') return { ok: true, value: 'event' };
  const kind = KIND_WORDS[key];
  if (kind) return { ok: true, value: kind };
  return { ok: false, message: `"${text.trim()}" is not a kind of entry (use event, condition, decision, communication or non-event)` };
}

const YES = /^(yes|y|true|1|seen)\b/;
const NO = /^(no|n|false|0|not seen)\b/;
const UNKNOWN = new Set(['', 'n a', 'na', 'unknown', 'not known', 'not recorded']);

/** Reads whether the child was seen: yes/no/seen/not seen, or null when blank or not known. */
export function readChildSeen(text: string): CellReading<boolean | null> {
  const key = fold(text);
  if (UNKNOWN.has(key)) return { ok: true, value: null };
  if (NO.test(key)) return { ok: true, value: false };
  if (YES.test(key)) return { ok: true, value: true };
  return { ok: false, message: `"${text.trim()}" is not yes, no or blank` };
}
