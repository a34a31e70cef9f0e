import type { RecommendationResponse } from '../../../../schema/contracts/findings';
import { assessments, labels } from '../../../../schema/contracts/enums';
import { h } from '../../dom';
import { api } from '../../api';
import { button, selectField, textField, textareaField, valueOf, whileSubmitting } from '../../components/forms';
import { formErrors } from '../../components/errors';
import { formatDate } from '../../components/changes';
import { todayIso } from './findingsData';

/** What a response form needs to know about the recommendation it answers. */
export interface RespondedRecommendation {
  id: string;
  identifier: string | null;
  addresseeName: string;
  issuedAt: string | null;
}

/** The assessments in the order an investigator reads them, as select choices. */
export const assessmentChoices = assessments.map((a) => ({ value: a, label: labels[a] ?? a }));

/** The API path of a recommendation's responses. */
export function responsesPath(recId: string): string {
  return `/api/recommendations/${encodeURIComponent(recId)}/responses`;
}

/**
 * A form to record a response from the addressee with the investigator's assessment: date received
 * (today by default), responding organisation (the addressee by default), text and assessment.
 */
export function responseForm(o: {
  rec: RespondedRecommendation;
  heading?: string;
  onSaved(response: RecommendationResponse): Promise<void> | void;
  onCancel?(): void;
}): HTMLFormElement {
  const heading = o.heading ?? 'Record a response';
  const issued = o.rec.issuedAt ? ` It was issued on ${formatDate(o.rec.issuedAt)}; the date cannot be earlier.` : '';
  const form = h('form', { novalidate: true, class: 'sl-editor sl-response-form', 'aria-label': `${heading}${o.rec.identifier ? ` to ${o.rec.identifier}` : ''}` },
    h('h4', { class: 'govuk-heading-s', tabindex: -1, 'data-editor-heading': '' }, heading, o.rec.identifier ? ` to ${o.rec.identifier}` : ''),
    textField({ name: 'receivedOn', label: 'Date received', type: 'date', value: todayIso(), classes: 'govuk-input--width-10', hint: `The date the response arrived.${issued}` }),
    textField({ name: 'organisation', label: 'Responding organisation', value: o.rec.addresseeName }),
    textareaField({ name: 'text', label: 'Response', rows: 5, hint: 'What the organisation said it has done or will do.' }),
    selectField({
      name: 'assessment', label: 'Assessment', value: 'awaiting_response', choices: assessmentChoices, classes: 'govuk-!-width-one-third',
      hint: 'Whether the response, once read, addresses the recommendation.',
    }),
    h('div', { class: 'govuk-button-group' },
      button('Save response', { type: 'submit' }),
      o.onCancel ? button('Cancel', { variant: 'secondary', onclick: o.onCancel }) : null));
  const errors = formErrors(form);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    errors.clear();
    const body = {
      receivedOn: valueOf(form, 'receivedOn'), organisation: valueOf(form, 'organisation').trim(),
      text: valueOf(form, 'text').trim(), assessment: valueOf(form, 'assessment'),
    };
    if (!body.receivedOn) return errors.show([{ field: 'receivedOn', message: 'Enter the date the response was received' }]);
    void whileSubmitting(form, async () => {
      try {
        const saved = await api.post<RecommendationResponse>(responsesPath(o.rec.id), body);
        await o.onSaved(saved);
      } catch (err) {
        errors.showError(err);
      }
    });
  });
  return form;
}
