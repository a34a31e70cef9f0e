import type { Recommendation, RecommendationResponse } from '../../../../schema/contracts/findings';
import { labels } from '../../../../schema/contracts/enums';
import { h, replace } from '../../dom';
import { api } from '../../api';
import { uniqueId } from '../../components/forms';
import { problemsOf } from '../../components/errors';
import { isConflict } from '../../components/conflict';
import { formatDate } from '../../components/changes';
import { liveStatus } from '../../components/banners';
import { table } from '../../components/tables';
import { assessmentChoices, responseForm, responsesPath } from './responseForm';
import type { FindingsView } from './viewTypes';

function assessControl(view: FindingsView, rec: Recommendation, r: RecommendationResponse, say: (text: string) => void): HTMLElement {
  const id = uniqueId('assessment');
  const select = h('select', { class: 'govuk-select sl-inline-select', id, name: 'assessment' },
    assessmentChoices.map((c) => h('option', { value: c.value }, c.label)));
  select.value = r.assessment;
  const save = h('button', { type: 'button', class: 'govuk-button govuk-button--secondary sl-small-button' }, 'Save assessment',
    h('span', { class: 'govuk-visually-hidden' }, ` of the response of ${formatDate(r.receivedOn)}`));
  save.addEventListener('click', async () => {
    if (select.value === r.assessment) return say('The assessment is unchanged.');
    save.disabled = true;
    try {
      await api.patch(`${responsesPath(rec.id)}/${r.id}`, { assessment: select.value, version: r.version });
      await view.changed(`Response assessed as ${(labels[select.value] ?? select.value).toLowerCase()}.`, { kind: 'recommendation', id: rec.id });
    } catch (err) {
      save.disabled = false;
      say(isConflict(err) ? 'Someone else changed this response; reload the page to see their version before assessing it.' : `Not saved: ${problemsOf(err)[0]!.message}`);
    }
  });
  return h('div', { class: 'sl-inline-form' },
    h('label', { class: 'govuk-label govuk-visually-hidden', for: id }, `Assessment of the response of ${formatDate(r.receivedOn)}`), select, save);
}

/**
 * The responses to an issued recommendation, oldest first, each with its assessment (changeable by
 * editors), and for editors a form to record a new one. The recommendation's assessment follows its
 * latest response.
 */
export function responsesSection(view: FindingsView, rec: Recommendation): HTMLElement {
  const status = liveStatus();
  const listHost = h('div', {}, h('p', { class: 'govuk-body-s sl-muted' }, 'Loading responses…'));
  const formHost = h('div');
  const headingId = uniqueId('responses-heading');

  async function load(): Promise<void> {
    try {
      const responses = await api.get<RecommendationResponse[]>(responsesPath(rec.id));
      replace(listHost, table({
        caption: `Responses to ${rec.identifier ?? 'this recommendation'}`,
        head: ['Received', 'Organisation', 'Response', 'Assessment'],
        rows: responses.map((r) => [
          formatDate(r.receivedOn), r.organisation, h('span', { class: 'sl-prewrap' }, r.text),
          view.canEdit ? assessControl(view, rec, r, status.say) : labels[r.assessment] ?? r.assessment,
        ]),
        empty: 'No response has been recorded yet.',
      }));
    } catch (err) {
      replace(listHost, h('p', { class: 'govuk-body-s sl-error-text' }, `Responses could not be loaded: ${problemsOf(err)[0]!.message}`));
    }
  }

  if (view.canEdit) {
    const form = responseForm({
      rec,
      onSaved: (saved) => view.changed(`Response of ${formatDate(saved.receivedOn)} recorded, assessed as ${(labels[saved.assessment] ?? saved.assessment).toLowerCase()}.`,
        { kind: 'recommendation', id: rec.id }),
    });
    replace(formHost, h('details', { class: 'govuk-details' },
      h('summary', { class: 'govuk-details__summary' }, h('span', { class: 'govuk-details__summary-text' }, 'Record a response')),
      h('div', { class: 'govuk-details__text' }, form)));
  }
  void load();
  return h('section', { class: 'sl-responses', 'aria-labelledby': headingId },
    h('h4', { class: 'govuk-heading-m', id: headingId }, 'Responses'), status.el, listHost, formHost);
}
