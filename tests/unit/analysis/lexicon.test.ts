import { describe, expect, it } from 'vitest';
import { findLanguageIssues, lexiconRules, quotedSpans } from '../../../schema/lexicon';
import { contextTags, taxonomyCategories, taxonomyLevels } from '../../../schema/taxonomy';

/** Sentences that must be flagged: [sentence, rule id, flagged phrase]. */
const flagged: [string, string, string][] = [
  ['The social worker failed to visit within 10 days.', 'failed-to', 'failed to'],
  ['The health visitor fails to record the bruise.', 'failed-to', 'fails to'],
  ['There was a failure to share the referral.', 'failed-to', 'failure to'],
  ['Repeated failures of communication followed.', 'failed-to', 'failures of'],
  ['Agencies failed Child A.', 'failed-to', 'failed'],
  ['The mother failing to attend was not followed up.', 'failed-to', 'failing to'],
  ['The team manager should have seen the risk.', 'should-have', 'should have seen'],
  ['She should’ve asked for a strategy meeting.', 'should-have', 'should’ve asked'],
  ["He should've escalated the concern.", 'should-have', "should've escalated"],
  ['The case should not have been closed.', 'should-have', 'should not have been'],
  ["The referral shouldn't have waited a week.", 'should-have', "shouldn't have waited"],
  ['The GP ought to have shared the letter.', 'should-have', 'ought to have shared'],
  ['The police should have immediately referred the bruise.', 'should-have', 'should have immediately referred'],
  ['The harm could have been prevented.', 'could-have', 'could have been'],
  ['A home visit would have shown the conditions.', 'could-have', 'would have shown'],
  ['If only the nursery had phoned.', 'could-have', 'If only'],
  ['This was a missed opportunity to see Child A alone.', 'missed-opportunity', 'missed opportunity'],
  ['Practitioners missed the warning signs.', 'missed-opportunity', 'missed the warning signs'],
  ['Several opportunities were missed.', 'missed-opportunity', 'opportunities were missed'],
  ['Obviously the bruise was not accidental.', 'obviously', 'Obviously'],
  ['It is clear that the family was struggling.', 'obviously', 'It is clear that'],
  ['Child A was clearly at risk.', 'obviously', 'clearly'],
  ['The injury was undoubtedly non-accidental.', 'obviously', 'undoubtedly'],
  ['The decision was negligent.', 'legal-judgement', 'negligent'],
  ['The partner was reckless.', 'legal-judgement', 'reckless'],
  ['The nurse was at fault.', 'legal-judgement', 'at fault'],
  ['Children’s social care was to blame.', 'legal-judgement', 'was to blame'],
  ['The closure was a human error.', 'human-error', 'human error'],
  ['Recording the wrong date was a mistake.', 'human-error', 'mistake'],
  ['A lapse in concentration meant the letter was filed.', 'human-error', 'lapse in'],
  ['This was a breach of procedure.', 'violation', 'breach'],
  ['The worker disregarded the guidance.', 'violation', 'disregarded'],
  ['Non-compliance with the plan was noted.', 'violation', 'Non-compliance'],
  ['This was poor practice by the social worker.', 'poor-practice', 'poor practice'],
  ['The assessment showed inadequate social work practice.', 'poor-practice', 'inadequate social work'],
  ['The delay was unacceptable.', 'poor-practice', 'was unacceptable'],
  ['There was a lack of professional curiosity.', 'professional-curiosity', 'lack of professional curiosity'],
  ['The social worker lacked curiosity about the partner.', 'professional-curiosity', 'lacked curiosity'],
  ['The root cause was the caseload.', 'root-cause', 'root cause'],
  ['Caseload pressure was the cause of the delay.', 'root-cause', 'was the cause'],
  ['The underlying cause was staffing.', 'root-cause', 'underlying cause'],
  ['The child’s account was ignored.', 'ignored', 'ignored'],
  ['Practitioners did not listen to the child.', 'ignored', 'did not listen to'],
];

/** Sentences that must not be flagged, each with the rule of DOMAIN.md §7 it sits next to. */
const notFlagged: string[] = [
  'The policy states a visit should take place within 10 days.',
  'The guidance says practitioners should have regard to the child’s wishes.',
  'Every child subject to a plan should have a named social worker.',
  'The health visitor could have access to the GP record only by telephone.',
  'At the time, the explanation would have seemed plausible to anyone reading the referral.',
  'The procedure said: "the worker should have visited within 24 hours of the referral".',
  'Child A told the nursery teacher “he ignored me and I was scared”.',
  'The mother explained clearly that the bruise came from a fall.',
  'The plan was clearly recorded in the case file.',
  'There were no obvious injuries on examination.',
  'The cause of the injury was not established.',
  'The sole purpose of this review is learning and prevention, not the apportioning of blame or liability.',
  'The mother missed two health visiting appointments in May.',
  'The date was recorded in error and corrected the next day.',
  'The non-molestation order lapsed in March.',
  'The partner was arrested for a breach of the peace.',
  'He breached his bail conditions twice.',
  'The family lived in inadequate housing with poor heating.',
  'Child A experienced neglect.',
  'Training on professional curiosity was offered in 2022.',
  'The social worker did not visit; at the time, the caseload was 31 children against a limit of 20.',
  'Some children often have little contact with services.',
];

describe('findLanguageIssues', () => {
  it.each(flagged)('flags %j under %s', (sentence, ruleId, phrase) => {
    const matches = findLanguageIssues(sentence);
    const match = matches.find((m) => m.ruleId === ruleId);
    expect(match, JSON.stringify(matches)).toBeDefined();
    expect(match!.phrase).toBe(phrase);
    expect(sentence.slice(match!.start, match!.end)).toBe(phrase);
  });

  it.each(notFlagged)('does not flag %j', (sentence) => {
    expect(findLanguageIssues(sentence)).toEqual([]);
  });

  it('returns offsets, phrase, reason and suggestion for each match in order', () => {
    const text = 'Clearly, the worker failed to visit.';
    const rule = (id: string) => lexiconRules.find((r) => r.id === id)!;
    expect(findLanguageIssues(text)).toEqual([
      { ruleId: 'obviously', start: 0, end: 7, phrase: 'Clearly', reason: rule('obviously').reason, suggestion: rule('obviously').reframe },
      { ruleId: 'failed-to', start: 20, end: 29, phrase: 'failed to', reason: rule('failed-to').reason, suggestion: rule('failed-to').reframe },
    ]);
  });

  it('flags the same phrase again after a quotation ends', () => {
    const text = 'The record says "failed to attend"; the nurse failed to attend.';
    expect(findLanguageIssues(text).map((m) => [m.start, m.phrase])).toEqual([[46, 'failed to']]);
  });

  it('reports one match when two expressions of a rule overlap', () => {
    expect(findLanguageIssues('The response was unprofessional.').map((m) => m.phrase)).toEqual(['was unprofessional']);
  });

  it('returns nothing for empty text', () => {
    expect(findLanguageIssues('')).toEqual([]);
  });
});

describe('quotedSpans', () => {
  it('finds straight, curly and single-quoted spans but not apostrophes', () => {
    const text = `The parents' view: 'not again' and "later" or “soon”.`;
    const spans = quotedSpans(text).map(([s, e]) => text.slice(s, e)).sort();
    expect(spans).toEqual(['"later"', "'not again'", '“soon”']);
  });
});

describe('taxonomy wording', () => {
  it('uses no blame or hindsight wording in labels, descriptions, prompts or context tags', () => {
    const texts = [
      ...taxonomyLevels.flatMap((l) => [l.label, l.description]),
      ...taxonomyCategories.flatMap((c) => [c.label, c.description, ...c.prompts]),
      ...contextTags.flatMap((t) => [t.label, t.description]),
    ];
    const flaggedTexts = texts.filter((t) => findLanguageIssues(t).length > 0);
    expect(flaggedTexts).toEqual([]);
  });
});
