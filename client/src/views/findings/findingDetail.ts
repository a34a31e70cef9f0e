import type { Finding } from '../../../../schema/contracts/findings';
import { labels } from '../../../../schema/contracts/enums';
import { h } from '../../dom';
import { bulletList, summaryList } from '../../components/tables';
import { linkButton } from '../../components/forms';
import { commentThread } from '../../components/commentThread';
import { reviewControls } from '../../components/reviewControls';
import { checksAbout, findingName } from './findingsData';
import { restsOnList } from './factorPicker';
import { warningsList, wordingFlags } from './languageFlags';
import { findingForm } from './findingForm';
import type { FindingsView } from './viewTypes';

function textWithFlags(text: string, flags: HTMLElement | null): HTMLElement | string {
  return flags ? h('div', {}, h('p', { class: 'govuk-body sl-prewrap' }, text), flags) : text;
}

/** A finding in full, read-only, with its language flags beside the texts they concern. */
export function findingSummary(view: FindingsView, f: Finding): HTMLElement {
  const flags = checksAbout(view.data.checks, 'finding', f.id);
  const field = (name: 'statement' | 'inThisCase' | 'notUnique' | 'whyItMatters') => textWithFlags(f[name], f[name] ? wordingFlags(flags, name) : null);
  return h('div', { class: 'sl-finding-summary' },
    warningsList(flags),
    summaryList([
      ['Type', labels[f.type] ?? f.type],
      ['Statement about the system', field('statement')],
      ['How it showed in this case', field('inThisCase')],
      ['Why it is not unique to this case', field('notUnique')],
      ['Why it matters', field('whyItMatters')],
      ['Confidence', labels[f.confidence] ?? f.confidence],
      ['Factors it rests on', restsOnList(view.data.factors, f.factorIds)],
      ['Questions for the commissioning board', bulletList(f.boardQuestions)],
      ['Final', f.isFinal ? 'Yes' : 'No, still a draft'],
    ]));
}

/**
 * The open finding: the editor for those who may edit (or the read-only summary), then the panel's
 * review of it and its comment threads.
 */
export function findingDetail(view: FindingsView, f: Finding): HTMLElement {
  const name = findingName(view.data.findings, f.id);
  const role = view.investigation.myRole;
  const main = view.canEdit
    ? findingForm(view, f)
    : h('div', {},
      h('h3', { class: 'govuk-heading-m', tabindex: -1, 'data-editor-heading': '' }, name),
      findingSummary(view, f),
      h('p', { class: 'govuk-body' }, linkButton('Close', name.toLowerCase(), () => view.select(null))));
  return h('section', { class: 'sl-detail', 'aria-label': name, 'data-finding-detail': f.id },
    main,
    reviewControls({
      investigationId: view.investigation.id, role, targetKind: 'finding', target: { id: f.id, version: f.version, reviewStatus: f.reviewStatus },
      onChange: (result) => void view.changed(result ? 'The review decision was recorded.' : `${name} changed since it was opened; it now shows the current version.`, { kind: 'finding', id: f.id }),
    }),
    commentThread({ investigationId: view.investigation.id, role, targetKind: 'finding', targetId: f.id, about: `on ${name.toLowerCase()}` }));
}
