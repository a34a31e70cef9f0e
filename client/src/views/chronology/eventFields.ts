import type { ChronologyEvent, EventCreateInput } from '../../../../schema/contracts/chronology';
import { eventKinds, evidenceConfidences, labels, type EventKind } from '../../../../schema/contracts/enums';
import { tryParseEdtf, formatEdtf, displayEdtf } from '../../../../schema/edtf';
import { h } from '../../dom';
import { selectField, textField, textareaField, uniqueId, valueOf, type Choice } from '../../components/forms';
import { mergeFields, type MergeField } from '../../components/conflictMerge';
import { formatValue } from '../../components/changes';
import { namesOf, personLabel, type ChronologyData } from './chronologyData';

/** Labels of the entry fields, used in error messages and to show someone else's values after a conflict. */
export const eventFieldLabels: Record<string, string> = {
  occurred: 'Date', kind: 'Kind', agencyId: 'Agency', description: 'What happened', actorIds: 'Practitioners', subjectIds: 'Child and family',
  knownAtTime: 'Known at the time', childSeen: 'Child seen', childWords: "Child's words", sharedWith: 'Shared with',
  sourceIds: 'Sources', confidence: 'Confidence', episodeId: 'Episode', sequence: 'Order on the day',
};

/** A group of checkboxes sharing one name; the fieldset carries the name too, so errors for the field find it. */
function checkboxGroup(name: string, legend: string, choices: Choice[], chosen: readonly string[], empty: string, hint?: string): HTMLElement {
  const hintId = hint ? uniqueId(`${name}-hint`) : null;
  return h('div', { class: 'govuk-form-group', 'data-field': name },
    h('fieldset', { class: 'govuk-fieldset', name, 'aria-describedby': hintId },
      h('legend', { class: 'govuk-fieldset__legend govuk-fieldset__legend--s' }, legend),
      hint ? h('div', { class: 'govuk-hint', id: hintId }, hint) : null,
      choices.length === 0 ? h('p', { class: 'govuk-body sl-muted', 'data-empty': '' }, empty) : null,
      h('div', { class: 'govuk-checkboxes govuk-checkboxes--small sl-chronology__choices', 'data-choices': name },
        choices.map((c) => checkboxItem(name, c, chosen.includes(c.value))))));
}

/** One checkbox of a group, e.g. a source added while the form is open. */
export function checkboxItem(name: string, c: Choice, checked: boolean): HTMLElement {
  const id = uniqueId(name);
  const box = h('input', { class: 'govuk-checkboxes__input', id, name, type: 'checkbox', value: c.value });
  box.checked = checked;
  return h('div', { class: 'govuk-checkboxes__item' }, box, h('label', { class: 'govuk-label govuk-checkboxes__label', for: id }, c.label));
}

function radios(name: string, legend: string, choices: Choice[], value: string): HTMLElement {
  return h('div', { class: 'govuk-form-group', 'data-field': name },
    h('fieldset', { class: 'govuk-fieldset', name },
      h('legend', { class: 'govuk-fieldset__legend govuk-fieldset__legend--s' }, legend),
      h('div', { class: 'govuk-radios govuk-radios--small govuk-radios--inline' }, choices.map((c) => {
        const id = uniqueId(name);
        const input = h('input', { class: 'govuk-radios__input', id, name, type: 'radio', value: c.value });
        input.checked = c.value === value;
        return h('div', { class: 'govuk-radios__item' }, input, h('label', { class: 'govuk-label govuk-radios__label', for: id }, c.label));
      }))));
}

/** A recorded EDTF date in words with the text as recorded, "March 2019 (uncertain) (2019-03?)", for the merge screen. */
export function recordedDate(v: unknown): string {
  return typeof v === 'string' && v ? `${displayEdtf(v)} (${v})` : formatValue(v);
}

/** The entry's fields for the merge screen, with ids shown as names and dates at their precision. */
export function entryMergeFields(data: ChronologyData): MergeField[] {
  const names = namesOf(data);
  const list = (name: (id: string) => string) => (v: unknown) => formatValue(Array.isArray(v) ? v.map((id) => name(String(id))) : v);
  const word = (v: unknown) => formatValue(typeof v === 'string' ? labels[v] ?? v : v);
  return mergeFields(eventFieldLabels, {
    occurred: recordedDate,
    kind: word, confidence: word,
    agencyId: (v) => names.agency(v ? String(v) : null),
    actorIds: list(names.person), subjectIds: list(names.person), sourceIds: list(names.source),
    episodeId: (v) => (v ? names.episode(String(v)) : 'None'),
    childSeen: (v) => (v === true ? 'Yes' : v === false ? 'No' : 'Not recorded'),
  });
}

/** Shows how a typed date is understood ("March 2019 (uncertain)"), or that it cannot be read yet. */
export function dateEcho(input: HTMLInputElement): HTMLElement {
  const echo = h('p', { class: 'govuk-body-s sl-chronology__date-echo', 'aria-live': 'polite' });
  const update = () => {
    const value = input.value.trim();
    const parsed = value ? tryParseEdtf(value) : null;
    echo.textContent = !value ? '' : parsed ? `Understood as: ${formatEdtf(parsed)}` : 'Not yet a date in this form.';
  };
  input.addEventListener('input', update);
  update();
  return echo;
}

/** The fields of the entry form, filled from an entry being changed (or empty for a new one). */
export function eventFields(data: ChronologyData, e: ChronologyEvent | null): HTMLElement[] {
  const practitioners = data.people.filter((p) => p.kind === 'practitioner');
  const family = data.people.filter((p) => p.kind !== 'practitioner');
  const date = textField({
    name: 'occurred', label: 'Date', value: e?.occurred, classes: 'govuk-input--width-20', spellcheck: false,
    hint: 'As precise as the record: 2019, 2019-03, 2019-03-14 or 2019-03-14T10:30. Add ? when uncertain (2019-03-14?), ~ when approximate (2019-03~). A period: 2019-03/2019-05.',
  });
  date.append(dateEcho(date.querySelector('input')!));
  const choose = (label: string) => ({ value: '', label });
  return [
    date,
    selectField({ name: 'kind', label: 'Kind', value: e?.kind ?? 'event', choices: eventKinds.map((k) => ({ value: k, label: labels[k] ?? k })) }),
    selectField({ name: 'agencyId', label: 'Agency', value: e?.agencyId ?? '', choices: [choose('No agency'), ...data.agencies.map((a) => ({ value: a.id, label: a.name }))] }),
    textareaField({ name: 'description', label: 'What happened', value: e?.description, rows: 4, hint: 'Who did what, factually and without evaluation.' }),
    checkboxGroup('actorIds', 'Practitioners', practitioners.map((p) => ({ value: p.id, label: personLabel(p) })), e?.actorIds ?? [], 'No practitioners in the identity registry yet.'),
    checkboxGroup('subjectIds', 'Child and family', family.map((p) => ({ value: p.id, label: personLabel(p) })), e?.subjectIds ?? [], 'No child or family members in the identity registry yet.'),
    textareaField({ name: 'knownAtTime', label: 'Known at the time', value: e?.knownAtTime, rows: 3, hint: 'What the practitioner knew or could see then.' }),
    radios('childSeen', 'Was the child seen?', [{ value: 'true', label: 'Yes' }, { value: 'false', label: 'No' }, { value: '', label: 'Not recorded' }],
      e?.childSeen === true ? 'true' : e?.childSeen === false ? 'false' : ''),
    textareaField({ name: 'childWords', label: "Child's words", value: e?.childWords, rows: 2, hint: 'What the child said, as recorded.' }),
    textField({ name: 'sharedWith', label: 'Shared with', value: e?.sharedWith, hint: 'Who the information was shared with, and how.' }),
    checkboxGroup('sourceIds', 'Sources', data.sources.map((s) => ({ value: s.id, label: s.reference ? `${s.title} (${s.reference})` : s.title })), e?.sourceIds ?? [],
      'No sources recorded yet.', 'An entry without a source is kept but flagged.'),
    selectField({ name: 'confidence', label: 'Confidence', value: e?.confidence ?? 'fact', choices: evidenceConfidences.map((c) => ({ value: c, label: labels[c] ?? c })) }),
    selectField({ name: 'episodeId', label: 'Key practice episode', value: e?.episodeId ?? '', choices: [choose('None'), ...data.episodes.map((ep) => ({ value: ep.id, label: ep.title }))] }),
    textField({ name: 'sequence', label: 'Order on the day (optional)', value: e ? String(e.sequence) : '', classes: 'govuk-input--width-4', hint: 'Orders entries of the same day when times are unknown.' }),
  ];
}

function checked(form: HTMLFormElement, name: string): string[] {
  return [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((b) => b.value);
}

/** What the entry form holds, in the API's field names; `sequence` is left out when blank and kept as text when it is not a whole number. */
export type EventFormValues = Omit<EventCreateInput, 'sequence'> & { sequence?: number | string };

/** Reads the entry form into the fields the API takes. */
export function readEventForm(form: HTMLFormElement): EventFormValues {
  const seen = checked(form, 'childSeen')[0] ?? '';
  const sequence = valueOf(form, 'sequence').trim();
  return {
    occurred: valueOf(form, 'occurred').trim(),
    kind: valueOf(form, 'kind') as EventKind,
    agencyId: valueOf(form, 'agencyId') || null,
    description: valueOf(form, 'description'),
    actorIds: checked(form, 'actorIds'),
    subjectIds: checked(form, 'subjectIds'),
    knownAtTime: valueOf(form, 'knownAtTime'),
    childSeen: seen === '' ? null : seen === 'true',
    childWords: valueOf(form, 'childWords'),
    sharedWith: valueOf(form, 'sharedWith'),
    sourceIds: checked(form, 'sourceIds'),
    confidence: valueOf(form, 'confidence') as EventCreateInput['confidence'],
    episodeId: valueOf(form, 'episodeId') || null,
    ...(sequence === '' ? {} : { sequence: /^\d+$/.test(sequence) ? Number(sequence) : sequence }),
  };
}
